package fr.qlod.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.exec.RowSetRewindable;

/**
 * Where the pages of one server read the data: a local TDB2 store ({@link LocalBackend}) or a remote
 * SPARQL 1.1 endpoint. Pages see only these operations, so that the same
 * pages publish data wherever it lives.
 */
interface Backend {

    /** A resource's description with one page of the links pointing at it. */
    Description describe(Node resource, int page);

    /** Runs a read-only SELECT; the rows are read whole before it returns. */
    RowSetRewindable select(Query query);

    /** Runs a read-only CONSTRUCT. */
    Graph construct(Query query);

    /**
     * The resources whose indexed texts match the words, best first, at most {@code max}; empty when
     * the data has no full-text index this backend can use.
     */
    Optional<List<Node>> search(String words, int max);

    /** When the data last changed, or null if the backend cannot tell. */
    Instant lastLoad();
}

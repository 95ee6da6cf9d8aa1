package fr.qlod.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
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

    /**
     * Gives the quads of a graph ({@link Node#ANY} for every graph) with a predicate (or {@link
     * Node#ANY}) to the action, without holding them: what the dumps are written from.
     */
    void quads(Node graph, Node predicate, Consumer<Quad> action);

    /**
     * One page of the distinct triples matching a pattern ({@link Node#ANY} for a free position),
     * from {@code offset}, and an estimate of how many triples match in all, as cheap as the store
     * allows (the local one counts on its indexes): what a Triple Pattern Fragment shows.
     */
    Fragment fragment(Node subject, Node predicate, Node object, long offset, int limit);

    /** When the data last changed, or null if the backend cannot tell. */
    Instant lastLoad();
}

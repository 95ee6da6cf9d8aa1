package fr.qlod.web;

import fr.qlod.store.QuestionStore;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * What every page of one server shares: the base IRI, the ontology, the start time, and the one way
 * pages read the data ({@link #describe}, {@link #select}, {@link #construct}), so that a page does not
 * depend on where the data lives.
 */
final class Site {
    private final QuestionStore store;
    private final Describer describer;
    private final Graph ontology;
    private final Labels labels;
    private final Instant started = Instant.now();
    private final int resultLimit;
    private final boolean readOnly;
    private volatile URI base;
    private final Dumps dumps = new Dumps(this);

    /** @param readOnly whether nothing can change the store while it is served (no update endpoint) */
    Site(QuestionStore store, URI base, Graph ontology, int resultLimit, boolean readOnly) {
        this.store = store;
        this.readOnly = readOnly;
        this.base = base;
        this.ontology = ontology;
        this.labels = new Labels(ontology);
        this.resultLimit = resultLimit;
        this.describer = new Describer(store.dataset(), readOnly);
    }

    /** The local store; pages read through {@link #describe}, {@link #select} and {@link #construct} instead. */
    QuestionStore store() {
        return store;
    }

    /** A resource's description with one page of the links pointing at it. */
    Description describe(Node resource, int page) {
        return describer.describe(resource, page);
    }

    /** Whether any triple of the data served has the resource as subject or object. */
    boolean isKnown(Node resource) {
        String term = NodeFmtLib.strNT(resource);
        Query q = QueryFactory.create("SELECT ?p { { " + term + " ?p ?o } UNION { ?s ?p " + term + " } } LIMIT 1");
        return select(q).hasNext();
    }

    /**
     * Gives the stored quads of a graph ({@link Node#ANY} for every graph) with a predicate (or
     * {@link Node#ANY}) to the action, in one read, without holding them.
     */
    void quads(Node graph, Node predicate, Consumer<Quad> action) {
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> dsg.find(graph, Node.ANY, predicate, Node.ANY).forEachRemaining(action));
    }

    /**
     * One page of the distinct triples matching a pattern in the data served ({@link Node#ANY} for a
     * free position), from {@code offset}, and how many triples match, from the store's indexes: an
     * estimate (a triple of several graphs counts once per graph; no count goes past {@link
     * Fragment#COUNT_CAP}).
     */
    Fragment fragment(Node subject, Node predicate, Node object, long offset, int limit) {
        DatasetGraph dsg = store.dataset();
        long estimate = store.count(subject, predicate, object, Fragment.COUNT_CAP);
        return Txn.calculateRead(dsg, () -> {
            List<Triple> page = new ArrayList<>();
            boolean more = false;
            long skip = offset;
            Triple previous = null;
            // Quads with a bound position come from an index that has the graph last, so the same
            // triple in several graphs comes in a row.
            Iterator<Quad> it = dsg.find(Node.ANY, subject, predicate, object);
            while (it.hasNext()) {
                Triple t = it.next().asTriple();
                if (t.equals(previous)) {
                    continue;
                }
                previous = t;
                if (skip > 0) {
                    skip--;
                } else if (page.size() < limit) {
                    page.add(t);
                } else {
                    more = true;
                    break;
                }
            }
            return new Fragment(page, Math.max(estimate, offset + page.size()), more);
        });
    }

    /** The dump files of the data served. */
    Dumps dumps() {
        return dumps;
    }

    /** Runs a read-only SELECT over the data served; the rows are read whole before it returns. */
    RowSetRewindable select(Query query) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                return exec.select().rewindable();
            }
        });
    }

    /** Runs a read-only CONSTRUCT over the data served. */
    Graph construct(Query query) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                Graph g = GraphFactory.createDefaultGraph();
                exec.construct(g);
                return g;
            }
        });
    }

    URI base() {
        return base;
    }

    void base(URI base) {
        this.base = base;
    }

    /** The ontology graph; empty when the ontology is not available. */
    Graph ontology() {
        return ontology;
    }

    Labels labels() {
        return labels;
    }

    int resultLimit() {
        return resultLimit;
    }

    /**
     * Whether the store stays as it is while served: no update endpoint, and TDB2's lock keeps any
     * other process from loading into it; what is read from it can then be kept.
     */
    boolean readOnly() {
        return readOnly;
    }

    /** When the server started. */
    Instant started() {
        return started;
    }

    /** When the data last changed: the store's last load, else when the server started. */
    Instant dataTime() {
        Instant load = store.lastLoad();
        return load != null ? load : started;
    }

    /** {@code {base}id/} */
    String idSpace() {
        return base + "id/";
    }

    /** The local link of an IRI: {@code /doc/…} for one of ours, else the IRI itself. */
    String link(Node iri) {
        String uri = iri.getURI();
        return uri.startsWith(idSpace()) ? "/doc/" + uri.substring(idSpace().length()) : uri;
    }

    boolean isOurs(Node iri) {
        return iri.isURI() && iri.getURI().startsWith(idSpace());
    }
}

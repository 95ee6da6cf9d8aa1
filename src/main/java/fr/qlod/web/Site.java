package fr.qlod.web;

import fr.qlod.store.QuestionStore;
import java.net.URI;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
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

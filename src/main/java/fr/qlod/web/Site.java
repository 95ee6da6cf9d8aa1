package fr.qlod.web;

import fr.qlod.store.QuestionStore;
import java.net.URI;
import java.time.Instant;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** What every page of one server shares: the store, the base IRI, the ontology, the start time. */
final class Site {
    private final QuestionStore store;
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
    }

    QuestionStore store() {
        return store;
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

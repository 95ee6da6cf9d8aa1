package fr.qlod.web;

import fr.qlod.store.QuestionStore;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What every page of one server shares: the base IRI, the ontology, the start time, and the one way
 * pages read the data ({@link #describe}, {@link #select}, {@link #construct}), so that a page does not
 * depend on where the data lives: they are answered by a {@link Backend}, local or remote.
 */
final class Site {
    private final Backend backend;
    private final Graph ontology;
    private final Labels labels;
    private final Instant started = Instant.now();
    private final int resultLimit;
    private final boolean readOnly;
    private volatile URI base;
    private final Dumps dumps = new Dumps(this);

    /** @param readOnly whether nothing can change the store while it is served (no update endpoint) */
    Site(QuestionStore store, URI base, Graph ontology, int resultLimit, boolean readOnly) {
        this(new LocalBackend(store, readOnly), base, ontology, resultLimit, readOnly);
    }

    /** @param readOnly whether nothing can change the data while it is served */
    Site(Backend backend, URI base, Graph ontology, int resultLimit, boolean readOnly) {
        this.backend = backend;
        this.readOnly = readOnly;
        this.base = base;
        this.ontology = ontology;
        this.labels = new Labels(ontology);
        this.resultLimit = resultLimit;
    }

    /**
     * The local store, or null when the data lives in a remote store; pages read through {@link
     * #describe}, {@link #select} and {@link #construct} instead, and only what cannot be asked of a
     * SPARQL endpoint (the dump's pass over every quad) uses it.
     */
    QuestionStore store() {
        return backend instanceof LocalBackend local ? local.store() : null;
    }

    /** A resource's description with one page of the links pointing at it. */
    Description describe(Node resource, int page) {
        return backend.describe(resource, page);
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
        backend.quads(graph, predicate, action);
    }

    /**
     * One page of the distinct triples matching a pattern ({@link Node#ANY} for a free position),
     * from {@code offset}, with an estimate of how many match (see {@link Backend#fragment}).
     */
    Fragment fragment(Node subject, Node predicate, Node object, long offset, int limit) {
        return backend.fragment(subject, predicate, object, offset, limit);
    }

    /** The dump files of the data served. */
    Dumps dumps() {
        return dumps;
    }

    /** Runs a read-only SELECT over the data served; the rows are read whole before it returns. */
    RowSetRewindable select(Query query) {
        return backend.select(query);
    }

    /** Runs a read-only CONSTRUCT over the data served. */
    Graph construct(Query query) {
        return backend.construct(query);
    }

    /** Full-text search over the data served, best first; empty when no text index is reachable. */
    Optional<List<Node>> search(String words, int max) {
        return backend.search(words, max);
    }

    /** The label triples ({@link Labels#LABEL_PROPERTIES}) of the resources, from whichever named graphs state them. */
    Graph labelsOf(Collection<Node> resources) {
        List<Node> iris = resources.stream().filter(Node::isURI).distinct().toList();
        if (iris.isEmpty()) {
            return GraphFactory.createDefaultGraph();
        }
        StringBuilder q = new StringBuilder("CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?s {");
        iris.forEach(n -> q.append(" <").append(n.getURI()).append('>'));
        q.append(" } VALUES ?p {");
        Labels.LABEL_PROPERTIES.forEach(p -> q.append(" <").append(p.getURI()).append('>'));
        return construct(
                QueryFactory.create(q.append(" } GRAPH ?g { ?s ?p ?o } }").toString()));
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
        Instant load = backend.lastLoad();
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

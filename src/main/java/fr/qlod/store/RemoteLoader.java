package fr.qlod.store;

import fr.qlod.rdf.Uris;
import java.net.URI;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Sends a stream of quads to a remote Graph Store Protocol endpoint, one named graph per HTTP PUT.
 * Only the graph being received is held in memory. A {@linkplain Uris#isMentionGraph mention graph}
 * is merged as {@link QuestionStore#load} merges it: its current content is fetched (GET), its
 * provenance dropped, and the union PUT back.
 */
final class RemoteLoader {
    private final URI endpoint;

    RemoteLoader(URI endpoint) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    LoadResult load(Consumer<StreamRDF> producer) {
        Buffer buffer = new Buffer();
        CountingStream counting = new CountingStream(buffer);
        counting.start();
        producer.accept(counting);
        counting.finish();
        return new LoadResult(0, buffer.merged, buffer.sent.size() - buffer.merged, counting.quads());
    }

    /** What the endpoint holds in a graph, or null when it has no such graph. */
    private Graph get(Node graphName) {
        try {
            return GSP.service(endpoint.toString()).graphName(graphName).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) {
                return null;
            }
            throw failure("GET", graphName, e);
        }
    }

    private void put(Node graphName, Graph graph) {
        try {
            GSP.service(endpoint.toString()).graphName(graphName).PUT(graph);
        } catch (HttpException e) {
            throw failure("PUT", graphName, e);
        }
    }

    private StoreException failure(String method, Node graphName, HttpException e) {
        int status = Math.max(e.getStatusCode(), 0);
        String why = status > 0 ? "HTTP " + status + (e.getStatusLine() == null ? "" : " " + e.getStatusLine())
                : "no answer (" + e.getMessage() + ")";
        return new StoreException(endpoint.toString(), graphName.getURI(), status,
                method + " of graph <" + graphName.getURI() + "> failed: " + why, e);
    }

    /** Collects the quads of the current graph and PUTs it when the next graph starts. */
    private final class Buffer extends StreamRDFBase {
        private final Set<Node> sent = new HashSet<>();
        private long merged;
        private Node current;
        private Graph graph;

        @Override
        public void triple(Triple triple) {
            throw new StoreException(endpoint.toString(), "a triple outside any named graph was given (" + triple
                    + "); every record must be in its own named graph", null);
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
            }
            Node name = quad.getGraph();
            if (!name.equals(current)) {
                flush();
                if (sent.contains(name)) {
                    throw new StoreException(endpoint.toString(), name.getURI(), 0, "graph <" + name.getURI()
                            + "> came back after other graphs; a remote load needs the quads grouped by graph", null);
                }
                current = name;
                graph = GraphFactory.createDefaultGraph();
            }
            graph.add(quad.asTriple());
        }

        @Override
        public void finish() {
            flush();
        }

        private void flush() {
            if (current != null) {
                if (Uris.isMentionGraph(current.getURI())) {
                    Graph stored = get(current);
                    if (stored != null) {
                        merged++;
                        stored.find().filterDrop(t -> t.getSubject().equals(current)).forEach(graph::add);
                    }
                }
                put(current, graph);
                sent.add(current);
                current = null;
                graph = null;
            }
        }
    }
}

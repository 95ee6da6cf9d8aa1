package fr.qlod.store;

import fr.qlod.rdf.KeySet;
import fr.qlod.rdf.Uris;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Gives a load replace semantics: the first time a named graph is seen, what the store holds in that
 * graph is deleted before the new quads are passed on. A {@linkplain Uris#isMentionGraph mention
 * graph} (what records say about a shared resource) is merged instead: only its provenance is
 * replaced, and a quad the store already holds is not passed on, so that neither the store nor the
 * text index sees it twice and what earlier loads said about the resource is kept. Runs inside the
 * load's write transaction, so the deletions commit or vanish together with the additions;
 * {@code onReplace} hears of every graph replaced (the text index deletes its entries).
 *
 * <p>Remembers a 64-bit hash of every graph name seen during one load ({@link KeySet}: 16 bytes a
 * record), so that records arriving in any order are still replaced exactly once. When the store
 * was empty as the load began, no graph is looked up: they are all new.
 */
final class ReplacingStream extends StreamRDFWrapper {
    private final DatasetGraph store;
    private final String location;
    private final boolean emptyAtStart;
    private final Consumer<Node> onReplace;
    private final KeySet seen = new KeySet();
    private Node lastGraph;
    private boolean lastMerged;
    private long replaced;
    private long merged;
    private long added;

    ReplacingStream(StreamRDF destination, DatasetGraph store, String location, boolean emptyAtStart,
            Consumer<Node> onReplace) {
        super(destination);
        this.store = store;
        this.location = location;
        this.emptyAtStart = emptyAtStart;
        this.onReplace = onReplace;
    }

    @Override
    public void triple(Triple triple) {
        throw new StoreException(location, "a triple outside any named graph was given (" + triple
                + "); every record must be in its own named graph", null);
    }

    @Override
    public void quad(Quad quad) {
        Node graph = quad.getGraph();
        if (quad.isDefaultGraph()) {
            triple(quad.asTriple());
        }
        if (!graph.equals(lastGraph)) {
            lastGraph = graph;
            lastMerged = graph.isURI() && Uris.isMentionGraph(graph.getURI());
            if (seen.add(graph.toString())) {
                boolean exists = !emptyAtStart && store.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext();
                if (!exists) {
                    added++;
                } else if (lastMerged) {
                    merged++;
                    store.deleteAny(graph, graph, Node.ANY, Node.ANY);
                } else {
                    replaced++;
                    store.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    onReplace.accept(graph);
                }
            }
        }
        if (lastMerged && !emptyAtStart && store.contains(quad)) {
            return;
        }
        super.quad(quad);
    }

    long replaced() {
        return replaced;
    }

    long merged() {
        return merged;
    }

    long added() {
        return added;
    }
}

package fr.qlod.store;

import fr.qlod.mapping.KeySet;
import fr.qlod.mapping.PreferredLabel;
import fr.qlod.mapping.Uris;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;

/**
 * Gives a load replace semantics: the first time a named graph is seen, what the store holds in that
 * graph is deleted before the new quads are passed on. A {@linkplain Uris#isMentionGraph mention
 * graph} (what records say about a shared resource) is merged instead: only its provenance is
 * replaced, and a quad the store already holds is not passed on, so that neither the store nor the
 * text index sees it twice and what earlier loads said about the resource is kept, but for one
 * {@code skos:prefLabel} per language, the preferred spelling of all loads. Runs inside the
 * load's write transaction, so the deletions commit or vanish together with the additions;
 * {@code onReplace} hears of every graph replaced (the text index deletes its entries).
 *
 * <p>Remembers a 64-bit hash of every graph name seen during one load ({@link KeySet}: 16 bytes a
 * record), so that records arriving in any order are still replaced exactly once. When the store
 * was empty as the load began, no graph is looked up: they are all new.
 */
final class ReplacingStream extends StreamRDFWrapper {
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();

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

    ReplacingStream(
            StreamRDF destination,
            DatasetGraph store,
            String location,
            boolean emptyAtStart,
            Consumer<Node> onReplace) {
        super(destination);
        this.store = store;
        this.location = location;
        this.emptyAtStart = emptyAtStart;
        this.onReplace = onReplace;
    }

    @Override
    public void triple(Triple triple) {
        throw new StoreException(
                location,
                "a triple outside any named graph was given (" + triple
                        + "); every record must be in its own named graph",
                null);
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
                boolean exists = !emptyAtStart
                        && store.find(graph, Node.ANY, Node.ANY, Node.ANY).hasNext();
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
        if (lastMerged && !emptyAtStart) {
            if (store.contains(quad)) {
                return;
            }
            if (quad.getPredicate().equals(PREF_LABEL) && quad.getObject().isLiteral()) {
                mergePrefLabel(quad);
                return;
            }
        }
        super.quad(quad);
    }

    /**
     * Keeps one {@code skos:prefLabel} per language when a mention graph is merged: of the one the
     * store holds and the one arriving, the {@linkplain PreferredLabel preferred} stays and the
     * other becomes a {@code skos:altLabel}, so that loads in any order end with the same labels.
     */
    private void mergePrefLabel(Quad incoming) {
        String lang = incoming.getObject().getLiteralLanguage();
        List<Quad> held = new ArrayList<>();
        store.find(incoming.getGraph(), incoming.getSubject(), PREF_LABEL, Node.ANY)
                .forEachRemaining(q -> {
                    if (q.getObject().isLiteral()
                            && q.getObject().getLiteralLanguage().equalsIgnoreCase(lang)) {
                        held.add(q);
                    }
                });
        Quad preferred = incoming;
        for (Quad q : held) {
            Quad loser;
            if (PreferredLabel.prefers(
                    q.getObject().getLiteralLexicalForm(), preferred.getObject().getLiteralLexicalForm())) {
                loser = preferred;
                preferred = q;
            } else {
                loser = q;
                store.delete(q);
            }
            Quad alt = Quad.create(loser.getGraph(), loser.getSubject(), ALT_LABEL, loser.getObject());
            if (!store.contains(alt)) {
                super.quad(alt);
            }
        }
        if (preferred == incoming) {
            super.quad(incoming);
        }
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

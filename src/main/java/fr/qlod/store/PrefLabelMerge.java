package fr.qlod.store;

import fr.qlod.mapping.PreferredLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.SKOS;

/**
 * The rule a local load applies when it merges a mention graph ({@link ReplacingStream}), for a remote
 * load: one {@code skos:prefLabel} per resource and language, the {@linkplain PreferredLabel preferred}
 * of the spellings the store holds and the ones arriving; each other becomes a {@code skos:altLabel}.
 * So loads in any order, into either store, end with the same labels.
 */
final class PrefLabelMerge {
    static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    static final Node ALT_LABEL = SKOS.altLabel.asNode();

    private PrefLabelMerge() {}

    /**
     * Applies the rule to the graph, in place: each {@code skos:prefLabel} literal that is not the
     * preferred one of its resource and language is replaced by the same {@code skos:altLabel}.
     *
     * @return the {@code skos:prefLabel} triples replaced
     */
    static List<Triple> apply(Graph graph) {
        Map<List<Object>, List<Triple>> byResourceAndLanguage = new LinkedHashMap<>();
        graph.find(Node.ANY, PREF_LABEL, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                byResourceAndLanguage
                        .computeIfAbsent(
                                List.of(
                                        t.getSubject(),
                                        t.getObject().getLiteralLanguage().toLowerCase(Locale.ROOT)),
                                k -> new ArrayList<>())
                        .add(t);
            }
        });
        List<Triple> demoted = new ArrayList<>();
        for (List<Triple> labels : byResourceAndLanguage.values()) {
            if (labels.size() < 2) {
                continue;
            }
            Triple preferred = labels.stream()
                    .min(Comparator.comparing(t -> t.getObject().getLiteralLexicalForm(), PreferredLabel.ORDER))
                    .orElseThrow();
            for (Triple t : labels) {
                if (!t.equals(preferred)) {
                    demoted.add(t);
                }
            }
        }
        for (Triple t : demoted) {
            graph.delete(t);
            graph.add(Triple.create(t.getSubject(), ALT_LABEL, t.getObject()));
        }
        return demoted;
    }
}

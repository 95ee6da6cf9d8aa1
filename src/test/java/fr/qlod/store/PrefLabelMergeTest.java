package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The local load's prefLabel rule, as a remote load applies it to a merged mention graph. */
class PrefLabelMergeTest {
    private static final Node CONCEPT = NodeFactory.createURI("http://localhost:3030/id/analyse/politique-penale");

    private static Triple label(Node property, String text, String lang) {
        return Triple.create(CONCEPT, property, NodeFactory.createLiteralLang(text, lang));
    }

    @Test
    void theStoredAndTheArrivingSpellingKeepOnePreferredLabelPerLanguage() {
        Graph merged = GraphFactory.createDefaultGraph();
        merged.add(label(PrefLabelMerge.PREF_LABEL, "POLITIQUE PÉNALE", "fr"));
        merged.add(label(PrefLabelMerge.PREF_LABEL, "Politique pénale", "fr"));
        merged.add(label(PrefLabelMerge.PREF_LABEL, "Criminal policy", "en"));

        List<Triple> demoted = PrefLabelMerge.apply(merged);

        assertEquals(List.of(label(PrefLabelMerge.PREF_LABEL, "POLITIQUE PÉNALE", "fr")), demoted);
        assertTrue(merged.contains(label(PrefLabelMerge.PREF_LABEL, "Politique pénale", "fr")));
        assertTrue(merged.contains(label(PrefLabelMerge.ALT_LABEL, "POLITIQUE PÉNALE", "fr")));
        assertTrue(merged.contains(label(PrefLabelMerge.PREF_LABEL, "Criminal policy", "en")), "another language");
        assertEquals(3, merged.size());
    }

    @Test
    void oneLabelPerLanguageIsLeftAlone() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(label(PrefLabelMerge.PREF_LABEL, "POLITIQUE PÉNALE", "fr"));
        g.add(label(PrefLabelMerge.ALT_LABEL, "Politique penale", "fr"));

        assertEquals(List.of(), PrefLabelMerge.apply(g));
        assertEquals(2, g.size());
    }
}

package fr.qlod.mapping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * What question records say about the resources they share: the legislature, the deputy, the
 * political group, the ministries, the constituency and département, the indexing concepts.
 * Written into every record's graph, these statements were stored once per question (the label
 * of the 14th legislature 50,000 times in a 100k store), which made every lookup of a shared
 * resource's label scan all its copies. A conversion collects them here instead and writes them
 * once, at its end, into one {@linkplain Uris#mentionGraph mention graph} per resource ({@code
 * graph/mention/organ/PO59047}), which loads merge with what the store already holds, so that
 * what earlier loads said is kept.
 *
 * <p>A resource's {@code skos:prefLabel}s are the spellings the records gave; one is kept as
 * preferred ({@link PreferredLabel}), the others written as {@code skos:altLabel}.
 *
 * <p>Holds each distinct statement once: memory grows with the number of shared resources (a few
 * thousand deputies, organs and places, tens of thousands of analyses for the whole corpus), not
 * with the number of records. Not thread-safe; one per conversion.
 */
public final class Mentions {
    private static final Node SKOS_PREF_LABEL = SKOS.prefLabel.asNode();

    private final Map<Node, Set<Triple>> bySubject = new LinkedHashMap<>();
    private final Map<Node, Map<String, Set<String>>> prefLabels = new HashMap<>();

    void add(Node s, Node p, Node o) {
        Set<Triple> triples = bySubject.computeIfAbsent(s, k -> new LinkedHashSet<>());
        if (p.equals(SKOS_PREF_LABEL) && o.isLiteral()) {
            // one prefLabel per language, chosen at emit among every spelling (see PreferredLabel)
            prefLabels
                    .computeIfAbsent(s, k -> new HashMap<>())
                    .computeIfAbsent(o.getLiteralLanguage(), k -> new TreeSet<>())
                    .add(o.getLiteralLexicalForm());
            return;
        }
        triples.add(Triple.create(s, p, o));
    }

    /** The number of resources with statements waiting to be written. */
    public int resources() {
        return bySubject.size();
    }

    /**
     * Writes one graph per resource, in the order the resources were first mentioned, each with
     * its provenance, then forgets them.
     */
    public void emit(StreamRDF out, MappingContext context) {
        Uris uris = context.uris();
        for (Map.Entry<Node, Set<Triple>> e : bySubject.entrySet()) {
            GraphWriter w = new GraphWriter(out, uris.mentionGraph(e.getKey().getURI()));
            Provenance.emit(w, context);
            for (Triple t : e.getValue()) {
                w.add(t.getSubject(), t.getPredicate(), t.getObject());
            }
            prefLabels.getOrDefault(e.getKey(), Map.of()).forEach((lang, spellings) -> {
                String preferred = PreferredLabel.choose(spellings);
                for (String spelling : spellings) {
                    w.add(
                            e.getKey(),
                            spelling.equals(preferred) ? SKOS_PREF_LABEL : SKOS.altLabel.asNode(),
                            NodeFactory.createLiteralLang(spelling, lang));
                }
            });
        }
        bySubject.clear();
        prefLabels.clear();
    }
}

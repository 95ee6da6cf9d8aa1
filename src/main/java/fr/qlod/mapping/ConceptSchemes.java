package fr.qlod.mapping;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The three indexing schemes (rubriques, têtes d'analyse, analyses) as the ontology declares them
 * ({@code skos:ConceptScheme}, labels, comments), written once per conversion into their own graph
 * ({@link Uris#schemesGraph}), so that a store answers {@code ?s a skos:ConceptScheme} and labels
 * the {@code skos:inScheme} of every concept without the ontology being loaded.
 */
final class ConceptSchemes {
    private static final List<Node> SCHEMES =
            List.of(Qlod.Nodes.RubriqueScheme, Qlod.Nodes.TeteAnalyseScheme, Qlod.Nodes.AnalyseScheme);

    private ConceptSchemes() {}

    static void emit(StreamRDF out, MappingContext context) {
        Graph ontology = Ontology.graph();
        GraphWriter w = new GraphWriter(out, context.uris().schemesGraph());
        Provenance.emit(w, context);
        for (Node scheme : SCHEMES) {
            ontology.find(scheme, Node.ANY, Node.ANY)
                    .forEach(t -> w.add(t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }
}

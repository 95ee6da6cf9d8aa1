package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;

/**
 * Human labels: the best label of a resource (French first: {@code rdfs:label}@fr,
 * {@code skos:prefLabel}@fr, {@code dcterms:title}, {@code foaf:name}, then any label), property
 * labels from the ontology when it is available, else prefixed names such as {@code qlod:askedBy}.
 */
final class Labels {
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    static final Node HYDRA_NEXT = NodeFactory.createURI("http://www.w3.org/ns/hydra/core#next");
    static final Node HYDRA_PREVIOUS = NodeFactory.createURI("http://www.w3.org/ns/hydra/core#previous");

    /** The label properties, in order of preference. */
    static final List<Node> LABEL_PROPERTIES =
            List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), DCTerms.title.asNode(), FOAF.name.asNode());

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("qlod", Qlod.NS)
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("foaf", FOAF.getURI())
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("org", ORG.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("prov", PROV)
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("void", VOID.getURI())
            .setNsPrefix("dcat", DCAT.getURI())
            .setNsPrefix("hydra", HYDRA)
            .lock();

    private final Graph ontology;

    /** @param ontology the ontology graph, possibly empty */
    Labels(Graph ontology) {
        this.ontology = ontology;
    }

    /** The best label of the node in the graph, or null. */
    static String best(Graph graph, Node node) {
        return best(graph, node, "fr");
    }

    /** The best label of the node in the language ({@code fr} or {@code en}), else in any, or null. */
    static String best(Graph graph, Node node, String lang) {
        for (Node property : LABEL_PROPERTIES) {
            String french = literal(graph, node, property, lang, true);
            if (french != null) {
                return french;
            }
        }
        for (Node property : LABEL_PROPERTIES) {
            String any = literal(graph, node, property, lang, false);
            if (any != null) {
                return any;
            }
        }
        return null;
    }

    private static String literal(Graph graph, Node node, Node property, String preferred, boolean preferredOnly) {
        ExtendedIterator<Triple> it = graph.find(node, property, Node.ANY);
        try {
            String fallback = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (!o.isLiteral()) {
                    continue;
                }
                String lang = o.getLiteralLanguage();
                if (lang.toLowerCase().startsWith(preferred)) {
                    return o.getLiteralLexicalForm();
                }
                if (!preferredOnly && (fallback == null || lang.isEmpty())) {
                    fallback = o.getLiteralLexicalForm();
                }
            }
            return fallback;
        } finally {
            it.close();
        }
    }

    /** The label of a property or class: from the ontology (French first), else its prefixed name. */
    String term(Node term) {
        return term(term, "fr");
    }

    /** The label of a property or class in the language, else in French, else its prefixed name. */
    String term(Node term, String lang) {
        String label = best(ontology, term, lang);
        return label != null ? label : shortName(term);
    }

    /** The ontology's French {@code rdfs:comment} of the term, else any, or null. */
    String comment(Node term) {
        return comment(term, "fr");
    }

    /** The ontology's {@code rdfs:comment} of the term in the language, else in any, or null. */
    String comment(Node term, String lang) {
        Graph g = ontology;
        ExtendedIterator<Triple> it = g.find(term, RDFS.comment.asNode(), Node.ANY);
        try {
            String any = null;
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral() && o.getLiteralLanguage().startsWith(lang)) {
                    return o.getLiteralLexicalForm();
                }
                if (o.isLiteral() && (any == null || o.getLiteralLanguage().startsWith("fr"))) {
                    any = o.getLiteralLexicalForm();
                }
            }
            return any;
        } finally {
            it.close();
        }
    }

    /** A prefixed name like {@code qlod:askedBy}, or the IRI itself. */
    static String shortName(Node node) {
        if (!node.isURI()) {
            return node.toString();
        }
        String shortForm = PREFIXES.shortForm(node.getURI());
        return shortForm;
    }
}

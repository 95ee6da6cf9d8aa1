package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The kinds of resource whose page shows a table of questions with figures, each with the graph
 * pattern binding {@code ?q} to its questions ({@code ?x} stands for the resource).
 */
enum Subject {
    /** A deputy: the questions they asked. */
    DEPUTY("?q qlod:askedBy ?x"),
    /** A political group (an AMO organ, or a group named by its name alone): the questions of its members at the date. */
    GROUP("{ ?q qlod:groupAtQuestionTime ?x } UNION { ?o qlod:portfolio ?x . ?q qlod:groupAtQuestionTime ?o }"),
    /** A ministry (a portfolio or an AMO organ): the questions addressed or allocated to it. */
    MINISTRY(
            "?q qlod:addressedTo|qlod:currentlyAllocatedTo|qlod:addressedToOrgan|(qlod:allocation/qlod:allocatedToOrgan) ?x"),
    /** A legislature: its questions. */
    LEGISLATURE("?q qlod:legislature ?x"),
    /** An indexing concept (rubrique, tête d'analyse, analyse): the questions indexed with it. */
    CONCEPT("?q qlod:rubrique|qlod:teteAnalyse|qlod:analyse ?x");

    private final String pattern;

    Subject(String pattern) {
        this.pattern = pattern;
    }

    /** The pattern of the questions of this resource. */
    String pattern(Node resource) {
        return pattern.replace("?x", "<" + resource.getURI() + ">");
    }

    /** The kind of the resource by its types, or null for a resource of no such kind. */
    static Subject of(Graph g, Node resource) {
        if (is(g, resource, Qlod.Nodes.Deputy) || is(g, resource, FOAF.Person.asNode())) {
            return DEPUTY;
        }
        if (is(g, resource, Qlod.Nodes.PoliticalGroup)) {
            return GROUP;
        }
        if (is(g, resource, Qlod.Nodes.Ministry)) {
            return MINISTRY;
        }
        if (is(g, resource, Qlod.Nodes.Legislature)) {
            return LEGISLATURE;
        }
        if (is(g, resource, SKOS.Concept.asNode()) && !resource.getURI().startsWith(Qlod.NS)) {
            return CONCEPT;
        }
        return null;
    }

    private static boolean is(Graph g, Node resource, Node type) {
        return g.contains(resource, RDF.type.asNode(), type);
    }
}

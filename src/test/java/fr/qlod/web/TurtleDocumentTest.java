package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class TurtleDocumentTest {
    private static final Node QUESTION = NodeFactory.createURI("http://localhost:3030/id/question/QANR5L14QE59906");

    /** Nodes that test a Turtle writer: escapes, long texts, prefixed names that are not, blank nodes, datatypes. */
    private static Graph tricky() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(QUESTION, RDF.Nodes.type, Qlod.Nodes.Question);
        g.add(QUESTION, RDF.Nodes.type, Qlod.Nodes.WrittenQuestion);
        g.add(
                QUESTION,
                Qlod.Nodes.questionText,
                NodeFactory.createLiteralLang(
                        "M. Lazaro « cite » \"la\" recommandation n° 3.\n\nSecond paragraphe\t\\ fin… 𝄞 \u0007"
                                .repeat(40),
                        "fr"));
        g.add(QUESTION, RDFS.Nodes.label, NodeFactory.createLiteralLang("Question écrite n° 59906", "fr"));
        g.add(QUESTION, RDFS.Nodes.label, NodeFactory.createLiteralLang("Written question no. 59906", "en"));
        g.add(QUESTION, Qlod.Nodes.number, NodeFactory.createLiteralDT("59906", XSDDatatype.XSDinteger));
        g.add(QUESTION, Qlod.Nodes.number, NodeFactory.createLiteralDT("-0.5e3", XSDDatatype.XSDdouble));
        g.add(QUESTION, Qlod.Nodes.uid, NodeFactory.createLiteralDT("2014-07-08", XSDDatatype.XSDdate));
        g.add(QUESTION, Qlod.Nodes.uid, NodeFactory.createLiteralString(""));
        g.add(QUESTION, RDFS.Nodes.seeAlso, NodeFactory.createURI("https://w3id.org/qlod#a/b.c"));
        g.add(QUESTION, RDFS.Nodes.seeAlso, NodeFactory.createURI("https://w3id.org/qlod#status-answered"));
        g.add(QUESTION, RDFS.Nodes.seeAlso, NodeFactory.createURI("https://w3id.org/qlod#ends."));
        g.add(QUESTION, RDFS.Nodes.seeAlso, NodeFactory.createURI("http://example.org/a%20b?x=1&y=<2>"));
        Node blank = NodeFactory.createBlankNode();
        g.add(QUESTION, Qlod.Nodes.answer, blank);
        g.add(blank, RDFS.Nodes.label, NodeFactory.createLiteralLang("Réponse", "fr"));
        g.add(blank, RDFS.Nodes.comment, blank);
        g.add(NodeFactory.createURI("urn:example:other"), RDFS.Nodes.label, NodeFactory.createLiteralString("autre"));
        return g;
    }

    private static Graph parse(byte[] turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(turtle)).lang(Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void writesTurtleThatReadsBackAsTheSameGraph() {
        Graph g = tricky();
        byte[] turtle = TurtleDocument.write(g, Labels.PREFIXES);
        assertTrue(parse(turtle).isIsomorphicWith(g), new String(turtle, StandardCharsets.UTF_8));
    }

    @Test
    void declaresThePrefixesAndGroupsEachSubjectsTriples() {
        String turtle = new String(TurtleDocument.write(tricky(), Labels.PREFIXES), StandardCharsets.UTF_8);
        assertTrue(turtle.startsWith("PREFIX "), turtle);
        assertEquals(
                Labels.PREFIXES.getNsPrefixMap().size(),
                turtle.lines().filter(l -> l.startsWith("PREFIX ")).count());
        assertEquals(
                1,
                turtle.lines()
                        .filter(l -> l.startsWith("<" + QUESTION.getURI() + ">"))
                        .count(),
                turtle);
        String types = turtle.substring(turtle.indexOf("<" + QUESTION.getURI() + ">\n")
                        + QUESTION.getURI().length()
                        + 3)
                .lines()
                .findFirst()
                .orElseThrow();
        assertTrue(
                types.matches("    a qlod:(Written)?Question , qlod:(Written)?Question ;"),
                "the types come first, on one line: " + types);
    }

    @Test
    void writesTheSameBytesForTheSameGraph() {
        // the ETag of a document is a hash of its body
        Graph g = tricky();
        assertArrayEquals(TurtleDocument.write(g, Labels.PREFIXES), TurtleDocument.write(g, Labels.PREFIXES));
    }
}

package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.qlod.cli.Main;
import fr.qlod.store.QuestionStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The demo corpus loaded by {@code qlod demo --no-serve} (the real pipeline), plus a deputy, a group,
 * a ministry, a legislature and a rubrique whose labels carry markup, with {@value #HOSTILE_QUESTIONS}
 * written questions between them: enough for a second page of the deputy's table, one answered per
 * delay bin, and labels that every kind of page must print escaped. They carry the derived facts a
 * conversion writes ({@code qlod:publicationYear}, {@code qlod:answerDelayDays}, {@code
 * qlod:answeredWithinTwoMonths}), so that the load counts them into the statistics graph.
 */
final class PageFixtures {
    static final URI BASE = URI.create("http://localhost:3030/");
    static final String HOSTILE = "<script>alert('x')</script> & \"Cie\"";
    static final int HOSTILE_QUESTIONS = 30;
    static final String DEPUTY = "person/PA666";
    static final String GROUP = "organ/PO666";
    static final String MINISTRY = "ministry/hostile";
    static final String LEGISLATURE = "legislature/99";
    static final String RUBRIQUE = "rubrique/hostile";
    private static final String QLOD = "https://w3id.org/qlod#";

    private PageFixtures() {}

    static QuestionStore store(Path dir) {
        Path db = dir.resolve("db");
        assertEquals(0, Main.run("demo", "--no-serve", "--db", db.toString()));
        QuestionStore store = QuestionStore.open(db);
        store.load(out -> {
            Node g = iri("graph/hostile");
            out.quad(Quad.create(g, iri(DEPUTY), type(), NodeFactory.createURI(QLOD + "Deputy")));
            out.quad(Quad.create(g, iri(DEPUTY), uri("http://xmlns.com/foaf/0.1/name"), lit(HOSTILE)));
            out.quad(Quad.create(g, iri(DEPUTY), label(), fr(HOSTILE)));
            out.quad(Quad.create(g, iri(GROUP), type(), NodeFactory.createURI(QLOD + "PoliticalGroup")));
            out.quad(Quad.create(g, iri(GROUP), label(), fr(HOSTILE + " groupe")));
            out.quad(Quad.create(g, iri(MINISTRY), type(), NodeFactory.createURI(QLOD + "Ministry")));
            out.quad(Quad.create(g, iri(MINISTRY), label(), fr(HOSTILE + " ministère")));
            out.quad(Quad.create(g, iri(LEGISLATURE), type(), NodeFactory.createURI(QLOD + "Legislature")));
            out.quad(Quad.create(g, iri(LEGISLATURE), label(), fr(HOSTILE + " législature")));
            out.quad(Quad.create(g, iri(RUBRIQUE), type(), uri("http://www.w3.org/2004/02/skos/core#Concept")));
            out.quad(Quad.create(
                    g, iri(RUBRIQUE), uri("http://www.w3.org/2004/02/skos/core#prefLabel"), fr(HOSTILE + " rubrique")));
            int[] delays = {10, 45, 75, 120, 200, 400};
            for (int i = 0; i < HOSTILE_QUESTIONS; i++) {
                String id = "question/QANR5L99QE" + (9000 + i);
                Node q = iri(id);
                Node qg = iri("graph/" + id);
                LocalDate date = date(i);
                out.quad(Quad.create(qg, q, type(), NodeFactory.createURI(QLOD + "Question")));
                out.quad(Quad.create(qg, q, type(), NodeFactory.createURI(QLOD + "WrittenQuestion")));
                out.quad(Quad.create(qg, q, label(), fr("Question écrite n° " + (9000 + i) + " " + HOSTILE)));
                out.quad(Quad.create(qg, q, uri("http://purl.org/dc/terms/title"), fr(HOSTILE + " sujet " + i)));
                out.quad(Quad.create(
                        qg,
                        q,
                        NodeFactory.createURI(QLOD + "number"),
                        NodeFactory.createLiteralDT(String.valueOf(9000 + i), XSDDatatype.XSDinteger)));
                out.quad(Quad.create(qg, q, uri("http://purl.org/dc/terms/issued"), date(date)));
                out.quad(Quad.create(qg, q, NodeFactory.createURI(QLOD + "askedBy"), iri(DEPUTY)));
                out.quad(Quad.create(qg, q, NodeFactory.createURI(QLOD + "groupAtQuestionTime"), iri(GROUP)));
                out.quad(Quad.create(qg, q, NodeFactory.createURI(QLOD + "addressedTo"), iri(MINISTRY)));
                out.quad(Quad.create(qg, q, NodeFactory.createURI(QLOD + "currentlyAllocatedTo"), iri(MINISTRY)));
                out.quad(Quad.create(qg, q, NodeFactory.createURI(QLOD + "publicationYear"), integer(date.getYear())));
                out.quad(Quad.create(qg, q, NodeFactory.createURI(QLOD + "legislature"), iri(LEGISLATURE)));
                out.quad(Quad.create(qg, q, NodeFactory.createURI(QLOD + "rubrique"), iri(RUBRIQUE)));
                out.quad(Quad.create(
                        qg, q, NodeFactory.createURI(QLOD + "questionText"), fr("Sur les retraites " + HOSTILE)));
                boolean answered = i % 5 != 4;
                out.quad(Quad.create(
                        qg,
                        q,
                        NodeFactory.createURI(QLOD + "status"),
                        NodeFactory.createURI(QLOD + (answered ? "status-answered" : "status-pending"))));
                if (answered) {
                    Node a = iri(id + "/answer");
                    out.quad(Quad.create(qg, q, NodeFactory.createURI(QLOD + "answer"), a));
                    out.quad(Quad.create(
                            qg, a, uri("http://purl.org/dc/terms/issued"), date(date.plusDays(delays[i % 6]))));
                    out.quad(Quad.create(
                            qg, q, NodeFactory.createURI(QLOD + "answerDelayDays"), integer(delays[i % 6])));
                    out.quad(Quad.create(
                            qg,
                            q,
                            NodeFactory.createURI(QLOD + "answeredWithinTwoMonths"),
                            NodeFactory.createLiteralDT(String.valueOf(delays[i % 6] <= 61), XSDDatatype.XSDboolean)));
                }
            }
        });
        return store;
    }

    /** The publication date of the i-th hostile question. */
    static LocalDate date(int i) {
        return LocalDate.of(2018 + i % 3, 1 + i % 12, 1 + i % 28);
    }

    static QlodServer serve(QuestionStore store) {
        return QlodServer.create().store(store).port(0).base(BASE).build().start();
    }

    static Node iri(String local) {
        return NodeFactory.createURI(BASE + (local.startsWith("graph/") ? "" : "id/") + local);
    }

    private static Node uri(String uri) {
        return NodeFactory.createURI(uri);
    }

    private static Node type() {
        return uri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    }

    private static Node label() {
        return uri("http://www.w3.org/2000/01/rdf-schema#label");
    }

    private static Node fr(String text) {
        return NodeFactory.createLiteralLang(text, "fr");
    }

    private static Node lit(String text) {
        return NodeFactory.createLiteralString(text);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(String.valueOf(n), XSDDatatype.XSDinteger);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}

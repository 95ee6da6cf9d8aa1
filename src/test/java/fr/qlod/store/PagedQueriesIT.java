package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import fr.qlod.model.Status;
import fr.qlod.query.SampleQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped queries that choose their page from the statistics graph (questions-of-deputy by
 * the deputy's questions per year, attribution-changes-after-reshuffle by the changes per day)
 * against their plain forms, which read and sort every candidate row ({@code
 * src/test/resources/queries-plain/}), page by page, on a store where one deputy has 2,600
 * questions over six years, a third of them under a name slug linked to the deputy, many sharing
 * a date, each with a change of attribution on one of 300 days, and some stated by two graphs that
 * disagree on their answer delay (which {@code qlod:questionCount} counts twice) and on the date of
 * their change, or on their date of publication, a year apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagedQueriesIT {
    private static final String ID = "http://localhost:3030/id/";
    private static final String GRAPH = "http://localhost:3030/graph/question/";
    private static final int QUESTIONS = 2_600;

    private QuestionStore store;

    @BeforeAll
    void load(@TempDir Path dir) {
        store = QuestionStore.open(dir.resolve("db"));
        store.load(PagedQueriesIT::questions);
    }

    @AfterAll
    void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0}, page {1}")
    @CsvSource({
        "PA1, 1",
        "PA1, 2",
        "PA1, 3",
        "PA1, 4",
        // a slug linked to PA1: the figures count its questions at PA1, so every year is read
        "jean-dupont, 1",
        // a deputy with a few questions, and one with none
        "PA2, 1",
        "PA9, 1"
    })
    void eachPageOfADeputysQuestionsListsWhatSortingThemAllLists(String deputy, int page) {
        Map<String, String> params = Map.of("deputy", "<" + ID + "person/" + deputy + ">", "upTo", "" + 1000 * page);
        List<String> expected = rows(plain("questions-of-deputy", Map.of("deputy", params.get("deputy")), page));

        assertEquals(expected, rows(shipped("questions-of-deputy", params, page)));
        if (deputy.equals("PA1")) {
            // 2,600 questions, 27 of them with a second date
            assertEquals(page < 3 ? 1000 : page == 3 ? 627 : 0, expected.size());
        }
    }

    // the days of changes are six runs of 300 days a year apart, from 2015-12-31 (the first ends on
    // 2016-10-25, the day after for the questions stated twice), so many months have none
    @ParameterizedTest(name = "after {0}, page {1}")
    @CsvSource({
        "2014-08-26, 1",
        "2014-08-26, 2",
        "2014-08-26, 3",
        // a date between two days of changes, one on a day of changes, one after them all
        "2016-03-10, 1",
        "2016-03-10, 2",
        "2017-01-11, 1",
        "2030-01-01, 1",
        // after the last day of changes of its month, in a month without changes, on a month's first day
        "2016-10-28, 1",
        "2016-11-15, 1",
        "2017-02-01, 1",
        "2017-02-01, 2"
    })
    void eachPageOfChangesOfAttributionListsWhatSortingThemAllLists(String after, int page) {
        Map<String, String> params = Map.of("after", after, "upTo", "" + 1000 * page);
        List<String> expected = rows(plain("attribution-changes-after-reshuffle", Map.of("after", after), page));

        assertEquals(expected, rows(shipped("attribution-changes-after-reshuffle", params, page)));
        if (after.equals("2014-08-26")) {
            // 2,972 changes (every question's, and a second date for every seventh), some with a row
            // for each of two dates of publication, cut at the outer LIMIT 1000
            assertEquals(page < 3 ? 1000 : 982, expected.size());
        }
    }

    @Test
    void theFiguresCountEachQuestionOnceAQuestionStatedTwiceWithTwoDelaysTwice() {
        List<String> figures = rows("SELECT ?n ?distinct WHERE { GRAPH <" + Qlod.STATISTICS_GRAPH + "> { ?s <"
                + Qlod.ofDeputy.getURI() + "> <" + ID + "person/PA1> ; <" + Qlod.breakdown.getURI() + "> <"
                + Qlod.byYearAndDeputy.getURI() + "> ; <" + Qlod.ofYear.getURI() + "> 2020 ; <"
                + Qlod.questionCount.getURI() + "> ?n ; <" + Qlod.distinctQuestionCount.getURI()
                + "> ?distinct } }");
        // the 2020 questions: i = 5 mod 6 of 2,600, among which every seventh has two delays
        long inYear = IntStream.range(0, QUESTIONS).filter(i -> i % 6 == 5).count();
        long twice = IntStream.range(0, QUESTIONS)
                .filter(i -> i % 6 == 5 && i % 7 == 0)
                .count();
        assertTrue(twice > 0);
        assertEquals(List.of((inYear + twice) + " " + inYear), figures);
    }

    private static String shipped(String name, Map<String, String> params, int page) {
        return offset(SampleQuery.shipped(name).orElseThrow().boundText(params), page);
    }

    private static String plain(String name, Map<String, String> params, int page) {
        try (InputStream in = PagedQueriesIT.class.getResourceAsStream("/queries-plain/" + name + ".rq")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return offset(SampleQuery.of(name, name, text).boundText(params), page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's OFFSET after the inner query's LIMIT. */
    private static String offset(String query, int page) {
        String limit = "    LIMIT 1000\n";
        assertTrue(query.contains(limit), query);
        return query.replace(limit, "    LIMIT 1000 OFFSET " + 1000 * (page - 1) + "\n");
    }

    private List<String> rows(String query) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            List<String> rows = new ArrayList<>();
            try (QueryExecution qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                ResultSet rs = qe.execSelect();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining(row -> {
                    List<String> values = new ArrayList<>();
                    for (String v : vars) {
                        RDFNode n = row.get(v);
                        values.add(
                                n == null ? "-" : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                    }
                    rows.add(String.join(" ", values));
                });
            }
            return rows;
        });
    }

    /**
     * PA1's 2,600 questions, i = 0…2599: published in 2015 + i mod 6, on one of 40 days of that year
     * (so many share a date), a third asked under the slug jean-dupont, linked to PA1, each moved
     * from one ministry to another on one of 300 days; every seventh stated again in a second graph
     * with another answer delay and its change a day later, and every 97th (from the second) in a
     * third graph published a year earlier. PA2 asks five questions.
     */
    static void questions(StreamRDF out) {
        Node pa1 = iri(ID + "person/PA1");
        Node slug = iri(ID + "person/jean-dupont");
        out.quad(
                Quad.create(iri(ID.replace("/id/", "/graph/") + "person/jean-dupont"), slug, OWL.sameAs.asNode(), pa1));
        for (int i = 0; i < QUESTIONS; i++) {
            LocalDate date = LocalDate.of(2015 + i % 6, 1 + i % 12, 1 + (i / 6) % 20);
            LocalDate moved = LocalDate.of(2015, 12, 31).plusDays(i % 300 + 370L * (i % 6));
            Node author = i % 3 == 0 ? slug : pa1;
            question(out, GRAPH + "Q" + i, "Q" + i, author, date, 30 + i % 50, i % 4, moved);
            if (i % 7 == 0) {
                question(out, GRAPH + "Q" + i + "-again", "Q" + i, author, date, 200, i % 4, moved.plusDays(1));
            }
            if (i % 97 == 1) {
                question(
                        out,
                        GRAPH + "Q" + i + "-earlier",
                        "Q" + i,
                        author,
                        date.minusYears(1),
                        30 + i % 50,
                        i % 4,
                        moved);
            }
        }
        for (int i = 0; i < 5; i++) {
            question(out, GRAPH + "R" + i, "R" + i, iri(ID + "person/PA2"), LocalDate.of(2016, 3, 1 + i), 10, 0, null);
        }
    }

    private static void question(
            StreamRDF out,
            String graph,
            String uid,
            Node author,
            LocalDate date,
            int delay,
            int kind,
            LocalDate moved) {
        Node g = iri(graph);
        Node q = iri(ID + "question/" + uid);
        Consumer<Quad> add = out::quad;
        Node[] types = {Qlod.Nodes.WrittenQuestion, Qlod.Nodes.OralQuestion, Qlod.Nodes.GovernmentQuestion};
        add.accept(Quad.create(g, q, RDF.Nodes.type, Qlod.Nodes.Question));
        add.accept(Quad.create(g, q, RDF.Nodes.type, types[kind % 3]));
        add.accept(Quad.create(g, q, Qlod.Nodes.uid, NodeFactory.createLiteralString(uid)));
        add.accept(Quad.create(g, q, Qlod.Nodes.askedBy, author));
        add.accept(Quad.create(g, q, DCTerms.issued.asNode(), date(date)));
        add.accept(Quad.create(
                g,
                q,
                Qlod.Nodes.publicationYear,
                NodeFactory.createLiteralDT("" + date.getYear(), XSDDatatype.XSDinteger)));
        add.accept(Quad.create(
                g, q, Qlod.Nodes.status, Qlod.status(Status.ANSWERED).asNode()));
        add.accept(Quad.create(
                g, q, Qlod.Nodes.answerDelayDays, NodeFactory.createLiteralDT("" + delay, XSDDatatype.XSDinteger)));
        if (kind != 3) {
            add.accept(
                    Quad.create(g, q, DCTerms.title.asNode(), NodeFactory.createLiteralLang("Question " + uid, "fr")));
        }
        if (moved == null) {
            return;
        }
        Node first = iri(ID + "question/" + uid + "/allocation/1");
        Node second = iri(ID + "question/" + uid + "/allocation/2");
        add.accept(Quad.create(g, q, Qlod.Nodes.addressedTo, iri(ID + "ministry/m" + kind)));
        add.accept(Quad.create(g, q, Qlod.Nodes.allocation, first));
        add.accept(Quad.create(g, first, Qlod.Nodes.allocatedTo, iri(ID + "ministry/m" + kind)));
        add.accept(Quad.create(g, q, Qlod.Nodes.allocation, second));
        add.accept(Quad.create(g, second, Qlod.Nodes.allocatedTo, iri(ID + "ministry/m" + (kind + 1))));
        add.accept(Quad.create(g, second, Qlod.Nodes.reallocationDate, date(moved)));
        add.accept(Quad.create(g, second, Qlod.Nodes.previousAllocation, first));
    }

    private static Node date(LocalDate date) {
        return NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }
}

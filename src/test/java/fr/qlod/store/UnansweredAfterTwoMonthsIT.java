package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import fr.qlod.query.SampleQuery;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * unanswered-after-two-months, which reads the questions still waiting from the statistics graph
 * (qlod:byMinistryAndOverdueMonth, qlod:byMinistryAndOverdueDay), gives exactly the rows of its
 * former text, which read every waiting question ({@link #ORACLE}), on generated stores of pending,
 * answered (in time or late), withdrawn and lapsed questions, allocated to bodies with or without a
 * portfolio (two bodies of one portfolio for some), for many dates; and still does on a store
 * holding a waiting question that another graph says was withdrawn and answered.
 */
class UnansweredAfterTwoMonthsIT {
    /** The query as it was before the statistics counted the waiting questions: every one is read. */
    private static final String ORACLE =
            """
PREFIX qlod:    <https://w3id.org/qlod#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd:     <http://www.w3.org/2001/XMLSchema#>
PREFIX fn:      <http://www.w3.org/2005/xpath-functions#>

SELECT ?ministry ?ministryLabel ?unanswered ?oldestQuestion ?longestWaitDays
WHERE {
  {
    SELECT ?ministry (COUNT(DISTINCT ?question) AS ?unanswered) (MIN(?asked) AS ?oldestQuestion)
    WHERE {
      {
        BIND(STRDT(SUBSTR(STR(?_asOf), 1, 7), xsd:gYearMonth) AS ?month)
        ?question qlod:overdueInMonth ?month .
      }
      UNION
      { ?question qlod:overdueSince ?since FILTER(?since <= ?_asOf) }
      ?question qlod:currentlyAllocatedTo ?body ;
                dcterms:issued ?asked .
      FILTER(?asked < ?_asOf - "P61D"^^xsd:dayTimeDuration)
      OPTIONAL { ?question qlod:answerDelayDays ?delay }
      FILTER(!BOUND(?delay) || ?delay > fn:days-from-duration(?_asOf - ?asked))
      OPTIONAL { ?question qlod:withdrawalDate ?closed }
      FILTER(!BOUND(?closed) || ?closed > ?_asOf)
      OPTIONAL { ?body qlod:portfolio ?portfolio }
      BIND(COALESCE(?portfolio, ?body) AS ?ministry)
    }
    GROUP BY ?ministry
  }
  BIND(fn:days-from-duration(?_asOf - ?oldestQuestion) AS ?longestWaitDays)
  OPTIONAL {
    SELECT ?ministry (MIN(STR(?short)) AS ?amoLabel)
    WHERE { GRAPH ?amo { ?organ qlod:portfolio ?ministry ; skos:altLabel ?short } }
    GROUP BY ?ministry
  }
  OPTIONAL { ?ministry rdfs:label ?ownLabel }
  BIND(COALESCE(?amoLabel, STR(?ownLabel)) AS ?ministryLabel)
}
ORDER BY DESC(?unanswered) ?ministryLabel
""";

    private static final String EX = "http://example.test/";
    private static final Node ISSUED = DCTerms.issued.asNode();
    private static final List<String> BODIES = List.of("interieur-a", "interieur-b", "justice", "culture", "sante");

    @TempDir
    Path dir;

    @Test
    void givesTheRowsOfTheFormerQueryOnEveryDate() {
        DatasetGraph data = generated(new Random(16), 600);
        try (QuestionStore store = QuestionStore.open(dir.resolve("db"))) {
            store.load(StoreFixtures.producer(data));
            assertSameOnEveryDate(store.dataset(), 0);
            store.load(StoreFixtures.producer(data));
            assertSameOnEveryDate(store.dataset(), 0);
        }
    }

    @Test
    void givesTheRowsOfTheFormerQueryWhenAWaitingQuestionIsAlsoClosedElsewhere() {
        DatasetGraph data = generated(new Random(61), 300);
        Node q = NodeFactory.createURI(EX + "id/question/Q0");
        Node other = NodeFactory.createURI(EX + "graph/other");
        LocalDate asked = LocalDate.of(2015, 1, 10);
        question(data, other, q, asked, "justice");
        data.add(other, q, Qlod.Nodes.overdueSince, date(asked.plusDays(62)));
        data.add(other, q, Qlod.Nodes.withdrawalDate, date(LocalDate.of(2015, 6, 1)));
        data.add(other, q, Qlod.Nodes.answerDelayDays, NodeFactory.createLiteralDT("200", XSDDatatype.XSDinteger));
        try (QuestionStore store = QuestionStore.open(dir.resolve("db"))) {
            store.load(StoreFixtures.producer(data));
            assertSameOnEveryDate(store.dataset(), 1);
        }
    }

    @Test
    void givesTheRowsOfTheFormerQueryOnAStoreWithoutTheStatisticsGraph() {
        DatasetGraph data = generated(new Random(7), 300);
        try (QuestionStore store = QuestionStore.open(dir.resolve("db"))) {
            store.load(StoreFixtures.producer(data));
            DatasetGraph dsg = store.dataset();
            Txn.executeWrite(
                    dsg,
                    () -> dsg.deleteAny(NodeFactory.createURI(Qlod.STATISTICS_GRAPH), Node.ANY, Node.ANY, Node.ANY));
            assertSameOnEveryDate(dsg, 0);
        }
    }

    /** Compares both texts on month ends, firsts, a leap day, before any question and after all. */
    private static void assertSameOnEveryDate(DatasetGraph dsg, long irregular) {
        List<LocalDate> dates = new ArrayList<>(List.of(
                LocalDate.of(2009, 1, 1),
                LocalDate.of(2016, 2, 29),
                LocalDate.of(2016, 3, 1),
                LocalDate.of(2017, 6, 20),
                LocalDate.of(2030, 1, 1)));
        for (YearMonth m = YearMonth.of(2012, 1); m.isBefore(YearMonth.of(2021, 1)); m = m.plusMonths(5)) {
            dates.add(m.atDay(1));
            dates.add(m.atEndOfMonth());
            dates.add(m.atDay(17));
        }
        Query fast =
                SampleQuery.shipped("unanswered-after-two-months").orElseThrow().parse();
        Query oracle = QueryFactory.create(ORACLE);
        long nonEmpty = Txn.calculateRead(dsg, () -> {
            assertEquals(irregular, irregularCount(dsg));
            long rows = 0;
            for (LocalDate d : dates) {
                List<String> expected = rows(dsg, oracle, d);
                assertEquals(expected, rows(dsg, fast, d), "on " + d);
                rows += expected.isEmpty() ? 0 : 1;
            }
            return rows;
        });
        assertTrue(nonEmpty > dates.size() / 2, "most dates have overdue questions: " + nonEmpty);
    }

    private static long irregularCount(DatasetGraph dsg) {
        String q = "SELECT ?n { ?s <" + Qlod.breakdown.getURI() + "> <" + Qlod.irregularPending.getURI() + "> ; <"
                + Qlod.questionCount.getURI() + "> ?n }";
        List<Long> found = new ArrayList<>();
        QueryExec.dataset(dsg)
                .query(q)
                .select()
                .forEachRemaining(b -> found.add(Long.parseLong(b.get("n").getLiteralLexicalForm())));
        return found.isEmpty() ? 0 : found.get(0);
    }

    private static List<String> rows(DatasetGraph dsg, Query query, LocalDate asOf) {
        Query bound = QueryTransformOps.transform(query, Map.of(Var.alloc("_asOf"), date(asOf)));
        List<String> rows = new ArrayList<>();
        QueryExec.dataset(dsg).query(bound).select().forEachRemaining(b -> {
            List<String> cells = new ArrayList<>();
            for (String v : List.of("ministry", "ministryLabel", "unanswered", "oldestQuestion", "longestWaitDays")) {
                Node n = b.get(v);
                cells.add(n == null ? "-" : n.toString());
            }
            rows.add(String.join(" | ", cells));
        });
        return rows;
    }

    /**
     * {@code count} questions published from 2012 to 2019, with the derived facts the mapping writes:
     * a pending or lapsed one waits (qlod:overdueSince 62 days after publication), an answered or
     * withdrawn one names its overdue months and its delay or withdrawal date.
     */
    private static DatasetGraph generated(Random random, int count) {
        DatasetGraph data = DatasetGraphFactory.createTxnMem();
        Node interieur = NodeFactory.createURI(EX + "id/portfolio/interieur");
        for (String b : List.of("interieur-a", "interieur-b")) {
            Node g = NodeFactory.createURI(EX + "graph/amo");
            data.add(g, body(b), Qlod.Nodes.portfolio, interieur);
        }
        data.add(
                NodeFactory.createURI(EX + "graph/amo"),
                interieur,
                RDFS.label.asNode(),
                NodeFactory.createLiteralString("Intérieur"));
        for (int i = 1; i <= count; i++) {
            Node g = NodeFactory.createURI(EX + "graph/question/Q" + i);
            Node q = NodeFactory.createURI(EX + "id/question/Q" + i);
            LocalDate asked = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(8 * 365));
            question(data, g, q, asked, BODIES.get(random.nextInt(BODIES.size())));
            if (random.nextInt(6) == 0) {
                data.add(g, q, Qlod.Nodes.currentlyAllocatedTo, body(BODIES.get(random.nextInt(BODIES.size()))));
            }
            int kind = random.nextInt(4);
            if (kind <= 1) {
                // pending, or lapsed at the end of a legislature (a closure date, not a withdrawal)
                data.add(g, q, Qlod.Nodes.overdueSince, date(asked.plusDays(62)));
                if (kind == 1) {
                    data.add(g, q, Qlod.Nodes.closureDate, date(asked.plusDays(random.nextInt(900))));
                }
                continue;
            }
            LocalDate end = asked.plusDays(1 + random.nextInt(random.nextBoolean() ? 70 : 700));
            if (kind == 2) {
                data.add(
                        g,
                        q,
                        Qlod.Nodes.answerDelayDays,
                        NodeFactory.createLiteralDT(
                                Long.toString(end.toEpochDay() - asked.toEpochDay()), XSDDatatype.XSDinteger));
            } else {
                data.add(g, q, Qlod.Nodes.withdrawalDate, date(end));
            }
            LocalDate from = asked.plusDays(62);
            if (end.isAfter(from)) {
                for (YearMonth m = YearMonth.from(from);
                        !m.isAfter(YearMonth.from(end.minusDays(1)));
                        m = m.plusMonths(1)) {
                    data.add(
                            g,
                            q,
                            Qlod.Nodes.overdueInMonth,
                            NodeFactory.createLiteralDT(m.toString(), XSDDatatype.XSDgYearMonth));
                }
            }
        }
        return data;
    }

    private static void question(DatasetGraph data, Node g, Node q, LocalDate asked, String body) {
        data.add(g, q, RDF.Nodes.type, Qlod.Nodes.Question);
        data.add(g, q, ISSUED, date(asked));
        data.add(g, q, Qlod.Nodes.currentlyAllocatedTo, body(body));
    }

    private static Node body(String name) {
        return NodeFactory.createURI(EX + "id/organ/" + name);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }
}

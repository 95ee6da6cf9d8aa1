package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import fr.qlod.store.QuestionStore;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics graph of a store against the same figures computed from the questions' own
 * statements by plain SPARQL (dates subtracted, years taken, answers counted: none of the derived
 * facts but the département), on the demo corpus: after a first load, after loading it all again,
 * and after a newer version of the seed record QANR5L14QE59906 (answered on 10 August instead of
 * 16 September 2014, now allocated to the Intérieur) replaced the older one.
 */
class StatisticsIT {
    static final URI BASE = URI.create("http://localhost:3030/");
    /** The first day of a date's month, in SPARQL: a format of the date's variable. */
    private static final String MONTH_OF =
            "STRDT(CONCAT(SUBSTR(STR(%s), 1, 7), \"-01\"), <http://www.w3.org/2001/XMLSchema#date>)";

    private static final String PREFIXES = String.join(
            "\n",
            "PREFIX qlod: <" + Qlod.NS + ">",
            "PREFIX dcterms: <http://purl.org/dc/terms/>",
            "PREFIX owl: <http://www.w3.org/2002/07/owl#>",
            "PREFIX fn: <http://www.w3.org/2005/xpath-functions#>",
            "");
    private static final String MINISTRY =
            "?q qlod:currentlyAllocatedTo ?body . OPTIONAL { ?body qlod:portfolio ?portfolio } "
                    + "BIND(COALESCE(?portfolio, ?body) AS ?k1)";
    private static final String DEPUTY =
            "?q qlod:askedBy ?author . OPTIONAL { ?author owl:sameAs ?official } BIND(COALESCE(?official, ?author) AS ?%s)";

    /** Each breakdown's concept and the plain pattern binding its key ?k1, ?k2, ?k3 on a question ?q. */
    private static final Map<Node, String> PLAIN = Map.of(
            Qlod.Nodes.allQuestions, "?q a qlod:Question .",
            Qlod.Nodes.byMinistry, "?q a qlod:Question . " + MINISTRY,
            Qlod.Nodes.byGroup, "?q a qlod:Question ; qlod:groupAtQuestionTime ?k1 .",
            Qlod.Nodes.byDeputy, "?q a qlod:Question . " + String.format(DEPUTY, "k1"),
            Qlod.Nodes.byRubrique, "?q a qlod:Question ; qlod:rubrique ?k1 .",
            Qlod.Nodes.byYear, "?q a qlod:Question ; dcterms:issued ?date . BIND(YEAR(?date) AS ?k1)",
            Qlod.Nodes.byLegislature, "?q a qlod:Question ; qlod:legislature ?k1 .",
            Qlod.Nodes.byDepartement, "?q a qlod:Question ; qlod:authorDepartement ?k1 .",
            Qlod.Nodes.byYearAndRubrique,
                    "?q a qlod:Question ; dcterms:issued ?date ; qlod:rubrique ?k2 . BIND(YEAR(?date) AS ?k1)",
            Qlod.Nodes.byLegislatureGroupAndDeputy,
                    "?q a qlod:Question ; qlod:legislature ?k1 . " + String.format(DEPUTY, "k3")
                            + " OPTIONAL { ?q qlod:groupAtQuestionTime ?k2 }");

    /** The breakdowns of the subjects' pages: the plain pattern binding their keys ?k1 (the year, when by year), ?k2. */
    private static final Map<Node, String> PLAIN_BY_YEAR = Map.of(
            Qlod.Nodes.byYearAndDeputy,
            "?q a qlod:Question ; dcterms:issued ?date . BIND(YEAR(?date) AS ?k1) " + String.format(DEPUTY, "k2"),
            Qlod.Nodes.byYearAndMinistry,
            "?q a qlod:Question ; dcterms:issued ?date . BIND(YEAR(?date) AS ?k1) " + MINISTRY.replace("?k1", "?k2"),
            Qlod.Nodes.byYearAndGroup,
            "?q a qlod:Question ; dcterms:issued ?date ; qlod:groupAtQuestionTime ?k2 . BIND(YEAR(?date) AS ?k1)",
            Qlod.Nodes.byYearAndLegislature,
            "?q a qlod:Question ; dcterms:issued ?date ; qlod:legislature ?k2 . BIND(YEAR(?date) AS ?k1)",
            Qlod.Nodes.byAllocatedBody,
            "?q a qlod:Question ; qlod:currentlyAllocatedTo ?k1 .",
            Qlod.Nodes.byYearAndAllocatedBody,
            "?q a qlod:Question ; dcterms:issued ?date ; qlod:currentlyAllocatedTo ?k2 . BIND(YEAR(?date) AS ?k1)");

    private static final Map<Node, List<Node>> KEYS = Map.of(
            Qlod.Nodes.allQuestions, List.of(),
            Qlod.Nodes.byMinistry, List.of(Qlod.Nodes.ofMinistry),
            Qlod.Nodes.byGroup, List.of(Qlod.Nodes.ofGroup),
            Qlod.Nodes.byDeputy, List.of(Qlod.Nodes.ofDeputy),
            Qlod.Nodes.byRubrique, List.of(Qlod.Nodes.ofRubrique),
            Qlod.Nodes.byYear, List.of(Qlod.Nodes.ofYear),
            Qlod.Nodes.byLegislature, List.of(Qlod.Nodes.ofLegislature),
            Qlod.Nodes.byDepartement, List.of(Qlod.Nodes.ofDepartement),
            Qlod.Nodes.byYearAndRubrique, List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofRubrique),
            Qlod.Nodes.byLegislatureGroupAndDeputy,
                    List.of(Qlod.Nodes.ofLegislature, Qlod.Nodes.ofGroup, Qlod.Nodes.ofDeputy));

    private static final Map<Node, List<Node>> KEYS_BY_YEAR = Map.of(
            Qlod.Nodes.byYearAndDeputy, List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofDeputy),
            Qlod.Nodes.byYearAndMinistry, List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofMinistry),
            Qlod.Nodes.byYearAndGroup, List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofGroup),
            Qlod.Nodes.byYearAndLegislature, List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofLegislature),
            Qlod.Nodes.byAllocatedBody, List.of(Qlod.Nodes.ofMinistry),
            Qlod.Nodes.byYearAndAllocatedBody, List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofMinistry));
    private static final Map<Node, String> ALL_PLAIN = merged(PLAIN, PLAIN_BY_YEAR);
    private static final Map<Node, List<Node>> ALL_KEYS = merged(KEYS, KEYS_BY_YEAR);

    private static <V> Map<Node, V> merged(Map<Node, V> a, Map<Node, V> b) {
        Map<Node, V> all = new java.util.HashMap<>(a);
        all.putAll(b);
        return all;
    }

    @TempDir
    Path dir;

    @Test
    void statisticsEqualAPlainAggregationAfterALoadAReloadAndAReplacedRecord() throws IOException {
        List<List<Path>> files = DemoCommand.extract(Files.createDirectories(dir.resolve("corpus")));
        try (QuestionStore store = QuestionStore.open(dir.resolve("db"))) {
            DemoCommand.load(store, BASE, files.get(0), files.get(1));
            TreeSet<String> first = assertStatisticsEqualPlainAggregation(store.dataset());

            DemoCommand.load(store, BASE, files.get(0), files.get(1));
            assertEquals(first, assertStatisticsEqualPlainAggregation(store.dataset()));

            Path seed = files.get(1).stream()
                    .filter(p -> p.getFileName().toString().startsWith("seed-000"))
                    .findFirst()
                    .orElseThrow();
            Path newer = Files.createDirectories(dir.resolve("newer")).resolve(seed.getFileName());
            String text = Files.readString(seed, StandardCharsets.UTF_8);
            String changed = text.replace(
                            "Réponse publiée au JO le : 16/09/2014", "Réponse publiée au JO le : 10/08/2014")
                    .replace("Ministère attributaire > Justice", "Ministère attributaire > Intérieur");
            assertNotEquals(text, changed);
            Files.writeString(newer, changed, StandardCharsets.UTF_8);
            DemoCommand.load(store, BASE, files.get(0), List.of(newer));
            TreeSet<String> replaced = assertStatisticsEqualPlainAggregation(store.dataset());
            String justice = "byMinistry [" + BASE + "id/ministry/justice]";
            String interieur = "byMinistry [" + BASE + "id/ministry/interieur]";
            assertEquals(figure(first, justice, "questions") - 1, figure(replaced, justice, "questions"));
            assertEquals(figure(first, justice, "within"), figure(replaced, justice, "within"));
            assertEquals(figure(first, interieur, "questions") + 1, figure(replaced, interieur, "questions"));
            assertEquals(figure(first, interieur, "within") + 1, figure(replaced, interieur, "within"));
        }
    }

    /** A count of the slice whose line starts with {@code slice}. */
    private static long figure(TreeSet<String> lines, String slice, String name) {
        String line = lines.stream()
                .filter(l -> l.startsWith(slice + " "))
                .findFirst()
                .orElseThrow();
        return Long.parseLong(line.replaceFirst(".* " + name + "=(\\d+).*", "$1"));
    }

    /** Asserts that the statistics graph holds the figures of the plain aggregation, slice for slice; returns them. */
    private static TreeSet<String> assertStatisticsEqualPlainAggregation(DatasetGraph dsg) {
        TreeSet<String> stored = Txn.calculateRead(dsg, () -> stored(dsg));
        TreeSet<String> plain = Txn.calculateRead(dsg, () -> plain(dsg));
        assertTrue(plain.size() > 30, plain::toString);
        assertEquals(String.join("\n", plain), String.join("\n", stored));
        for (String[] figures : SLICES) {
            TreeSet<String> fromSlices = Txn.calculateRead(dsg, () -> lines(dsg, PREFIXES + figures[0]));
            TreeSet<String> fromQuestions = Txn.calculateRead(dsg, () -> lines(dsg, PREFIXES + figures[1]));
            assertTrue(!fromQuestions.isEmpty(), figures[1]);
            assertEquals(String.join("\n", fromQuestions), String.join("\n", fromSlices));
        }
        return stored;
    }

    /**
     * The breakdowns by closure and by shared answer text: the slices of the statistics graph, then
     * the same figures by a plain aggregation over the questions, each row one line.
     */
    private static final String[][] SLICES = {
        {
            "SELECT ?status ?code ?reason ?n ?first ?last WHERE { GRAPH <" + Qlod.STATISTICS_GRAPH + "> {"
                    + " ?s qlod:breakdown qlod:byClosure ; qlod:ofStatus ?status ; qlod:questionCount ?n ."
                    + " OPTIONAL { ?s qlod:ofClosureCode ?code } OPTIONAL { ?s qlod:ofWithdrawalReason ?reason }"
                    + " OPTIONAL { ?s qlod:firstWithdrawalDate ?first ; qlod:lastWithdrawalDate ?last } } }",
            "SELECT ?status ?code ?reason (COUNT(DISTINCT ?q) AS ?n) (MIN(?date) AS ?first) (MAX(?date) AS ?last)"
                    + " WHERE { ?q a qlod:Question ; qlod:status ?status ."
                    + " FILTER(?status != qlod:status-answered && ?status != qlod:status-pending)"
                    + " OPTIONAL { ?q qlod:closureCode ?code } OPTIONAL { ?q qlod:withdrawalReason ?reason }"
                    + " OPTIONAL { ?q qlod:withdrawalDate ?date } } GROUP BY ?status ?code ?reason"
        },
        {
            "SELECT ?text ?n WHERE { GRAPH <" + Qlod.STATISTICS_GRAPH + "> {"
                    + " ?s qlod:breakdown qlod:byAnswerText ; qlod:ofAnswerText ?text ; qlod:questionCount ?n } }",
            "SELECT ?text (COUNT(DISTINCT ?q) AS ?n) WHERE { ?q qlod:answer ?a . ?a qlod:hasAnswerText ?text }"
                    + " GROUP BY ?text HAVING (COUNT(DISTINCT ?q) >= 2)"
        },
        {
            "SELECT ?day ?month ?n ?before WHERE { GRAPH <" + Qlod.STATISTICS_GRAPH + "> {"
                    + " ?s qlod:breakdown qlod:byReallocationDate ; qlod:ofReallocationDate ?day ;"
                    + " qlod:ofReallocationMonth ?month ; qlod:changeCount ?n ; qlod:earlierChangeCount ?before } }",
            "SELECT ?day ?month ?n (SUM(COALESCE(?m, 0)) AS ?before) WHERE {"
                    + " { SELECT ?day (COUNT(*) AS ?n) WHERE { ?q a qlod:Question ; qlod:allocation ?c ."
                    + " ?c qlod:reallocationDate ?day } GROUP BY ?day }"
                    + " OPTIONAL { { SELECT ?other (COUNT(*) AS ?m) WHERE { ?q2 a qlod:Question ; qlod:allocation ?c2 ."
                    + " ?c2 qlod:reallocationDate ?other } GROUP BY ?other } FILTER(?other < ?day) }"
                    + " BIND(" + MONTH_OF.formatted("?day") + " AS ?month) }"
                    + " GROUP BY ?day ?month ?n"
        },
        {
            "SELECT ?month ?n ?before WHERE { GRAPH <" + Qlod.STATISTICS_GRAPH + "> {"
                    + " ?s qlod:breakdown qlod:byReallocationMonth ; qlod:ofReallocationMonth ?month ;"
                    + " qlod:changeCount ?n ; qlod:earlierChangeCount ?before } }",
            "SELECT ?month ?n (SUM(COALESCE(?m, 0)) AS ?before) WHERE {"
                    + " { SELECT ?month (COUNT(*) AS ?n) WHERE { ?q a qlod:Question ; qlod:allocation ?c ."
                    + " ?c qlod:reallocationDate ?day BIND(" + MONTH_OF.formatted("?day")
                    + " AS ?month) } GROUP BY ?month }"
                    + " OPTIONAL { { SELECT ?other (COUNT(*) AS ?m) WHERE { ?q2 a qlod:Question ; qlod:allocation ?c2 ."
                    + " ?c2 qlod:reallocationDate ?d2 BIND(" + MONTH_OF.formatted("?d2")
                    + " AS ?other) } GROUP BY ?other }"
                    + " FILTER(?other < ?month) } }"
                    + " GROUP BY ?month ?n"
        }
    };

    /** Each row of a query as one line of its values in column order. */
    private static TreeSet<String> lines(DatasetGraph dsg, String query) {
        TreeSet<String> lines = new TreeSet<>();
        QueryExec.dataset(dsg).query(query).select().forEachRemaining(row -> {
            List<String> values = new ArrayList<>();
            row.vars().forEachRemaining(v -> values.add(v.getName() + "=" + row.get(v)));
            values.sort(null);
            lines.add(String.join(" ", values));
        });
        return lines;
    }

    /** The slices of the statistics graph, one line each: breakdown, key, figures. */
    private static TreeSet<String> stored(DatasetGraph dsg) {
        TreeSet<String> lines = new TreeSet<>();
        for (Map.Entry<Node, List<Node>> b : ALL_KEYS.entrySet()) {
            StringBuilder vars = new StringBuilder();
            StringBuilder pattern = new StringBuilder();
            for (int i = 0; i < b.getValue().size(); i++) {
                vars.append(" ?k").append(i + 1);
                pattern.append(" OPTIONAL { ?s <")
                        .append(b.getValue().get(i).getURI())
                        .append("> ?k")
                        .append(i + 1)
                        .append(" }");
            }
            String buckets =
                    "(GROUP_CONCAT(CONCAT(STR(COALESCE(?from, -99999)), \":\", STR(?count)); separator=\" \") AS ?buckets)";
            String query =
                    PREFIXES + "SELECT" + vars + " ?n ?answered ?within ?mean ?median " + buckets + " WHERE { GRAPH <"
                            + Qlod.STATISTICS_GRAPH + "> { ?s a qlod:Statistics ; qlod:breakdown <"
                            + b.getKey().getURI() + "> ; qlod:questionCount ?n ;"
                            + " qlod:answeredCount ?answered ." + pattern
                            + " OPTIONAL { ?s qlod:answeredWithinTwoMonthsCount ?within ; qlod:meanDelayDays ?mean ; qlod:medianDelayDays ?median }"
                            + " OPTIONAL { ?s qlod:delayBucket ?bucket . ?bucket qlod:bucketCount ?count OPTIONAL { ?bucket qlod:bucketFromDays ?from } } } }"
                            + " GROUP BY ?s" + vars + " ?n ?answered ?within ?mean ?median";
            QueryExec.dataset(dsg).query(query).select().forEachRemaining(row -> {
                List<String> key = new ArrayList<>();
                for (int i = 1; i <= b.getValue().size(); i++) {
                    key.add(String.valueOf(row.get("k" + i)));
                }
                String buckets2 = row.get("buckets") == null
                        ? ""
                        : String.join(
                                " ",
                                new TreeSet<>(List.of(row.get("buckets")
                                        .getLiteralLexicalForm()
                                        .split(" "))));
                lines.add(line(
                        b.getKey(),
                        key,
                        number(row.get("n")),
                        number(row.get("answered")),
                        number(row.get("within")),
                        decimal(row.get("mean")),
                        decimal(row.get("median")),
                        buckets2.isBlank() ? "" : buckets2));
            });
        }
        return lines;
    }

    /** The same figures from the questions' own statements: the first answer's date minus the question's. */
    private static TreeSet<String> plain(DatasetGraph dsg) {
        TreeSet<String> lines = new TreeSet<>();
        for (Map.Entry<Node, String> b : ALL_PLAIN.entrySet()) {
            int arity = ALL_KEYS.get(b.getKey()).size();
            String vars = "";
            for (int i = 1; i <= arity; i++) {
                vars += " ?k" + i;
            }
            String query = PREFIXES + "SELECT" + vars + " ?q (MIN(?days) AS ?delay) WHERE { " + b.getValue()
                    + " OPTIONAL { ?q dcterms:issued ?asked ; qlod:answer/dcterms:issued ?answered"
                    + " BIND(fn:days-from-duration(?answered - ?asked) AS ?days) } } GROUP BY" + vars + " ?q";
            Map<List<String>, List<Long>> delays = new TreeMap<>(StatisticsIT::compare);
            Map<List<String>, Long> questions = new TreeMap<>(StatisticsIT::compare);
            QueryExec.dataset(dsg).query(query).select().forEachRemaining(row -> {
                List<String> key = new ArrayList<>();
                for (int i = 1; i <= arity; i++) {
                    key.add(String.valueOf(row.get("k" + i)));
                }
                questions.merge(key, 1L, Long::sum);
                List<Long> list = delays.computeIfAbsent(key, k -> new ArrayList<>());
                if (row.get("delay") != null) {
                    list.add(number(row.get("delay")));
                }
            });
            questions.forEach((key, n) -> {
                List<Long> d = delays.get(key);
                d.sort(null);
                if (d.isEmpty()) {
                    lines.add(line(b.getKey(), key, n, 0L, null, null, null, ""));
                    return;
                }
                long within = d.stream().filter(x -> x <= 61).count();
                BigDecimal mean = BigDecimal.valueOf(
                                d.stream().mapToLong(Long::longValue).sum())
                        .divide(BigDecimal.valueOf(d.size()), 6, RoundingMode.HALF_EVEN);
                BigDecimal median = BigDecimal.valueOf(d.get((d.size() - 1) / 2) + d.get(d.size() / 2))
                        .divide(BigDecimal.valueOf(2));
                long[] bounds = {-99999, 31, 62, 92, 183, 366, Long.MAX_VALUE};
                TreeSet<String> buckets = new TreeSet<>();
                for (int i = 0; i + 1 < bounds.length; i++) {
                    long from = bounds[i];
                    long to = bounds[i + 1];
                    buckets.add(from + ":"
                            + d.stream()
                                    .filter(x -> x >= (from == -99999 ? Long.MIN_VALUE : from) && x < to)
                                    .count());
                }
                lines.add(line(b.getKey(), key, n, (long) d.size(), within, mean, median, String.join(" ", buckets)));
            });
        }
        return lines;
    }

    private static int compare(List<String> a, List<String> b) {
        return String.join("|", a).compareTo(String.join("|", b));
    }

    private static String line(
            Node breakdown,
            List<String> key,
            Long n,
            Long answered,
            Long within,
            BigDecimal mean,
            BigDecimal median,
            String buckets) {
        return breakdown.getLocalName() + " " + key + " questions=" + n + " answered=" + answered + " within=" + within
                + " mean=" + (mean == null ? null : mean.setScale(6, RoundingMode.HALF_EVEN))
                + " median="
                + (median == null ? null : median.stripTrailingZeros().toPlainString()) + " buckets=" + buckets;
    }

    private static Long number(Node n) {
        return n == null ? null : ((Number) n.getLiteralValue()).longValue();
    }

    private static BigDecimal decimal(Node n) {
        return n == null ? null : new BigDecimal(n.getLiteralLexicalForm());
    }
}

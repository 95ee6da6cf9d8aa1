package fr.qlod.store;

import fr.qlod.mapping.Qlod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;

/**
 * The statistics graph ({@link Qlod#STATISTICS_GRAPH}): the figures pages and queries need, per
 * ministry, group, deputy, rubrique, year, legislature and département and for a few pairs of
 * them, the questions closed without an answer by closure, and the answer texts shared by two
 * questions or more, counted from the questions' derived facts and written as one {@code qlod:Statistics}
 * resource per slice, named by its breakdown and values. Worked out again over the whole store after every load into it, in one
 * write transaction that replaces the graph, so an incremental load or a replaced record
 * leaves it exactly as a first load of the same data would: one grouped query per breakdown,
 * whose rows are as many as the slices times their distinct delays, whatever the store's size.
 *
 * <pre>
 * Txn.executeWrite(tdb, () -&gt; Statistics.rebuild(tdb));
 * </pre>
 */
final class Statistics {
    private static final Node GRAPH = NodeFactory.createURI(Qlod.STATISTICS_GRAPH);
    private static final String PREFIXES =
            String.join("\n", "PREFIX qlod: <" + Qlod.NS + ">", "PREFIX owl: <http://www.w3.org/2002/07/owl#>", "");
    /** The ministry at the level of its portfolio, as the sample queries take it. */
    private static final String MINISTRY =
            "?q qlod:currentlyAllocatedTo ?body . OPTIONAL { ?body qlod:portfolio ?portfolio } "
                    + "BIND(COALESCE(?portfolio, ?body) AS ?ministry)";
    /** The deputy by their official IRI when a name slug is linked to it. */
    private static final String DEPUTY = "?q qlod:askedBy ?author . OPTIONAL { ?author owl:sameAs ?official } "
            + "BIND(COALESCE(?official, ?author) AS ?deputy)";

    /**
     * A breakdown: its concept, the variables that name a slice and the properties giving them, its
     * pattern, and whether its slices also count their distinct deputies.
     */
    private record Breakdown(
            Node concept, List<String> vars, List<Node> properties, String pattern, boolean deputies, Kind kind) {
        Breakdown(Node concept, List<String> vars, List<Node> properties, String pattern) {
            this(concept, vars, properties, pattern, false, Kind.DELAYS);
        }

        Breakdown(Node concept, List<String> vars, List<Node> properties, String pattern, boolean deputies) {
            this(concept, vars, properties, pattern, deputies, Kind.DELAYS);
        }

        String keys() {
            return vars.stream().map(v -> "?" + v + " ").reduce("", String::concat);
        }
    }

    /** What a breakdown's slices hold beyond their question count. */
    private enum Kind {
        /** The answer delays: answered, within two months, mean, median, buckets. */
        DELAYS,
        /** The answer delays and the span of the questions' withdrawal dates ({@code ?withdrawn}). */
        WITHDRAWALS,
        /** The question count alone, and only the slices of two questions or more (shared answer texts). */
        SHARED
    }

    private static final List<Breakdown> BREAKDOWNS = List.of(
            new Breakdown(Qlod.Nodes.allQuestions, List.of(), List.of(), "?q a qlod:Question ."),
            new Breakdown(
                    Qlod.Nodes.byMinistry,
                    List.of("ministry"),
                    List.of(Qlod.Nodes.ofMinistry),
                    "?q a qlod:Question . " + MINISTRY),
            new Breakdown(
                    Qlod.Nodes.byGroup,
                    List.of("group"),
                    List.of(Qlod.Nodes.ofGroup),
                    "?q a qlod:Question ; qlod:groupAtQuestionTime ?group .",
                    true),
            new Breakdown(
                    Qlod.Nodes.byDeputy,
                    List.of("deputy"),
                    List.of(Qlod.Nodes.ofDeputy),
                    "?q a qlod:Question . " + DEPUTY),
            new Breakdown(
                    Qlod.Nodes.byRubrique,
                    List.of("rubrique"),
                    List.of(Qlod.Nodes.ofRubrique),
                    "?q a qlod:Question ; qlod:rubrique ?rubrique ."),
            new Breakdown(
                    Qlod.Nodes.byYear,
                    List.of("year"),
                    List.of(Qlod.Nodes.ofYear),
                    "?q a qlod:Question ; qlod:publicationYear ?year ."),
            new Breakdown(
                    Qlod.Nodes.byLegislature,
                    List.of("legislature"),
                    List.of(Qlod.Nodes.ofLegislature),
                    "?q a qlod:Question ; qlod:legislature ?legislature .",
                    true),
            new Breakdown(
                    Qlod.Nodes.byDepartement,
                    List.of("departement"),
                    List.of(Qlod.Nodes.ofDepartement),
                    "?q a qlod:Question ; qlod:authorDepartement ?departement .",
                    true),
            new Breakdown(
                    Qlod.Nodes.byYearAndRubrique,
                    List.of("year", "rubrique"),
                    List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofRubrique),
                    "?q a qlod:Question ; qlod:publicationYear ?year ; qlod:rubrique ?rubrique ."),
            new Breakdown(
                    Qlod.Nodes.byLegislatureGroupAndDeputy,
                    List.of("legislature", "group", "deputy"),
                    List.of(Qlod.Nodes.ofLegislature, Qlod.Nodes.ofGroup, Qlod.Nodes.ofDeputy),
                    "?q a qlod:Question ; qlod:legislature ?legislature . " + DEPUTY
                            + " OPTIONAL { ?q qlod:groupAtQuestionTime ?group }"),
            // the questions per year of a deputy's, a ministry's, a group's and a legislature's page
            new Breakdown(
                    Qlod.Nodes.byYearAndDeputy,
                    List.of("year", "deputy"),
                    List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofDeputy),
                    "?q a qlod:Question ; qlod:publicationYear ?year . " + DEPUTY),
            new Breakdown(
                    Qlod.Nodes.byYearAndMinistry,
                    List.of("year", "ministry"),
                    List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofMinistry),
                    "?q a qlod:Question ; qlod:publicationYear ?year . " + MINISTRY),
            new Breakdown(
                    Qlod.Nodes.byYearAndGroup,
                    List.of("year", "group"),
                    List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofGroup),
                    "?q a qlod:Question ; qlod:publicationYear ?year ; qlod:groupAtQuestionTime ?group ."),
            new Breakdown(
                    Qlod.Nodes.byYearAndLegislature,
                    List.of("year", "legislature"),
                    List.of(Qlod.Nodes.ofYear, Qlod.Nodes.ofLegislature),
                    "?q a qlod:Question ; qlod:publicationYear ?year ; qlod:legislature ?legislature ."),
            new Breakdown(
                    Qlod.Nodes.byClosure,
                    List.of("status", "closureCode", "reason"),
                    List.of(Qlod.Nodes.ofStatus, Qlod.Nodes.ofClosureCode, Qlod.Nodes.ofWithdrawalReason),
                    "?q a qlod:Question ; qlod:status ?status ."
                            + " FILTER(?status NOT IN (qlod:status-answered, qlod:status-pending))"
                            + " OPTIONAL { ?q qlod:closureCode ?closureCode }"
                            + " OPTIONAL { ?q qlod:withdrawalReason ?reason }"
                            + " OPTIONAL { ?q qlod:withdrawalDate ?withdrawn }",
                    false,
                    Kind.WITHDRAWALS),
            new Breakdown(
                    Qlod.Nodes.byAnswerText,
                    List.of("answerText"),
                    List.of(Qlod.Nodes.ofAnswerText),
                    "{ SELECT DISTINCT ?q ?answerText WHERE { ?q a qlod:Question ; qlod:answer/qlod:hasAnswerText ?answerText } }",
                    false,
                    Kind.SHARED));

    private Statistics() {}

    /**
     * Replaces the statistics graph of {@code dsg} (a dataset whose default graph is the union of
     * its named graphs) by the figures of the questions it holds. Call it inside a write transaction.
     *
     * @return the number of slices written
     */
    static int rebuild(DatasetGraph dsg) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        List<Quad> quads = new ArrayList<>();
        int slices = 0;
        for (Breakdown b : BREAKDOWNS) {
            for (Map.Entry<List<Node>, Slice> e : slices(dsg, b).entrySet()) {
                e.getValue().write(quads, b, e.getKey());
                slices++;
            }
        }
        quads.forEach(dsg::add);
        return slices;
    }

    /** The slices of a breakdown, by their key (the values of its variables, null for an unbound one). */
    private static Map<List<Node>, Slice> slices(DatasetGraph dsg, Breakdown b) {
        Map<List<Node>, Slice> slices = new LinkedHashMap<>();
        if (b.kind() == Kind.SHARED) {
            select(
                    dsg,
                    "SELECT " + b.keys() + "(COUNT(*) AS ?n) WHERE { " + b.pattern() + " } GROUP BY " + b.keys()
                            + "HAVING (COUNT(*) > 1)",
                    b,
                    row -> slices.computeIfAbsent(key(b, row), k -> new Slice(false))
                            .count(row));
            return slices;
        }
        String withdrawals =
                b.kind() == Kind.WITHDRAWALS ? " (MIN(?withdrawn) AS ?first) (MAX(?withdrawn) AS ?last)" : "";
        select(
                dsg,
                "SELECT " + b.keys() + "?days ?within (COUNT(*) AS ?n)" + withdrawals + " WHERE { " + b.pattern()
                        + " OPTIONAL { ?q qlod:answerDelayDays ?days } OPTIONAL { ?q qlod:answeredWithinTwoMonths ?within } }"
                        + " GROUP BY " + b.keys() + "?days ?within",
                b,
                row -> slices.computeIfAbsent(key(b, row), k -> new Slice(true)).count(row));
        if (b.deputies()) {
            select(
                    dsg,
                    "SELECT " + b.keys() + "(COUNT(DISTINCT ?deputy) AS ?deputies) WHERE { " + b.pattern() + " "
                            + DEPUTY + " } GROUP BY " + b.keys(),
                    b,
                    row -> slices.get(key(b, row)).deputies = number(row.get("deputies")));
        }
        return slices;
    }

    private static void select(DatasetGraph dsg, String query, Breakdown b, Consumer<Binding> rows) {
        RowSet result = QueryExec.dataset(dsg).query(PREFIXES + query).select();
        result.forEachRemaining(rows);
    }

    private static List<Node> key(Breakdown b, Binding row) {
        List<Node> key = new ArrayList<>();
        b.vars().forEach(v -> key.add(row.get(v)));
        return key;
    }

    private static long number(Node n) {
        return ((Number) n.getLiteralValue()).longValue();
    }

    /** The figures of one slice, gathered from its rows (one per distinct delay, and one for the unanswered). */
    private static final class Slice {
        private final boolean delaysToo;
        private long questions;
        private long within;
        private Long deputies;
        private Node firstWithdrawal;
        private Node lastWithdrawal;
        private final Delays delays = new Delays();

        Slice(boolean delaysToo) {
            this.delaysToo = delaysToo;
        }

        void count(Binding row) {
            long n = number(row.get("n"));
            questions += n;
            firstWithdrawal = extreme(firstWithdrawal, row.get("first"), -1);
            lastWithdrawal = extreme(lastWithdrawal, row.get("last"), 1);
            Node days = row.get("days");
            if (days != null && days.isLiteral() && days.getLiteralValue() instanceof Number d) {
                delays.add(d.longValue(), n);
                Node in = row.get("within");
                if (in != null && Boolean.TRUE.equals(in.getLiteralValue())) {
                    within += n;
                }
            }
        }

        void write(List<Quad> out, Breakdown b, List<Node> key) {
            Node s = sliceIri(b, key);
            quad(out, s, RDF.Nodes.type, Qlod.Nodes.Statistics);
            quad(out, s, Qlod.Nodes.breakdown, b.concept());
            for (int i = 0; i < key.size(); i++) {
                if (key.get(i) != null) {
                    quad(out, s, b.properties().get(i), key.get(i));
                }
            }
            quad(out, s, Qlod.Nodes.questionCount, integer(questions));
            if (deputies != null) {
                quad(out, s, Qlod.Nodes.deputyCount, integer(deputies));
            }
            if (firstWithdrawal != null) {
                quad(out, s, Qlod.Nodes.firstWithdrawalDate, firstWithdrawal);
                quad(out, s, Qlod.Nodes.lastWithdrawalDate, lastWithdrawal);
            }
            if (!delaysToo) {
                return;
            }
            quad(out, s, Qlod.Nodes.answeredCount, integer(delays.count()));
            if (delays.count() == 0) {
                return;
            }
            quad(out, s, Qlod.Nodes.answeredWithinTwoMonthsCount, integer(within));
            quad(out, s, Qlod.Nodes.meanDelayDays, decimal(delays.mean()));
            quad(out, s, Qlod.Nodes.medianDelayDays, decimal(delays.median()));
            long[] counts = delays.buckets();
            for (int i = 0; i < counts.length; i++) {
                Integer from = Delays.lowerBound(i);
                Integer to = Delays.upperBound(i);
                Node bucket = NodeFactory.createURI(
                        s.getURI() + "/delay/" + (from == null ? "" : from) + "-" + (to == null ? "" : to));
                quad(out, s, Qlod.Nodes.delayBucket, bucket);
                if (from != null) {
                    quad(out, bucket, Qlod.Nodes.bucketFromDays, integer(from));
                }
                if (to != null) {
                    quad(out, bucket, Qlod.Nodes.bucketToDays, integer(to));
                }
                quad(out, bucket, Qlod.Nodes.bucketCount, integer(counts[i]));
                quad(out, bucket, RDF.Nodes.type, Qlod.Nodes.DelayBucket);
            }
        }

        /** The earlier ({@code sign} -1) or later (1) of two dates, either of which may be null. */
        private static Node extreme(Node known, Node found, int sign) {
            if (found == null) {
                return known;
            }
            if (known == null) {
                return found;
            }
            int c = NodeValue.compare(NodeValue.makeNode(found), NodeValue.makeNode(known));
            return Integer.signum(c) == sign ? found : known;
        }
    }

    /**
     * A slice's IRI, the same from one count to the next (so that a store loaded twice is the same
     * and pages can link to a slice): {@code https://w3id.org/qlod/statistics/byMinistry/} and the
     * first 16 hex digits of the SHA-256 of its values.
     */
    private static Node sliceIri(Breakdown b, List<Node> key) {
        StringBuilder values = new StringBuilder();
        key.forEach(k -> values.append(k == null ? "" : NodeFmtLib.strNT(k)).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(values.toString().getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(Qlod.STATISTICS_GRAPH + "/"
                    + b.concept().getLocalName() + "/" + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static void quad(List<Quad> out, Node s, Node p, Node o) {
        out.add(Quad.create(GRAPH, s, p, o));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node decimal(BigDecimal d) {
        return NodeValue.makeDecimal(d).asNode();
    }
}

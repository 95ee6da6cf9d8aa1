package fr.qlod.store;

import fr.qlod.mapping.Qlod;
import fr.qlod.store.QuestionFacts.Fact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.datatype.XMLGregorianCalendar;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statistics graph ({@link Qlod#STATISTICS_GRAPH}): the figures pages and queries need, per
 * ministry, group, deputy, rubrique, year, legislature and département and for a few pairs of
 * them, the questions closed without an answer by closure, the answer texts shared by two
 * questions or more, the questions still waiting by ministry and overdue month or day, and the
 * changes of attribution by day, counted from the questions' derived facts and written as one
 * {@code qlod:Statistics} resource per slice, named by its breakdown and values. Worked out again
 * over the whole store at every load into it, in the load's write transaction, replacing the graph
 * ({@link #rebuild}), so an incremental load or a replaced record leaves it exactly as a first load of
 * the same data would; a first load counts it from its own sorted tuples before it writes the indexes
 * ({@link #count}, {@link FreshStoreLoad}). The questions are read
 * once ({@link FactScan}) and each is folded into the slices of every breakdown, as the grouped
 * SPARQL queries that defined them counted it: one row per combination of its values (two
 * rubriques, two delays or an author with two {@code owl:sameAs} links count twice), a ministry
 * at its portfolio, a deputy at its official IRI.
 *
 * <pre>
 * Txn.executeWrite(tdb, () -&gt; Statistics.rebuild(tdb));
 * </pre>
 */
final class Statistics {
    /**
     * The form of the statistics graph, raised whenever the slices that queries rely on change, so
     * that a store counted by an earlier qlod is counted again when it is opened: 2 added the
     * months of the changes of attribution ({@code qlod:byReallocationMonth}).
     */
    static final String FORMAT = "2";

    private static final Logger LOG = LoggerFactory.getLogger(Statistics.class);

    /**
     * One of the values naming a breakdown's slices: the property giving it on the slice, its
     * values on a question, and whether a question without any still counts, in the slice where
     * it is unbound.
     */
    private record Dimension(Node property, Function<QuestionFacts, List<NodeId>> values, boolean optional) {
        static Dimension of(Node property, Fact fact) {
            return new Dimension(property, f -> f.get(fact), false);
        }

        static Dimension optional(Node property, Fact fact) {
            return new Dimension(property, f -> f.get(fact), true);
        }
    }

    /**
     * A breakdown: its concept, the dimensions of its slices, and whether its slices also count
     * their distinct deputies and their distinct questions.
     */
    private record Breakdown(Node concept, List<Dimension> dimensions, boolean deputies, boolean distinct, Kind kind) {
        Breakdown(Node concept, Dimension... dimensions) {
            this(concept, List.of(dimensions), false, false, Kind.DELAYS);
        }

        Breakdown(Node concept, List<Dimension> dimensions, boolean deputies, Kind kind) {
            this(concept, dimensions, deputies, false, kind);
        }

        Breakdown withDeputies() {
            return new Breakdown(concept, dimensions, true, distinct, kind);
        }

        Breakdown withDistinctQuestions() {
            return new Breakdown(concept, dimensions, deputies, true, kind);
        }

        List<Node> properties() {
            return dimensions.stream().map(Dimension::property).toList();
        }
    }

    /** What a breakdown's slices hold beyond their question count. */
    private enum Kind {
        /** The answer delays: answered, within two months, mean, median, buckets. */
        DELAYS,
        /** The answer delays and the span of the questions' withdrawal dates. */
        WITHDRAWALS,
        /** The question count alone, and only the slices of two questions or more (shared answer texts). */
        SHARED,
        /** The question count, once per question, and the earliest publication date (the questions still waiting). */
        WAITING
    }

    private static final Dimension MINISTRY = new Dimension(Qlod.Nodes.ofMinistry, QuestionFacts::ministries, false);
    /** The allocated body itself, an organ with a portfolio included: the figures of its own page. */
    private static final Dimension BODY = Dimension.of(Qlod.Nodes.ofMinistry, Fact.ALLOCATED_TO);

    private static final Dimension DEPUTY = new Dimension(Qlod.Nodes.ofDeputy, QuestionFacts::deputies, false);
    private static final Dimension GROUP = Dimension.of(Qlod.Nodes.ofGroup, Fact.GROUP);
    private static final Dimension RUBRIQUE = Dimension.of(Qlod.Nodes.ofRubrique, Fact.RUBRIQUE);
    private static final Dimension YEAR = Dimension.of(Qlod.Nodes.ofYear, Fact.YEAR);
    private static final Dimension LEGISLATURE = Dimension.of(Qlod.Nodes.ofLegislature, Fact.LEGISLATURE);

    private static final Dimension WAITING_MINISTRY =
            new Dimension(Qlod.Nodes.ofMinistry, QuestionFacts::waitingMinistries, false);
    private static final Dimension WAITING_MONTH =
            new Dimension(Qlod.Nodes.ofOverdueMonth, QuestionFacts::waitingMonth, false);

    private static final List<Breakdown> BREAKDOWNS = List.of(
            new Breakdown(Qlod.Nodes.allQuestions),
            new Breakdown(Qlod.Nodes.byMinistry, MINISTRY),
            new Breakdown(Qlod.Nodes.byGroup, GROUP).withDeputies(),
            new Breakdown(Qlod.Nodes.byDeputy, DEPUTY),
            new Breakdown(Qlod.Nodes.byRubrique, RUBRIQUE),
            new Breakdown(Qlod.Nodes.byYear, YEAR),
            new Breakdown(Qlod.Nodes.byLegislature, LEGISLATURE).withDeputies(),
            new Breakdown(Qlod.Nodes.byDepartement, Dimension.of(Qlod.Nodes.ofDepartement, Fact.DEPARTEMENT))
                    .withDeputies(),
            new Breakdown(Qlod.Nodes.byYearAndRubrique, YEAR, RUBRIQUE),
            new Breakdown(
                    Qlod.Nodes.byLegislatureGroupAndDeputy,
                    LEGISLATURE,
                    Dimension.optional(Qlod.Nodes.ofGroup, Fact.GROUP),
                    DEPUTY),
            // the questions per year of a deputy's, a ministry's, a group's and a legislature's page;
            // a deputy's distinct questions per year choose the page of questions-of-deputy.rq
            new Breakdown(Qlod.Nodes.byYearAndDeputy, YEAR, DEPUTY).withDistinctQuestions(),
            new Breakdown(Qlod.Nodes.byYearAndMinistry, YEAR, MINISTRY),
            // an organ counted at its portfolio above: its own page's figures, without reading its questions
            new Breakdown(Qlod.Nodes.byAllocatedBody, BODY),
            new Breakdown(Qlod.Nodes.byYearAndAllocatedBody, YEAR, BODY),
            new Breakdown(Qlod.Nodes.byYearAndGroup, YEAR, GROUP),
            new Breakdown(Qlod.Nodes.byYearAndLegislature, YEAR, LEGISLATURE),
            new Breakdown(
                    Qlod.Nodes.byClosure,
                    List.of(
                            new Dimension(Qlod.Nodes.ofStatus, QuestionFacts::closures, false),
                            Dimension.optional(Qlod.Nodes.ofClosureCode, Fact.CLOSURE_CODE),
                            Dimension.optional(Qlod.Nodes.ofWithdrawalReason, Fact.WITHDRAWAL_REASON)),
                    false,
                    Kind.WITHDRAWALS),
            new Breakdown(
                    Qlod.Nodes.byAnswerText,
                    List.of(new Dimension(Qlod.Nodes.ofAnswerText, QuestionFacts::answerTexts, false)),
                    false,
                    Kind.SHARED),
            // the questions still waiting, for unanswered-after-two-months: whole months, then the days of one
            new Breakdown(
                    Qlod.Nodes.byMinistryAndOverdueMonth,
                    List.of(WAITING_MINISTRY, WAITING_MONTH),
                    false,
                    Kind.WAITING),
            new Breakdown(
                    Qlod.Nodes.byMinistryAndOverdueDay,
                    List.of(
                            WAITING_MINISTRY,
                            WAITING_MONTH,
                            new Dimension(Qlod.Nodes.ofOverdueDay, QuestionFacts::waitingDay, false)),
                    false,
                    Kind.WAITING));

    private final FactScan scan;
    private final List<Map<List<NodeId>, StatisticsSlice>> slices = new ArrayList<>();
    private final SharedTexts texts = new SharedTexts();
    private long questions;
    private long irregular;
    private final Map<NodeId, long[]> reallocations = new HashMap<>();

    private Statistics(FactScan scan) {
        this.scan = scan;
        BREAKDOWNS.forEach(b -> slices.add(new HashMap<>()));
    }

    /**
     * Replaces the statistics graph of {@code dsg} (a TDB2 dataset whose default graph is the union
     * of its named graphs) by the figures of the questions it holds. Call it inside a write transaction.
     *
     * @return the number of slices written
     */
    static int rebuild(DatasetGraph dsg) {
        long start = System.nanoTime();
        Statistics statistics = count(FactScan.of(dsg));
        Set<Quad> quads = new HashSet<>();
        int written = statistics.write(quads::add);
        long counted = System.nanoTime();
        int changed = replace(dsg, quads);
        LOG.debug(
                "Counted {} questions into {} statistics slices in {} ms; {} quads changed in {} ms",
                statistics.questions,
                written,
                (counted - start) / 1_000_000,
                changed,
                (System.nanoTime() - counted) / 1_000_000);
        return written;
    }

    /**
     * Counts every question {@code scan} reads into the slices, to be written by {@link #write}: a
     * load into the empty store counts them before its indexes exist ({@link FreshStoreLoad}).
     */
    static Statistics count(FactScan scan) {
        Statistics statistics = new Statistics(scan);
        statistics.questions = scan.forEach(statistics::add);
        return statistics;
    }

    /** The questions counted. */
    long questions() {
        return questions;
    }

    /**
     * Makes the statistics graph hold {@code quads}, deleting and adding only what differs: each
     * quad written costs six index insertions, and a reload or a store counted again after an
     * interruption finds most figures as they were.
     *
     * @return the number of quads deleted and added
     */
    private static int replace(DatasetGraph dsg, Set<Quad> quads) {
        List<Quad> gone = new ArrayList<>();
        dsg.find(StatisticsSlice.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!quads.remove(q)) {
                gone.add(q);
            }
        });
        gone.forEach(dsg::delete);
        quads.forEach(dsg::add);
        return gone.size() + quads.size();
    }

    /**
     * {@code destination}, but for the quads of the statistics graph, which a load does not take from
     * its input (a dump of a store holds one): it counts them again from what it loads, and their
     * labels would otherwise be left in the text index.
     */
    static StreamRDF leftOut(StreamRDF destination) {
        return new StreamRDFWrapper(destination) {
            @Override
            public void quad(Quad quad) {
                if (!StatisticsSlice.GRAPH.equals(quad.getGraph())) {
                    super.quad(quad);
                }
            }
        };
    }

    /** Counts one question in every slice it belongs to. */
    private void add(QuestionFacts f) {
        if (f.irregular()) {
            irregular++;
        }
        for (NodeId day : f.reallocations()) {
            reallocations.computeIfAbsent(day, k -> new long[1])[0]++;
        }
        StatisticsSlice.Rows delays = delayRows(f);
        for (int i = 0; i < BREAKDOWNS.size(); i++) {
            Breakdown b = BREAKDOWNS.get(i);
            if (b.kind() == Kind.SHARED) {
                f.answerTexts().forEach(texts::add);
            } else {
                add(b, slices.get(i), f, delays, new NodeId[b.dimensions().size()], 0);
            }
        }
    }

    /** Counts the question in the slices of each combination of its values from dimension {@code d} on. */
    private void add(
            Breakdown b,
            Map<List<NodeId>, StatisticsSlice> into,
            QuestionFacts f,
            StatisticsSlice.Rows delays,
            NodeId[] key,
            int d) {
        if (d == key.length) {
            StatisticsSlice slice = into.computeIfAbsent(
                    Arrays.asList(key.clone()), k -> new StatisticsSlice(b.kind() != Kind.WAITING));
            if (b.kind() == Kind.WAITING) {
                slice.add(ONE, 1);
                slice.issued(scan.node(f.get(Fact.ASKED).get(0)));
                return;
            }
            long rows = 1;
            if (b.kind() == Kind.WITHDRAWALS) {
                List<NodeId> dates = f.get(Fact.WITHDRAWAL_DATE);
                rows = Math.max(1, dates.size());
                dates.forEach(date -> slice.withdrawn(scan.node(date)));
            }
            slice.add(delays, rows);
            if (b.distinct()) {
                slice.distinct(f.question());
            }
            if (b.deputies() && !f.deputies().isEmpty()) {
                slice.deputies(f.deputies());
            }
            return;
        }
        Dimension dimension = b.dimensions().get(d);
        List<NodeId> values = dimension.values().apply(f);
        if (values.isEmpty() && dimension.optional()) {
            key[d] = null;
            add(b, into, f, delays, key, d + 1);
        }
        for (NodeId value : values) {
            key[d] = value;
            add(b, into, f, delays, key, d + 1);
        }
    }

    private static final StatisticsSlice.Rows ONE = new StatisticsSlice.Rows(1, List.of(), 0, 0);

    /** The rows of a question's delays and within-two-months values (see {@link StatisticsSlice.Rows}). */
    private StatisticsSlice.Rows delayRows(QuestionFacts f) {
        List<NodeId> delayIds = f.get(Fact.DELAY);
        List<NodeId> withinIds = f.get(Fact.WITHIN_TWO_MONTHS);
        long perDay = Math.max(1, withinIds.size());
        List<Long> days = new ArrayList<>(1);
        for (NodeId id : delayIds) {
            Node n = scan.node(id);
            if (n.isLiteral() && n.getLiteralValue() instanceof Number d) {
                days.add(d.longValue());
            }
        }
        long yes = withinIds.stream()
                .map(scan::node)
                .filter(n -> n.isLiteral() && Boolean.TRUE.equals(n.getLiteralValue()))
                .count();
        return new StatisticsSlice.Rows(Math.max(1, delayIds.size()) * perDay, days, perDay, days.size() * yes);
    }

    /** Writes every slice, as quads of the statistics graph, to {@code out}; returns how many. */
    int write(Consumer<Quad> out) {
        Map<NodeId, Node> nodes = new HashMap<>();
        Function<List<NodeId>, List<Node>> decoded = key -> key.stream()
                .map(id -> id == null ? null : nodes.computeIfAbsent(id, scan::node))
                .toList();
        int written = 0;
        if (irregular > 0) {
            // the questions whose overdueSince the waiting breakdowns leave out: the query then reads them all
            StatisticsSlice slice = new StatisticsSlice(false);
            slice.add(new StatisticsSlice.Rows(irregular, List.of(), 0, 0), 1);
            slice.write(out, Qlod.Nodes.irregularPending, List.of(), List.of());
            written++;
        }
        for (int i = 0; i < BREAKDOWNS.size(); i++) {
            Breakdown b = BREAKDOWNS.get(i);
            for (Map.Entry<List<NodeId>, StatisticsSlice> e : slices.get(i).entrySet()) {
                e.getValue().write(out, b.concept(), b.properties(), decoded.apply(e.getKey()));
                written++;
            }
            if (b.kind() == Kind.SHARED) {
                written += texts.writeShared(out, b, scan);
            }
        }
        return written + writeReallocations(out);
    }

    /**
     * Writes a {@code qlod:byReallocationDate} slice for each day with changes of attribution and a
     * {@code qlod:byReallocationMonth} slice for each month of such days: how many changes, and how
     * many on the days (or in the months) before, so that a query finds the days of a page of
     * changes from these figures alone, without adding them up; each day's slice names its month,
     * so that a query reads the days of the few months it needs and no other. Returns how many.
     */
    private int writeReallocations(Consumer<Quad> out) {
        // one NodeId a day: the days sort by their dates, each with its count
        List<Map.Entry<Node, Long>> days = new ArrayList<>();
        reallocations.forEach((id, n) -> days.add(Map.entry(scan.node(id), n[0])));
        days.sort((a, b) -> NodeValue.compareAlways(NodeValue.makeNode(a.getKey()), NodeValue.makeNode(b.getKey())));
        List<Node> dayProperty = List.of(Qlod.Nodes.ofReallocationDate);
        // month -> {changes before its first day, changes in it}, in the days' order
        Map<Node, long[]> months = new LinkedHashMap<>();
        long before = 0;
        for (Map.Entry<Node, Long> d : days) {
            Node s = StatisticsSlice.writeKey(out, Qlod.Nodes.byReallocationDate, dayProperty, List.of(d.getKey()));
            StatisticsSlice.quad(out, s, Qlod.Nodes.changeCount, StatisticsSlice.integer(d.getValue()));
            StatisticsSlice.quad(out, s, Qlod.Nodes.earlierChangeCount, StatisticsSlice.integer(before));
            Node month = monthOf(d.getKey());
            // a day that is no xsd:date value passes no date filter: no month to find it by is needed
            if (month != null) {
                StatisticsSlice.quad(out, s, Qlod.Nodes.ofReallocationMonth, month);
                long[] m = months.computeIfAbsent(month, k -> new long[] {Long.MAX_VALUE, 0});
                m[0] = Math.min(m[0], before);
                m[1] += d.getValue();
            }
            before += d.getValue();
        }
        List<Node> monthProperty = List.of(Qlod.Nodes.ofReallocationMonth);
        months.forEach((m, n) -> {
            Node s = StatisticsSlice.writeKey(out, Qlod.Nodes.byReallocationMonth, monthProperty, List.of(m));
            StatisticsSlice.quad(out, s, Qlod.Nodes.changeCount, StatisticsSlice.integer(n[1]));
            StatisticsSlice.quad(out, s, Qlod.Nodes.earlierChangeCount, StatisticsSlice.integer(n[0]));
        });
        return days.size() + months.size();
    }

    /** The first day of a date's month, as an {@code xsd:date}; null when the node is no date of a year from 1 to 9999. */
    static Node monthOf(Node date) {
        if (!date.isLiteral()) {
            return null;
        }
        NodeValue v = NodeValue.makeNode(date);
        if (!v.isDate()) {
            return null;
        }
        XMLGregorianCalendar d = v.getDateTime();
        if (d.getYear() < 1 || d.getYear() > 9999) {
            return null;
        }
        return NodeFactory.createLiteralDT(
                String.format(Locale.ROOT, "%04d-%02d-01", d.getYear(), d.getMonth()), XSDDatatype.XSDdate);
    }

    /**
     * The answer texts of every question, once per question and text, kept as TDB2's 8-byte form of
     * their NodeIds (a question and its text take 8 bytes, not a map entry), counted once sorted.
     */
    private static final class SharedTexts {
        private final byte[] scratch = new byte[NodeId.SIZE];
        private long[] ids = new long[1024];
        private int size;

        void add(NodeId text) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
            }
            NodeIdFactory.set(text, scratch, 0);
            ids[size++] = Bytes.getLong(scratch, 0);
        }

        /** Writes a slice for each text of two questions or more; returns how many. */
        int writeShared(Consumer<Quad> out, Breakdown b, FactScan scan) {
            Arrays.sort(ids, 0, size);
            int written = 0;
            for (int from = 0, to; from < size; from = to) {
                to = from + 1;
                while (to < size && ids[to] == ids[from]) {
                    to++;
                }
                if (to - from > 1) {
                    Bytes.setLong(ids[from], scratch, 0);
                    StatisticsSlice slice = new StatisticsSlice(false);
                    slice.add(new StatisticsSlice.Rows(to - from, List.of(), 0, 0), 1);
                    slice.write(out, b.concept(), b.properties(), List.of(scan.node(NodeIdFactory.get(scratch, 0))));
                    written++;
                }
            }
            return written;
        }
    }
}

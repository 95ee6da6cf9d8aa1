package fr.qlod.store;

import fr.qlod.mapping.Qlod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.RDF;

/**
 * The figures of one slice of the statistics graph ({@link Statistics}), gathered question by
 * question: the question count, the answer delays, the distinct deputies and the span of the
 * withdrawal dates; then written as the slice's resource, at an IRI that is the same from one
 * count to the next, with its delay buckets.
 */
final class StatisticsSlice {
    static final Node GRAPH = NodeFactory.createURI(Qlod.STATISTICS_GRAPH);

    /**
     * What a question brings to each of its slices, as the grouped queries counted it: one row per
     * pair of its delay and within-two-months values, either missing when it has none, each row
     * counting its delay when it is a number and counting as within two months when its value is true.
     */
    record Rows(long rows, List<Long> days, long perDay, long within) {}

    private final boolean delaysToo;
    private long questions;
    private long distinct;
    private NodeId last;
    private long within;
    private Set<NodeId> deputies;
    private Node firstWithdrawal;
    private Node lastWithdrawal;
    private Node earliestIssued;
    private final Delays delays = new Delays();

    StatisticsSlice(boolean delaysToo) {
        this.delaysToo = delaysToo;
    }

    /** Counts a question's delay rows {@code times} times. */
    void add(Rows rows, long times) {
        questions += rows.rows() * times;
        for (long d : rows.days()) {
            delays.add(d, rows.perDay() * times);
        }
        within += rows.within() * times;
    }

    /**
     * Counts {@code question} once in the slice's distinct questions, however many combinations of
     * its values fall in the slice: they are counted one after the other.
     */
    void distinct(NodeId question) {
        if (!question.equals(last)) {
            last = question;
            distinct++;
        }
    }

    void deputies(List<NodeId> more) {
        if (deputies == null) {
            deputies = new HashSet<>();
        }
        deputies.addAll(more);
    }

    void withdrawn(Node date) {
        firstWithdrawal = extreme(firstWithdrawal, date, -1);
        lastWithdrawal = extreme(lastWithdrawal, date, 1);
    }

    /** Writes a slice's type, breakdown and values; returns its IRI, for its figures. */
    static Node writeKey(Consumer<Quad> out, Node breakdown, List<Node> properties, List<Node> key) {
        Node s = sliceIri(breakdown, key);
        quad(out, s, RDF.Nodes.type, Qlod.Nodes.Statistics);
        quad(out, s, Qlod.Nodes.breakdown, breakdown);
        for (int i = 0; i < key.size(); i++) {
            if (key.get(i) != null) {
                quad(out, s, properties.get(i), key.get(i));
            }
        }
        return s;
    }

    void issued(Node date) {
        earliestIssued = extreme(earliestIssued, date, -1);
    }

    void write(Consumer<Quad> out, Node breakdown, List<Node> properties, List<Node> key) {
        Node s = writeKey(out, breakdown, properties, key);
        quad(out, s, Qlod.Nodes.questionCount, integer(questions));
        if (last != null) {
            quad(out, s, Qlod.Nodes.distinctQuestionCount, integer(distinct));
        }
        if (deputies != null) {
            quad(out, s, Qlod.Nodes.deputyCount, integer(deputies.size()));
        }
        if (firstWithdrawal != null) {
            quad(out, s, Qlod.Nodes.firstWithdrawalDate, firstWithdrawal);
            quad(out, s, Qlod.Nodes.lastWithdrawalDate, lastWithdrawal);
        }
        if (earliestIssued != null) {
            quad(out, s, Qlod.Nodes.earliestIssued, earliestIssued);
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

    /** The earlier ({@code sign} -1) or later (1) of two dates, the first of which may be null. */
    private static Node extreme(Node known, Node found, int sign) {
        if (known == null) {
            return found;
        }
        int c = NodeValue.compare(NodeValue.makeNode(found), NodeValue.makeNode(known));
        return Integer.signum(c) == sign ? found : known;
    }

    /**
     * A slice's IRI, the same from one count to the next (so that a store loaded twice is the same
     * and pages can link to a slice): {@code https://w3id.org/qlod/statistics/byMinistry/} and the
     * first 16 hex digits of the SHA-256 of its values.
     */
    private static Node sliceIri(Node breakdown, List<Node> key) {
        StringBuilder values = new StringBuilder();
        key.forEach(k -> values.append(k == null ? "" : NodeFmtLib.strNT(k)).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(values.toString().getBytes(StandardCharsets.UTF_8));
            return NodeFactory.createURI(Qlod.STATISTICS_GRAPH + "/" + breakdown.getLocalName() + "/"
                    + HexFormat.of().formatHex(hash, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static void quad(Consumer<Quad> out, Node s, Node p, Node o) {
        out.accept(Quad.create(GRAPH, s, p, o));
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node decimal(BigDecimal d) {
        return NodeValue.makeDecimal(d).asNode();
    }
}

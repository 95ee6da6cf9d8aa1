package fr.qlod.store;

import fr.qlod.mapping.Qlod;
import fr.qlod.model.Status;
import fr.qlod.store.QuestionFacts.Fact;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdInline;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads the {@link QuestionFacts} of every {@code qlod:Question} of a TDB2 store in one pass over
 * its quad indexes, as NodeIds, in the caller's transaction: the questions come in order from the
 * POSG index, and each one's statements from one range of the SPOG index, so that no text is
 * decoded and nothing of a question outlives it (19 grouped SPARQL queries, each a scan of every
 * question with its joins, took 50 s of a 100k load). The named graphs are read as their union,
 * a statement counting once whatever graphs state it, as in the store's default graph. The
 * portfolios of the ministries and the {@code owl:sameAs} links of the name slugs, few, are read
 * first into maps.
 */
final class FactScan {
    private static final NodeId ANY = NodeId.NodeIdAny;
    /** The days from a question's publication to its qlod:overdueSince: two months of 61 days, plus one. */
    private static final int OVERDUE_AFTER_DAYS = 62;

    private final NodeTable nodes;
    private final TupleIndex posg;
    private final TupleIndex spog;
    private final Map<NodeId, Fact> facts = new HashMap<>();
    private final NodeId answerText;
    private final NodeId reallocationDate;
    private final List<NodeId> open;
    private final Map<NodeId, List<NodeId>> portfolios;
    private final Map<NodeId, List<NodeId>> officials;

    /** A scan of {@code dsg}, a TDB2 dataset, in its current transaction. */
    FactScan(DatasetGraph dsg) {
        this.nodes = TDBInternal.getDatasetGraphTDB(dsg)
                .getQuadTable()
                .getNodeTupleTable()
                .getNodeTable();
        this.posg = TDBInternal.findIndex(dsg, "POSG");
        this.spog = TDBInternal.findIndex(dsg, "SPOG");
        for (Fact f : Fact.values()) {
            NodeId id = id(f.property);
            if (!NodeId.isDoesNotExist(id)) {
                facts.put(id, f);
            }
        }
        this.answerText = id(Qlod.Nodes.hasAnswerText);
        this.reallocationDate = id(Qlod.Nodes.reallocationDate);
        this.open = List.of(
                id(Qlod.status(Status.ANSWERED).asNode()),
                id(Qlod.status(Status.PENDING).asNode()));
        this.portfolios = objects(Qlod.Nodes.portfolio);
        this.officials = objects(OWL.sameAs.asNode());
    }

    /** The NodeId of {@code node} in the store, or {@link NodeId#NodeDoesNotExist}. */
    NodeId id(Node node) {
        return nodes.getNodeIdForNode(node);
    }

    /** The node of a NodeId this scan gave. */
    Node node(NodeId id) {
        return nodes.getNodeForNodeId(id);
    }

    /**
     * Hands each question's facts to {@code each}, one question at a time, filling the same
     * instance again for the next.
     *
     * @return the number of questions read
     */
    long forEach(Consumer<QuestionFacts> each) {
        NodeId type = id(RDF.Nodes.type);
        NodeId question = id(Qlod.Nodes.Question);
        if (NodeId.isDoesNotExist(type) || NodeId.isDoesNotExist(question)) {
            return 0;
        }
        QuestionFacts facts = new QuestionFacts();
        NodeId previous = null;
        long n = 0;
        Iterator<Tuple<NodeId>> typed = find(posg, ANY, type, question);
        while (typed.hasNext()) {
            NodeId q = typed.next().get(1);
            // POSG holds a question typed by several graphs in adjacent rows, one per graph
            if (q.equals(previous)) {
                continue;
            }
            previous = q;
            read(q, facts);
            each.accept(facts);
            n++;
        }
        return n;
    }

    private void read(NodeId q, QuestionFacts out) {
        out.clear(q);
        Iterator<Tuple<NodeId>> statements = find(spog, q, ANY, ANY);
        while (statements.hasNext()) {
            Tuple<NodeId> t = statements.next();
            Fact f = facts.get(t.get(2));
            if (f != null) {
                QuestionFacts.addDistinct(out.get(f), t.get(3));
            }
        }
        linked(out.get(Fact.ALLOCATED_TO), portfolios, out.ministries());
        linked(out.get(Fact.AUTHOR), officials, out.deputies());
        for (NodeId status : out.get(Fact.STATUS)) {
            if (!open.contains(status)) {
                out.closures().add(status);
            }
        }
        waiting(out);
        objects(out.get(Fact.ANSWER), answerText, out.answerTexts(), true);
        objects(out.get(Fact.ALLOCATION), reallocationDate, out.reallocations(), false);
    }

    /**
     * The objects of {@code property} for each of {@code subjects} into {@code out}: distinct over
     * all the subjects when {@code acrossSubjects}, else distinct for each subject (a value stated
     * by several graphs comes in adjacent rows of SPOG).
     */
    private void objects(List<NodeId> subjects, NodeId property, List<NodeId> out, boolean acrossSubjects) {
        if (NodeId.isDoesNotExist(property)) {
            return;
        }
        for (NodeId s : subjects) {
            NodeId previous = null;
            Iterator<Tuple<NodeId>> found = find(spog, s, property, ANY);
            while (found.hasNext()) {
                NodeId o = found.next().get(3);
                if (acrossSubjects) {
                    QuestionFacts.addDistinct(out, o);
                } else if (!o.equals(previous)) {
                    out.add(o);
                }
                previous = o;
            }
        }
    }

    /**
     * Sorts a question having a {@code qlod:overdueSince} into those waiting in the regular way,
     * as the mapping writes them (one {@code dcterms:issued} date, an overdueSince 62 days later,
     * no answer delay, withdrawal date or overdue month), and the others, irregular.
     */
    private void waiting(QuestionFacts out) {
        List<NodeId> since = out.get(Fact.OVERDUE_SINCE);
        if (since.isEmpty()) {
            return;
        }
        List<NodeId> asked = out.get(Fact.ASKED);
        boolean regular = since.size() == 1
                && asked.size() == 1
                && out.get(Fact.DELAY).isEmpty()
                && out.get(Fact.WITHDRAWAL_DATE).isEmpty()
                && out.get(Fact.OVERDUE_IN_MONTH).isEmpty();
        if (regular) {
            LocalDate day = date(since.get(0));
            LocalDate from = date(asked.get(0));
            NodeId month = day == null
                    ? null
                    : NodeIdInline.inline(
                            NodeFactory.createLiteralDT(day.withDayOfMonth(1).toString(), XSDDatatype.XSDdate));
            regular = from != null && day.equals(from.plusDays(OVERDUE_AFTER_DAYS)) && month != null;
            if (regular) {
                out.waiting(month, since.get(0));
            }
        }
        out.irregular(!regular);
    }

    /** The day of an xsd:date literal, or null for any other node. */
    private LocalDate date(NodeId id) {
        Node n = node(id);
        if (!n.isLiteral() || !XSDDatatype.XSDdate.equals(n.getLiteralDatatype())) {
            return null;
        }
        try {
            return LocalDate.parse(n.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Each of {@code from}'s linked values in {@code links}, or itself when it has none, into {@code out}. */
    private static void linked(List<NodeId> from, Map<NodeId, List<NodeId>> links, List<NodeId> out) {
        for (NodeId id : from) {
            List<NodeId> to = links.get(id);
            if (to == null) {
                out.add(id);
            } else {
                out.addAll(to);
            }
        }
    }

    /** The distinct objects of {@code property}, by subject. */
    private Map<NodeId, List<NodeId>> objects(Node property) {
        Map<NodeId, List<NodeId>> objects = new HashMap<>();
        NodeId p = id(property);
        if (NodeId.isDoesNotExist(p)) {
            return objects;
        }
        Iterator<Tuple<NodeId>> found = find(posg, ANY, p, ANY);
        while (found.hasNext()) {
            Tuple<NodeId> t = found.next();
            QuestionFacts.addDistinct(objects.computeIfAbsent(t.get(1), k -> new ArrayList<>(1)), t.get(3));
        }
        return objects;
    }

    /** The quads of any named graph matching a triple pattern, in the order of {@code index}. */
    private static Iterator<Tuple<NodeId>> find(TupleIndex index, NodeId s, NodeId p, NodeId o) {
        return index.find(TupleFactory.create4(ANY, s, p, o));
    }
}

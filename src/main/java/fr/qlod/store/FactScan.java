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
import java.util.Set;
import java.util.function.BiConsumer;
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
 * Reads the {@link QuestionFacts} of every {@code qlod:Question} of a store in one pass, as NodeIds:
 * each question's statements come together, so that no text is decoded and nothing of a question
 * outlives it (19 grouped SPARQL queries, each a scan of every question with its joins, took 50 s
 * of a 100k load). The named graphs are read as their union, a statement counting once whatever
 * graphs state it, as in the store's default graph. The portfolios of the ministries and the
 * {@code owl:sameAs} links of the name slugs, few, are read first into maps.
 *
 * <p>The statements come from a {@link Statements}: a TDB2 store's quad indexes ({@link #of}), or
 * the sorted tuples of a load into the empty store, before its indexes are written ({@link
 * LoadStatements}).
 */
final class FactScan {
    private static final NodeId ANY = NodeId.NodeIdAny;
    /** The days from a question's publication to its qlod:overdueSince: two months of 61 days, plus one. */
    private static final int OVERDUE_AFTER_DAYS = 62;

    /**
     * The properties a scan reads on subjects other than the questions: {@link Statements#objects}
     * and {@link Statements#statements} are asked for these alone.
     */
    static final Set<Node> LOOKED_UP =
            Set.of(Qlod.Nodes.portfolio, OWL.sameAs.asNode(), Qlod.Nodes.hasAnswerText, Qlod.Nodes.reallocationDate);

    /** Two NodeIds at a time: a statement's predicate and object, or its subject and object. */
    interface Pairs {
        void forEach(BiConsumer<NodeId, NodeId> each);
    }

    /**
     * The statements of a store's named graphs, as NodeIds, for a scan. A statement stated by several
     * graphs may come once per graph, in adjacent places.
     */
    interface Statements {
        /**
         * Hands each subject with the statement {@code rdf:type cls} to {@code each}, once and in
         * ascending NodeId order, with its statements' predicates and objects.
         */
        void typed(NodeId type, NodeId cls, BiConsumer<NodeId, Pairs> each);

        /** Hands the objects of {@code p} on {@code s} to {@code each}, ascending; {@code p} is one of {@link #LOOKED_UP}. */
        void objects(NodeId s, NodeId p, Consumer<NodeId> each);

        /** The subject and object of every statement of {@code p}, one of {@link #LOOKED_UP}. */
        Pairs statements(NodeId p);
    }

    private final NodeTable nodes;
    private final Statements statements;
    private final Map<NodeId, Fact> facts = new HashMap<>();
    private final NodeId answerText;
    private final NodeId reallocationDate;
    private final List<NodeId> open;
    private final Map<NodeId, List<NodeId>> portfolios;
    private final Map<NodeId, List<NodeId>> officials;

    /** A scan of {@code statements}, whose nodes are those of {@code nodes}. */
    FactScan(NodeTable nodes, Statements statements) {
        this.nodes = nodes;
        this.statements = statements;
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

    /**
     * A scan of {@code dsg}, a TDB2 dataset, in its current transaction: the questions come in
     * order from its POSG index, and each one's statements from one range of its SPOG index.
     */
    static FactScan of(DatasetGraph dsg) {
        NodeTable nodes = TDBInternal.getDatasetGraphTDB(dsg)
                .getQuadTable()
                .getNodeTupleTable()
                .getNodeTable();
        return new FactScan(
                nodes, new IndexStatements(TDBInternal.findIndex(dsg, "POSG"), TDBInternal.findIndex(dsg, "SPOG")));
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
        long[] n = {0};
        statements.typed(type, question, (q, own) -> {
            read(q, own, facts);
            each.accept(facts);
            n[0]++;
        });
        return n[0];
    }

    private void read(NodeId q, Pairs own, QuestionFacts out) {
        out.clear(q);
        own.forEach((p, o) -> {
            Fact f = facts.get(p);
            if (f != null) {
                QuestionFacts.addDistinct(out.get(f), o);
            }
        });
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
     * by several graphs comes in adjacent places).
     */
    private void objects(List<NodeId> subjects, NodeId property, List<NodeId> out, boolean acrossSubjects) {
        if (NodeId.isDoesNotExist(property)) {
            return;
        }
        for (NodeId s : subjects) {
            NodeId[] previous = {null};
            statements.objects(s, property, o -> {
                if (acrossSubjects) {
                    QuestionFacts.addDistinct(out, o);
                } else if (!o.equals(previous[0])) {
                    out.add(o);
                }
                previous[0] = o;
            });
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
        if (!NodeId.isDoesNotExist(p)) {
            statements
                    .statements(p)
                    .forEach((s, o) ->
                            QuestionFacts.addDistinct(objects.computeIfAbsent(s, k -> new ArrayList<>(1)), o));
        }
        return objects;
    }

    /** A TDB2 store's statements, read from its POSG and SPOG indexes in the caller's transaction. */
    private record IndexStatements(TupleIndex posg, TupleIndex spog) implements Statements {
        @Override
        public void typed(NodeId type, NodeId cls, BiConsumer<NodeId, Pairs> each) {
            NodeId previous = null;
            Iterator<Tuple<NodeId>> typed = find(posg, ANY, type, cls);
            while (typed.hasNext()) {
                NodeId s = typed.next().get(1);
                // POSG holds a subject typed by several graphs in adjacent rows, one per graph
                if (s.equals(previous)) {
                    continue;
                }
                previous = s;
                each.accept(s, po -> find(spog, s, ANY, ANY).forEachRemaining(t -> po.accept(t.get(2), t.get(3))));
            }
        }

        @Override
        public void objects(NodeId s, NodeId p, Consumer<NodeId> each) {
            find(spog, s, p, ANY).forEachRemaining(t -> each.accept(t.get(3)));
        }

        @Override
        public Pairs statements(NodeId p) {
            return so -> find(posg, ANY, p, ANY).forEachRemaining(t -> so.accept(t.get(1), t.get(3)));
        }

        /** The quads of any named graph matching a triple pattern, in the order of {@code index}. */
        private static Iterator<Tuple<NodeId>> find(TupleIndex index, NodeId s, NodeId p, NodeId o) {
            return index.find(TupleFactory.create4(ANY, s, p, o));
        }
    }
}

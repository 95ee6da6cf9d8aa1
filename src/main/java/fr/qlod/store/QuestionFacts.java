package fr.qlod.store;

import fr.qlod.mapping.Qlod;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.vocabulary.DCTerms;

/**
 * What the statistics count of one question, as TDB2 NodeIds: the objects of each property it
 * is read from ({@link Fact}), each value once however many named graphs state it, and the values
 * worked out from them as the statistics define them: the ministries (each allocated body's
 * portfolios, or the body when it has none, one per body), the deputies (each author's
 * {@code owl:sameAs} targets, or the author when it has none, one per author), the statuses that
 * closed it without an answer (all but answered and pending), the distinct answer texts and the
 * dates of its changes of attribution. One instance is filled again for each question by {@link FactScan}.
 */
final class QuestionFacts {
    /** The properties read from a question, each giving a list of values. */
    enum Fact {
        ALLOCATED_TO(Qlod.Nodes.currentlyAllocatedTo),
        AUTHOR(Qlod.Nodes.askedBy),
        GROUP(Qlod.Nodes.groupAtQuestionTime),
        RUBRIQUE(Qlod.Nodes.rubrique),
        YEAR(Qlod.Nodes.publicationYear),
        LEGISLATURE(Qlod.Nodes.legislature),
        DEPARTEMENT(Qlod.Nodes.authorDepartement),
        STATUS(Qlod.Nodes.status),
        CLOSURE_CODE(Qlod.Nodes.closureCode),
        WITHDRAWAL_REASON(Qlod.Nodes.withdrawalReason),
        WITHDRAWAL_DATE(Qlod.Nodes.withdrawalDate),
        DELAY(Qlod.Nodes.answerDelayDays),
        WITHIN_TWO_MONTHS(Qlod.Nodes.answeredWithinTwoMonths),
        ANSWER(Qlod.Nodes.answer),
        ALLOCATION(Qlod.Nodes.allocation),
        ASKED(DCTerms.issued.asNode()),
        OVERDUE_SINCE(Qlod.Nodes.overdueSince),
        OVERDUE_IN_MONTH(Qlod.Nodes.overdueInMonth);

        final Node property;

        Fact(Node property) {
            this.property = property;
        }
    }

    private final Map<Fact, List<NodeId>> values = new EnumMap<>(Fact.class);
    private NodeId question;
    private final List<NodeId> ministries = new ArrayList<>();
    private final List<NodeId> waitingMinistries = new ArrayList<>();
    private final List<NodeId> waitingMonth = new ArrayList<>();
    private final List<NodeId> waitingDay = new ArrayList<>();
    private boolean irregular;
    private final List<NodeId> deputies = new ArrayList<>();
    private final List<NodeId> closures = new ArrayList<>();
    private final List<NodeId> answerTexts = new ArrayList<>();
    private final List<NodeId> reallocations = new ArrayList<>();

    QuestionFacts() {
        for (Fact f : Fact.values()) {
            values.put(f, new ArrayList<>());
        }
    }

    /** The question these facts are of. */
    NodeId question() {
        return question;
    }

    /** The distinct objects of the fact's property. */
    List<NodeId> get(Fact fact) {
        return values.get(fact);
    }

    /** The ministries at the level of their portfolio, one per allocated body (and per portfolio of it). */
    List<NodeId> ministries() {
        return ministries;
    }

    /** The deputies by their official IRI when a name slug is linked to it, one per author (and per link). */
    List<NodeId> deputies() {
        return deputies;
    }

    /** Its statuses other than answered and pending: those of a question closed without an answer. */
    List<NodeId> closures() {
        return closures;
    }

    /** The distinct answer texts of the question's answers. */
    List<NodeId> answerTexts() {
        return answerTexts;
    }

    /**
     * The dates of its changes of attribution: each allocation's {@code qlod:reallocationDate}, once
     * per allocation and date.
     */
    List<NodeId> reallocations() {
        return reallocations;
    }

    /**
     * The distinct ministries of a question still waiting in the regular way (one publication
     * date, one {@code qlod:overdueSince} 62 days after it, no answer delay, withdrawal date or
     * overdue month), empty for any other.
     */
    List<NodeId> waitingMinistries() {
        return waitingMinistries;
    }

    /** The first day of the month of its {@code qlod:overdueSince}, as an inline NodeId, for a question waiting in the regular way. */
    List<NodeId> waitingMonth() {
        return waitingMonth;
    }

    /** Its {@code qlod:overdueSince}, for a question waiting in the regular way. */
    List<NodeId> waitingDay() {
        return waitingDay;
    }

    /** Whether it has a {@code qlod:overdueSince} but does not wait in the regular way (see {@link #waitingMinistries}). */
    boolean irregular() {
        return irregular;
    }

    void waiting(NodeId month, NodeId day) {
        waitingMonth.add(month);
        waitingDay.add(day);
        ministries.forEach(m -> addDistinct(waitingMinistries, m));
    }

    void irregular(boolean irregular) {
        this.irregular = irregular;
    }

    void clear(NodeId question) {
        this.question = question;
        values.values().forEach(List::clear);
        ministries.clear();
        deputies.clear();
        closures.clear();
        answerTexts.clear();
        reallocations.clear();
        waitingMinistries.clear();
        waitingMonth.clear();
        waitingDay.clear();
        irregular = false;
    }

    /** Adds {@code value} to {@code list} unless it is there already (a statement made in two graphs). */
    static void addDistinct(List<NodeId> list, NodeId value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}

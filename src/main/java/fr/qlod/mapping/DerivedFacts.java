package fr.qlod.mapping;

import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Question;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Facts about a question that queries and pages would otherwise compute from its other
 * statements at every request, worked out once at conversion: the delay of its first answer in
 * days, whether it was answered within the two months the Règlement gives, its year of
 * publication, the département of its author's constituency, the months it was overdue (waiting
 * more than two months) and, on each change of attribution, its date and the allocation it
 * replaced. They restate what the record already says, so they are written into the question's
 * own graph and change with it.
 *
 * <p>Inverted dates are kept as they come: an answer published before its question gives a
 * negative delay, which a query can find and report.
 */
final class DerivedFacts {
    /**
     * The Règlement's month plus its month of extension (art. 135), counted as the shipped
     * queries always have: at most 61 days.
     */
    static final int TWO_MONTHS_DAYS = 61;

    private final Uris uris;
    private final Directory directory;

    DerivedFacts(MappingContext context) {
        this.uris = context.uris();
        this.directory = context.directory();
    }

    /** Writes the derived facts of {@code q}, whose node is {@code question}, to its graph. */
    void emit(GraphWriter w, Node question, Question q) {
        LocalDate asked = q.published() == null ? null : q.published().date();
        if (asked != null) {
            w.integer(question, Qlod.Nodes.publicationYear, asked.getYear());
        }
        Long delay = answerDelayDays(q);
        if (delay != null) {
            w.integer(question, Qlod.Nodes.answerDelayDays, Math.toIntExact(delay));
        }
        Boolean within = answeredWithinTwoMonths(q);
        if (within != null) {
            w.bool(question, Qlod.Nodes.answeredWithinTwoMonths, within);
        }
        authorConstituency(q, asked)
                .ifPresent(c -> w.link(question, Qlod.Nodes.authorDepartement, Places.departementIri(uris, c)));
        if (asked != null) {
            LocalDate end = waitEnd(q);
            if (end == null) {
                w.date(question, Qlod.Nodes.overdueSince, overdueFrom(asked));
            } else {
                for (YearMonth m : overdueMonths(asked, end)) {
                    w.add(
                            question,
                            Qlod.Nodes.overdueInMonth,
                            NodeFactory.createLiteralDT(m.toString(), XSDDatatype.XSDgYearMonth));
                }
            }
        }
        allocations(w, q, asked);
    }

    /** The first day on which a question published on {@code asked} has waited more than two months. */
    static LocalDate overdueFrom(LocalDate asked) {
        return asked.plusDays(TWO_MONTHS_DAYS + 1);
    }

    /**
     * The day the question stopped waiting: its first answer's publication or its withdrawal,
     * whichever came first; null while neither is known.
     */
    static LocalDate waitEnd(Question q) {
        LocalDate end =
                q.answers().isEmpty() ? null : q.answers().get(0).publication().date();
        Closure c = q.closure();
        if (c != null
                && c.status().isWithdrawn()
                && c.date() != null
                && (end == null || c.date().isBefore(end))) {
            end = c.date();
        }
        return end;
    }

    /**
     * The months having a day on which a question published on {@code asked} and waiting until
     * {@code end} (excluded) had waited more than two months: from the month of {@link
     * #overdueFrom} to that of the day before {@code end}; none when it stopped waiting in time.
     */
    static List<YearMonth> overdueMonths(LocalDate asked, LocalDate end) {
        List<YearMonth> months = new ArrayList<>();
        LocalDate from = overdueFrom(asked);
        if (!end.isAfter(from)) {
            return months;
        }
        YearMonth last = YearMonth.from(end.minusDays(1));
        for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * Each allocation dated after the question's publication is a change of attribution: its date
     * again as {@code qlod:reallocationDate}, and the allocations it replaced (the latest dated
     * before it) as {@code qlod:previousAllocation}.
     */
    private void allocations(GraphWriter w, Question q, LocalDate asked) {
        List<Allocation> all = q.allocations();
        for (int i = 0; i < all.size(); i++) {
            LocalDate on = all.get(i).date();
            if (asked == null || on == null || !on.isAfter(asked)) {
                continue;
            }
            Node change = GraphWriter.iri(uris.allocation(q.id(), i + 1));
            w.date(change, Qlod.Nodes.reallocationDate, on);
            for (int j : previousAllocations(all, on)) {
                w.link(change, Qlod.Nodes.previousAllocation, uris.allocation(q.id(), j + 1));
            }
        }
    }

    /** The indexes of the allocations with the latest date before {@code on}; none when no allocation is dated before it. */
    static List<Integer> previousAllocations(List<Allocation> all, LocalDate on) {
        LocalDate latest = null;
        for (Allocation a : all) {
            if (a.date() != null
                    && a.date().isBefore(on)
                    && (latest == null || a.date().isAfter(latest))) {
                latest = a.date();
            }
        }
        List<Integer> previous = new ArrayList<>();
        for (int i = 0; latest != null && i < all.size(); i++) {
            if (latest.equals(all.get(i).date())) {
                previous.add(i);
            }
        }
        return previous;
    }

    /** Days from the question's JO publication to its first answer's; null when either is unknown. */
    static Long answerDelayDays(Question q) {
        if (q.published() == null || q.answers().isEmpty()) {
            return null;
        }
        Answer first = q.answers().get(0);
        return ChronoUnit.DAYS.between(q.published().date(), first.publication().date());
    }

    /**
     * True when the first answer came within {@value #TWO_MONTHS_DAYS} days, false when it came
     * later or when the question was closed without an answer; null while a question is pending
     * (it may still be answered in time) or when its publication date is unknown.
     */
    static Boolean answeredWithinTwoMonths(Question q) {
        Long delay = answerDelayDays(q);
        if (delay != null) {
            return delay <= TWO_MONTHS_DAYS;
        }
        if (q.published() != null && q.status().isWithdrawn()) {
            return false;
        }
        return null;
    }

    /**
     * The constituency the question names, else that of the mandate the source says it was asked
     * under, else that of the author's deputy mandate on the question's date (AMO).
     */
    private Optional<Constituency> authorConstituency(Question q, LocalDate asked) {
        if (q.constituency() != null) {
            return Optional.of(q.constituency());
        }
        Author a = q.author();
        if (a == null) {
            return Optional.empty();
        }
        if (a.mandateId() != null) {
            Optional<Constituency> given = directory.mandate(a.mandateId()).map(m -> m.constituency());
            if (given.isPresent()) {
                return given;
            }
        }
        if (asked == null) {
            return Optional.empty();
        }
        // the author as the question's own mapping resolves it (name, legislature, date), not by name alone
        Optional<String> actor = a.personId() != null
                ? Optional.of(a.personId())
                : Optional.ofNullable(directory
                        .deputy(a.fullName(), q.id().legislature(), asked, null)
                        .resolved());
        return actor.flatMap(id -> directory.deputyMandateOn(id, asked)).map(m -> m.constituency());
    }
}

package fr.qlod.rdf;

import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Constituency;
import fr.qlod.model.Question;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apache.jena.graph.Node;

/**
 * Facts about a question that queries and pages would otherwise compute from its other
 * statements at every request, worked out once at conversion: the delay of its first answer in
 * days, whether it was answered within the two months the Règlement gives, its year of
 * publication and the département of its author's constituency. They restate what the record
 * already says, so they are written into the question's own graph and change with it.
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

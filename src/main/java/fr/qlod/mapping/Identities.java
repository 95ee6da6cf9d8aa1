package fr.qlod.mapping;

import fr.qlod.model.Author;
import fr.qlod.model.GroupRef;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Question;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Resolves the author, group and ministries a question's source prints to the official ids of
 * the AMO directory, at the question's date, and reports each resolution to the context: one
 * IRI per real person, group and ministry organ, whatever the source.
 */
final class Identities {
    private final MappingContext context;
    private final Directory directory;

    Identities(MappingContext context) {
        this.context = context;
        this.directory = context.directory();
    }

    /**
     * The author's actor id: the one the source gives, else the one deputy the directory finds
     * for the printed name, legislature, date and département; empty when none or several.
     */
    Optional<String> author(Question q) {
        Author a = q.author();
        if (a.personId() != null) {
            report(Resolution.Kind.AUTHOR, Match.resolved(a.personId()), q, a.fullName());
            return Optional.of(a.personId());
        }
        Match match = directory.deputy(a.fullName(), q.id().legislature(), day(q), q.constituency());
        report(Resolution.Kind.AUTHOR, match, q, a.fullName());
        return Optional.ofNullable(match.resolved());
    }

    /**
     * The author's group on the question's date: from the author's GP mandate in force then,
     * else the source's organ id (a placeholder such as {@code POnull} counts as none), else the
     * printed name or abbreviation matched to a GP organ of the legislature in force then.
     *
     * @param actor the resolved author, or empty
     * @return the organ id, or empty when the directory knows none
     */
    Optional<String> group(Question q, Optional<String> actor) {
        GroupRef g = q.group();
        LocalDate day = day(q);
        Optional<String> byMandate = actor.flatMap(id -> day == null ? Optional.empty() : directory.groupOn(id, day));
        String printed = g == null ? null : g.label();
        if (byMandate.isPresent()) {
            report(Resolution.Kind.GROUP, Match.resolved(byMandate.get()), q, printed);
            return byMandate;
        }
        if (g == null) {
            if (actor.isPresent()) {
                report(Resolution.Kind.GROUP, Match.NONE, q, null);
            }
            return Optional.empty();
        }
        if (Uris.isOrganId(g.organId())) {
            report(Resolution.Kind.GROUP, Match.resolved(g.organId()), q, printed);
            return Optional.of(g.organId());
        }
        Match match =
                g.abbreviation() != null ? directory.group(g.abbreviation(), q.id().legislature(), day) : Match.NONE;
        if (!match.isResolved() && g.name() != null) {
            Match byName = directory.group(g.name(), q.id().legislature(), day);
            match = byName.isResolved() || match.candidates().isEmpty() ? byName : match;
        }
        report(Resolution.Kind.GROUP, match, q, printed);
        return Optional.ofNullable(match.resolved());
    }

    /**
     * The ministry organ a name meant on a day: the source's organ id, else the organ bearing the
     * name then. Empty when the day is unknown or no organ, or several, fit.
     */
    Optional<String> ministry(Question q, MinistryRef m, LocalDate day) {
        if (Uris.isOrganId(m.organId())) {
            report(Resolution.Kind.MINISTRY, Match.resolved(m.organId()), q, m.name());
            return Optional.of(m.organId());
        }
        Match match = day == null ? Match.NONE : directory.ministry(m.name(), day);
        report(Resolution.Kind.MINISTRY, match, q, m.name());
        return Optional.ofNullable(match.resolved());
    }

    private void report(Resolution.Kind kind, Match match, Question q, String printed) {
        context.resolved(Resolution.of(kind, match, q, printed));
    }

    private static LocalDate day(Question q) {
        return q.published() == null ? null : q.published().date();
    }
}

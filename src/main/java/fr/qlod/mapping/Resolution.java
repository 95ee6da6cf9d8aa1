package fr.qlod.mapping;

import fr.qlod.model.SourceFormat;
import java.util.List;
import java.util.Objects;

/**
 * How one author, group or ministry printed by a question's source was resolved against the AMO
 * directory at conversion, as a {@link ResolutionReport} counts and lists it.
 *
 * @param kind       author, group or ministry
 * @param outcome    resolved to one official id, ambiguous among several, or unknown
 * @param record     the question's uid
 * @param format     the source format of the question
 * @param printed    the name as the source prints it
 * @param resolved   the official id when resolved, else null
 * @param candidates the ids considered (several when ambiguous; for an unknown name, those bearing it), possibly empty
 */
public record Resolution(
        Kind kind,
        Outcome outcome,
        String record,
        SourceFormat format,
        String printed,
        String resolved,
        List<String> candidates) {
    /** What was resolved. */
    public enum Kind {
        AUTHOR,
        GROUP,
        MINISTRY
    }

    /** How it ended. */
    public enum Outcome {
        RESOLVED,
        AMBIGUOUS,
        UNKNOWN
    }

    public Resolution {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(format, "format");
        candidates = List.copyOf(candidates);
    }

    static Resolution of(Kind kind, Match match, fr.qlod.model.Question q, String printed) {
        return new Resolution(
                kind, match.outcome(), q.key(), q.origin().format(), printed, match.resolved(), match.candidates());
    }
}

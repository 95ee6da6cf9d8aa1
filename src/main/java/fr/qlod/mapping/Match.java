package fr.qlod.mapping;

import java.util.List;
import java.util.Objects;

/**
 * What the {@link Directory} found for a name printed by a source: the official ids that fit, and
 * the one chosen when exactly one fits.
 *
 * @param outcome    resolved (exactly one fits), ambiguous (several fit) or unknown (none fits)
 * @param resolved   the official id ({@code PA…}, {@code PO…}) when resolved, else null
 * @param candidates the ids that fit; for an unknown one, those that bear the name without fitting; sorted
 */
record Match(Resolution.Outcome outcome, String resolved, List<String> candidates) {
    static final Match NONE = new Match(Resolution.Outcome.UNKNOWN, null, List.of());

    Match {
        Objects.requireNonNull(outcome, "outcome");
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
    }

    static Match resolved(String id) {
        return new Match(Resolution.Outcome.RESOLVED, id, List.of(id));
    }

    /** The one id that fits, else ambiguous among those that fit, else unknown with the near misses as candidates. */
    static Match among(List<String> fitting, List<String> nearMisses) {
        List<String> fit = fitting.stream().distinct().sorted().toList();
        if (fit.size() == 1) {
            return resolved(fit.get(0));
        }
        if (fit.size() > 1) {
            return new Match(Resolution.Outcome.AMBIGUOUS, null, fit);
        }
        return new Match(
                Resolution.Outcome.UNKNOWN,
                null,
                nearMisses.stream().distinct().sorted().toList());
    }

    boolean isResolved() {
        return resolved != null;
    }
}

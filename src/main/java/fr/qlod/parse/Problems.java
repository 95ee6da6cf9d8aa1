package fr.qlod.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the faults of individual documents under an {@link ErrorPolicy}: in strict mode the
 * first fault is thrown; otherwise each is passed to a listener and kept, up to a cap, for the
 * final summary.
 */
public final class Problems {
    private static final int KEPT = 1000;

    private final ErrorPolicy policy;
    private final Consumer<SourceFormatException> listener;
    private final List<SourceFormatException> kept = new ArrayList<>();
    private long count;

    public Problems(ErrorPolicy policy, Consumer<SourceFormatException> listener) {
        this.policy = policy;
        this.listener = listener;
    }

    /** Problems that throw at the first fault. */
    public static Problems strict() {
        return new Problems(ErrorPolicy.STRICT, e -> {});
    }

    /** Reports one fault; throws it in strict mode. */
    public void report(SourceFormatException e) {
        count++;
        if (policy == ErrorPolicy.STRICT) {
            throw e;
        }
        if (kept.size() < KEPT) {
            kept.add(e);
        }
        listener.accept(e);
    }

    public long count() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** The first faults reported (at most a thousand). */
    public List<SourceFormatException> kept() {
        return Collections.unmodifiableList(kept);
    }
}

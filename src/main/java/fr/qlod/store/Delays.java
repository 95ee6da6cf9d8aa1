package fr.qlod.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one definition of the answer-delay figures, shared by the statistics graph ({@link
 * Statistics}) and the pages that count them from question rows when no slice exists: the delay
 * buckets (up to 30 days, 31–61, 62–91, 92–182, 183–365, 366 and more: one, two, three, six and
 * twelve months, the second ending where {@code qlod:answeredWithinTwoMonths} does) and the exact
 * median (the mean of the two middle delays for an even count).
 *
 * <pre>
 * Delays d = new Delays();
 * d.add(10, 1);
 * d.add(75, 1);
 * d.median();      // 42.5
 * d.buckets();     // {1, 0, 1, 0, 0, 0}
 * </pre>
 */
public final class Delays {
    /** Upper bounds (inclusive, in days) of the delay buckets; the last bucket is open, the first counts negative delays too. */
    static final int[] BOUNDS = {30, 61, 91, 182, 365};

    private final TreeMap<Long, Long> counts = new TreeMap<>();
    private long answered;
    private long total;

    /** Counts {@code n} answers given {@code days} after their question. */
    public void add(long days, long n) {
        counts.merge(days, n, Long::sum);
        answered += n;
        total += days * n;
    }

    /** How many delays were counted. */
    public long count() {
        return answered;
    }

    /** The number of buckets: {@link #lowerBound} and {@link #upperBound} give their limits. */
    public static int bucketCount() {
        return BOUNDS.length + 1;
    }

    /** The smallest delay of bucket {@code i}, or null for the first (which also counts negative delays). */
    public static Integer lowerBound(int i) {
        return i == 0 ? null : BOUNDS[i - 1] + 1;
    }

    /** The largest delay of bucket {@code i}, or null for the last. */
    public static Integer upperBound(int i) {
        return i < BOUNDS.length ? BOUNDS[i] : null;
    }

    /** How many delays fall in each bucket, in order. */
    public long[] buckets() {
        long[] out = new long[bucketCount()];
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            int i = 0;
            while (i < BOUNDS.length && e.getKey() > BOUNDS[i]) {
                i++;
            }
            out[i] += e.getValue();
        }
        return out;
    }

    /** The exact median, or null when no delay was counted. */
    public BigDecimal median() {
        if (answered == 0) {
            return null;
        }
        return BigDecimal.valueOf(nth((answered - 1) / 2) + nth(answered / 2)).divide(BigDecimal.valueOf(2));
    }

    /** The mean, or null when no delay was counted. */
    public BigDecimal mean() {
        return answered == 0
                ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(answered), MathContext.DECIMAL64);
    }

    /** The delay of rank {@code i} (from 0) in increasing order. */
    private long nth(long i) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (seen > i) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("rank " + i + " past " + seen + " delays");
    }
}

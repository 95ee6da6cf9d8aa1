package fr.qlod.store;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

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

    /**
     * The distinct delays in increasing order, {@code size} of them, and how many answers took each:
     * a slice has a few distinct delays, a year or a legislature some thousands, and most answers
     * fall on a delay seen already (a binary search, no boxed entry to allocate or update).
     */
    private long[] days = new long[4];

    private long[] counts = new long[4];
    private int size;
    private long answered;
    private long total;

    /** Counts {@code n} answers given {@code days} after their question. */
    public void add(long days, long n) {
        int i = Arrays.binarySearch(this.days, 0, size, days);
        if (i >= 0) {
            counts[i] += n;
        } else {
            i = -i - 1;
            if (size == this.days.length) {
                this.days = Arrays.copyOf(this.days, 2 * size);
                counts = Arrays.copyOf(counts, 2 * size);
            }
            System.arraycopy(this.days, i, this.days, i + 1, size - i);
            System.arraycopy(counts, i, counts, i + 1, size - i);
            this.days[i] = days;
            counts[i] = n;
            size++;
        }
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
        int b = 0;
        for (int k = 0; k < size; k++) {
            while (b < BOUNDS.length && days[k] > BOUNDS[b]) {
                b++;
            }
            out[b] += counts[k];
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
        for (int k = 0; k < size; k++) {
            seen += counts[k];
            if (seen > i) {
                return days[k];
            }
        }
        throw new IllegalStateException("rank " + i + " past " + seen + " delays");
    }
}

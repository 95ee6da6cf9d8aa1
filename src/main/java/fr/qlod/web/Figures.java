package fr.qlod.web;

import fr.qlod.store.Delays;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a set of questions: how many, the share answered, the share answered within the
 * two months of the Règlement, the median delay, the questions per year and the histogram of delays,
 * with the buckets and median of {@link Delays}, whether they come from the statistics graph
 * ({@link SliceFigures}) or from the question rows. {@code fromStatistics} says which.
 */
record Figures(
        long count,
        String answeredShare,
        String withinShare,
        String medianDelay,
        Chart perYear,
        Chart delays,
        boolean fromStatistics) {
    /** The figures counted from the rows (a remote store, a subject without a slice in the statistics graph). */
    static Figures of(List<QuestionRow> rows, Chrome chrome) {
        long answered = 0;
        long within = 0;
        Delays delays = new Delays();
        Map<Integer, Long> perYear = new TreeMap<>();
        for (QuestionRow r : rows) {
            if (r.answered()) {
                answered++;
            }
            if (r.delay() != null) {
                delays.add(r.delay(), 1);
                if (!Dates.late(r.delay())) {
                    within++;
                }
            }
            if (r.year() != null) {
                perYear.merge(r.year(), 1L, Long::sum);
            }
        }
        return of(
                rows.size(),
                answered,
                within,
                delays.median(),
                delays.count() == 0 ? null : delays.buckets(),
                perYear,
                chrome,
                false);
    }

    /**
     * The figures of these counts.
     *
     * @param buckets the number of delays in each bucket of {@link Delays}, or null when none was counted
     */
    static Figures of(
            long count,
            long answered,
            long within,
            BigDecimal median,
            long[] buckets,
            Map<Integer, Long> perYear,
            Chrome chrome,
            boolean fromStatistics) {
        Map<String, Long> histogram = new LinkedHashMap<>();
        if (buckets != null) {
            for (int i = 0; i < buckets.length; i++) {
                histogram.put(bucketLabel(i), buckets[i]);
            }
        }
        Map<String, Long> years = new LinkedHashMap<>();
        new TreeMap<>(perYear).forEach((y, n) -> years.put(String.valueOf(y), n));
        return new Figures(
                count,
                share(answered, count),
                share(within, count),
                median == null ? null : number(median, chrome.lang()),
                Chart.of("per-year", chrome.t("subject.perYear"), chrome.t("col.year"), years),
                Chart.of("delays", chrome.t("subject.histogram"), chrome.t("col.range"), histogram),
                fromStatistics);
    }

    /** The label of bucket {@code i} of {@link Delays}: "≤ 30", "31–61"…, "> 365". */
    static String bucketLabel(int i) {
        Integer from = Delays.lowerBound(i);
        Integer to = Delays.upperBound(i);
        if (from == null) {
            return "≤ " + to;
        }
        return to == null ? "> " + (from - 1) : from + "–" + to;
    }

    private static String number(BigDecimal d, String lang) {
        String plain = d.stripTrailingZeros().toPlainString();
        return "en".equals(lang) ? plain : plain.replace('.', ',');
    }

    private static String share(long part, long whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
    }
}

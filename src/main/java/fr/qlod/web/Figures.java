package fr.qlod.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a set of questions: how many, the share answered, the share answered within the
 * two months of the Règlement, the median delay, the questions per year and the histogram of delays.
 */
record Figures(int count, String answeredShare, String withinShare, Long medianDelay, Chart perYear, Chart delays) {
    /** The upper bounds (in days, inclusive) of the delay histogram's bins; the last bin is open. */
    static final int[] BINS = {30, 60, 90, 180, 365};

    static Figures of(List<QuestionRow> rows, Chrome chrome) {
        int answered = 0;
        int within = 0;
        List<Long> delays = new ArrayList<>();
        Map<String, Long> perYear = new TreeMap<>();
        for (QuestionRow r : rows) {
            if (r.answered()) {
                answered++;
                if (!r.late()) {
                    within++;
                }
            }
            if (r.delay() != null) {
                delays.add(r.delay());
            }
            if (r.year() != null) {
                perYear.merge(String.valueOf(r.year()), 1L, Long::sum);
            }
        }
        delays.sort(null);
        Long median = delays.isEmpty() ? null : delays.get(delays.size() / 2);
        Map<String, Long> histogram = new LinkedHashMap<>();
        int low = 0;
        for (int bound : BINS) {
            histogram.put(low + "–" + bound, 0L);
            low = bound + 1;
        }
        histogram.put("> " + BINS[BINS.length - 1], 0L);
        List<String> bins = new ArrayList<>(histogram.keySet());
        for (long d : delays) {
            int i = 0;
            while (i < BINS.length && d > BINS[i]) {
                i++;
            }
            histogram.merge(bins.get(i), 1L, Long::sum);
        }
        return new Figures(
                rows.size(),
                share(answered, rows.size()),
                share(within, rows.size()),
                median,
                Chart.of("per-year", chrome.t("subject.perYear"), chrome.t("col.year"), perYear),
                Chart.of(
                        "delays",
                        chrome.t("subject.histogram"),
                        chrome.t("col.range"),
                        delays.isEmpty() ? Map.of() : histogram));
    }

    private static String share(int part, int whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + " %";
    }
}

package fr.qlod.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A bar chart drawn as SVG on the server (no script, no network), with its title and description
 * for screen readers and its numbers as a table beside it.
 */
record Chart(String id, String title, String description, String column, List<Bar> bars, int width, int height) {
    static final int HEIGHT = 160;
    private static final int BAR = 44;
    private static final int GAP = 6;
    private static final int AXIS = 18;

    /** One bar: its label, its value and where it is drawn. */
    record Bar(String label, long value, int x, int y, int width, int height) {
        int labelX() {
            return x + width / 2;
        }
    }

    Chart {
        bars = List.copyOf(bars);
    }

    /** The chart of these values in this order; bars scaled to the largest. */
    static Chart of(String id, String title, String column, Map<String, Long> values) {
        long max = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int x = GAP;
        int plot = HEIGHT - AXIS - 14;
        for (Map.Entry<String, Long> e : values.entrySet()) {
            int h = max == 0 ? 0 : (int) Math.round((double) e.getValue() * plot / max);
            bars.add(new Bar(e.getKey(), e.getValue(), x, HEIGHT - AXIS - h, BAR, h));
            x += BAR + GAP;
        }
        StringBuilder description = new StringBuilder();
        values.forEach((k, v) -> description
                .append(description.length() == 0 ? "" : ", ")
                .append(k)
                .append(" : ")
                .append(v));
        return new Chart(id, title, description.toString(), column, bars, Math.max(x, 120), HEIGHT);
    }

    int axisY() {
        return height - AXIS + 12;
    }

    boolean isEmpty() {
        return bars.isEmpty();
    }
}

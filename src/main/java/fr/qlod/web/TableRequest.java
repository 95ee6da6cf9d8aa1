package fr.qlod.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** How a table of questions is asked for: its sort ({@code sort=date}, {@code sort=-delay}…) and page ({@code qpage}). */
record TableRequest(String sort, int page) {
    static final String DEFAULT_SORT = "-date";
    static final int PAGE_SIZE = 25;
    /** The sortable columns, in table order. */
    static final List<String> COLUMNS = List.of("date", "type", "subject", "ministry", "status", "delay");

    private static final Map<String, Function<QuestionRow, Comparable<?>>> KEYS = Map.of(
            "date", QuestionRow::date,
            "delay", QuestionRow::delay,
            "subject", r -> lower(r.subject()),
            "ministry", r -> r.ministry() == null ? null : lower(r.ministry().text()),
            "status", r -> r.status() == null ? null : lower(r.status().text()),
            "type", r -> lower(r.type().text()));

    static TableRequest of(HttpServletRequest req) {
        String sort = req.getParameter("sort");
        if (sort == null || !KEYS.containsKey(column(sort))) {
            sort = DEFAULT_SORT;
        }
        int page;
        try {
            String p = req.getParameter("qpage");
            page = p == null ? 0 : Math.max(0, Math.min(Integer.parseInt(p), 100_000));
        } catch (NumberFormatException e) {
            page = 0;
        }
        return new TableRequest(sort, page);
    }

    private static String column(String sort) {
        return sort.startsWith("-") ? sort.substring(1) : sort;
    }

    String column() {
        return column(sort);
    }

    boolean descending() {
        return sort.startsWith("-");
    }

    /** The rows sorted, empty values last either way, ties broken by the IRI so that pages never overlap. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<QuestionRow> sorted(List<QuestionRow> rows) {
        Function<QuestionRow, Comparable> key = (Function) KEYS.get(column());
        Comparator<Comparable> order = descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<QuestionRow> c = Comparator.comparing(key, Comparator.nullsLast(order));
        return rows.stream().sorted(c.thenComparing(QuestionRow::iri)).toList();
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}

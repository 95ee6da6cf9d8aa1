package fr.qlod.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a sorted table of questions: its column headers (each a link sorting by it, the other
 * way when it is the current sort), its rows and its pager.
 */
record QuestionTable(List<Header> headers, List<QuestionRow> rows, Pager pager, int total, int first) {
    /** A column header: its label, the link that sorts by it, and "ascending"/"descending" when sorted by it. */
    record Header(String key, String label, String href, String sorted) {}

    QuestionTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * The page the request asks for of these rows, already in the request's order ({@link
     * TableRequest#sorted}); {@code base} is the page's address ending in ? or &.
     */
    static QuestionTable ofSorted(List<QuestionRow> sorted, TableRequest req, String base, Chrome chrome) {
        int from = Math.min(sorted.size(), req.page() * TableRequest.PAGE_SIZE);
        int to = Math.min(sorted.size(), from + TableRequest.PAGE_SIZE);
        return of(sorted.subList(from, to), sorted.size(), req, base, chrome);
    }

    /** The page the request asks for, of which {@code rows} are the rows, out of {@code total}. */
    static QuestionTable of(List<QuestionRow> rows, int total, TableRequest req, String base, Chrome chrome) {
        List<Header> headers = new ArrayList<>();
        for (String column : TableRequest.COLUMNS) {
            boolean current = column.equals(req.column());
            String next = current && !req.descending() ? "-" + column : column;
            headers.add(new Header(
                    column,
                    chrome.t("col." + column),
                    base + "sort=" + next + "#questions",
                    current ? req.descending() ? "descending" : "ascending" : null));
        }
        int first = Math.min(total, req.page() * TableRequest.PAGE_SIZE);
        String paged = base + "sort=" + req.sort() + "&";
        Pager pager = Pager.of(paged, "qpage", req.page(), first + rows.size() < total);
        return new QuestionTable(headers, rows, pager, total, first);
    }
}

package fr.qlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;

/**
 * {@code /search?q=…}: the questions whose texts, titles or answers hold the words (French analyser,
 * through {@code text:query}), with facets that combine (legislature, type, status, ministry,
 * rubrique, group, year, answer delay) and a date range, sorted by relevance or date,
 * {@value #PAGE_SIZE} per page; concepts, organs and deputies whose names match are suggested beside.
 * As HTML, or as JSON ({@code Accept: application/json} or {@code format=json}). The words are
 * searched literally: Lucene's query syntax is escaped.
 */
final class SearchServlet extends HttpServlet {
    static final int PAGE_SIZE = 20;
    private static final int MAX_HITS = 1000;
    private static final int MAX_QUERY_LENGTH = 200;
    private static final int SUGGESTIONS = 8;
    /** The most searches whose questions are kept. */
    private static final int CACHE_SIZE = 64;
    /** The questions of the answers among the hits. */
    private static final String QUESTIONS =
            """
            PREFIX qlod: <https://w3id.org/qlod#>
            SELECT ?s ?q { VALUES ?s { %s } ?s qlod:answerTo ?q }""";
    /** The facets: parameter, and the keys and labels of a row's values for it. */
    private static final Map<String, Function<QuestionRow, List<Cell>>> FACETS = new LinkedHashMap<>();

    static {
        FACETS.put("legislature", r -> linked(r.legislature()));
        FACETS.put("type", r -> List.of(new Cell(r.type().text(), r.typeKey(), null)));
        FACETS.put(
                "status",
                r -> r.status() == null
                        ? List.of()
                        : List.of(new Cell(r.status().text(), r.statusKey(), null)));
        FACETS.put("ministry", r -> linked(r.ministry()));
        FACETS.put("rubrique", r -> r.rubriques().stream()
                .map(c -> new Cell(c.text(), c.href(), null))
                .toList());
        FACETS.put("group", r -> linked(r.group()));
        FACETS.put(
                "year",
                r -> r.year() == null
                        ? List.of()
                        : List.of(new Cell(String.valueOf(r.year()), String.valueOf(r.year()), null)));
        FACETS.put(
                "delay",
                r -> r.delay() == null
                        ? List.of()
                        : List.of(new Cell(
                                r.late() ? "delay.beyond" : "delay.within", r.late() ? "beyond" : "within", null)));
    }

    private final transient Site site;
    private final transient QuestionRows rows;
    private final transient RowCache<List<QuestionRow>> cache;
    private final transient Map<String, List<Node>> suggested;

    SearchServlet(Site site) {
        this.site = site;
        this.rows = new QuestionRows(site);
        this.cache = new RowCache<>(site, CACHE_SIZE);
        this.suggested = new java.util.concurrent.ConcurrentHashMap<>();
    }

    /** Raised inside a cached read when the data served has no text index; never leaves this class. */
    private static final class NoTextIndex extends RuntimeException {
        NoTextIndex() {
            super(null, null, false, false);
        }
    }

    private static List<Cell> linked(Cell c) {
        return c == null ? List.of() : List.of(new Cell(c.text(), c.href(), null));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Format> format = "json".equals(req.getParameter("format"))
                ? Optional.of(Format.JSON)
                : Responses.negotiate(req, resp, List.of(Format.HTML, Format.JSON));
        if (format.isEmpty()) {
            return;
        }
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        int page = Responses.page(req);
        LocalDate from = date(req.getParameter("from"));
        LocalDate to = date(req.getParameter("to"));
        if (q.length() > MAX_QUERY_LENGTH || page < 0 || from == LocalDate.MIN || to == LocalDate.MIN) {
            Responses.error(
                    resp,
                    Responses.BAD_REQUEST,
                    "Recherche invalide",
                    "The search is too long, the page is not a number or a date is not yyyy-mm-dd.");
            return;
        }
        Chrome chrome = Chrome.of(req, resp);
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : FACETS.keySet()) {
            String v = req.getParameter(name);
            if (v != null && !v.isBlank()) {
                chosen.put(name, v);
            }
        }
        boolean byDate = "date".equals(req.getParameter("sort"));
        String words = q;
        List<QuestionRow> found;
        try {
            found = cache.get(chrome.lang() + " " + q, () -> {
                List<Node> hitQuestions = new ArrayList<>();
                List<Node> others = new ArrayList<>();
                if (!words.isEmpty() && !search(words, hitQuestions, others)) {
                    throw new NoTextIndex();
                }
                if (suggested.size() >= CACHE_SIZE) {
                    suggested.clear();
                }
                suggested.put(words, others);
                return rows.of(hitQuestions, chrome.lang());
            });
        } catch (NoTextIndex e) {
            Responses.error(
                    resp,
                    Responses.NOT_IMPLEMENTED,
                    "Recherche indisponible",
                    "Full-text search needs the "
                            + "local text index (qlod serve --db) or a store with its own text search (Virtuoso); "
                            + "the SPARQL endpoint /sparql answers structured queries.");
            return;
        }
        List<Node> others = suggested.getOrDefault(q, List.of());
        Set<String> questionIris = new LinkedHashSet<>();
        found.forEach(r -> questionIris.add(r.iri()));
        List<QuestionRow> matching =
                found.stream().filter(r -> keeps(r, chosen, from, to)).toList();
        if (byDate) {
            matching = matching.stream()
                    .sorted(Comparator.comparing(QuestionRow::date, Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(QuestionRow::iri))
                    .toList();
        }
        int first = Math.min(matching.size(), page * PAGE_SIZE);
        List<QuestionRow> shown = matching.subList(first, Math.min(matching.size(), first + PAGE_SIZE));
        Map<String, String> texts = texts(shown);
        List<SearchResult> results = new ArrayList<>();
        for (QuestionRow r : shown) {
            results.add(new SearchResult(r, Excerpt.of(texts.get(r.iri()), q)));
        }
        List<Node> beside = others.stream()
                .filter(n -> !questionIris.contains(n.getURI()))
                .limit(SUGGESTIONS)
                .toList();
        List<Cell> suggestions = suggestions(beside, chrome.lang());
        String base = address(q, chosen, from, to, byDate ? "date" : null, null);
        List<Facet> facets = facets(matching, chosen, q, from, to, byDate, chrome);
        boolean more = found.size() >= MAX_HITS;
        byte[] body;
        if (format.get() == Format.JSON) {
            body = json(q, page, matching.size(), more, results, facets, suggestions);
        } else {
            List<Cell> hidden = new ArrayList<>();
            chosen.forEach((k, v) -> hidden.add(new Cell(k, v, null)));
            if (byDate) {
                hidden.add(new Cell("sort", "date", null));
            }
            body = Templates.render(
                    "search.jte",
                    new SearchPage(
                            chrome,
                            q,
                            hidden,
                            matching.size(),
                            more,
                            results,
                            facets,
                            suggestions,
                            byDate ? "date" : "relevance",
                            address(q, chosen, from, to, null, null),
                            address(q, chosen, from, to, "date", null),
                            from == null ? "" : from.toString(),
                            to == null ? "" : to.toString(),
                            Pager.of(base, "page", page, first + PAGE_SIZE < matching.size()),
                            "/search?q=" + Chrome.encode(q)));
        }
        resp.setStatus(Responses.OK);
        resp.setContentType(format.get().contentType());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The date of a parameter, null when absent, {@link LocalDate#MIN} when malformed. */
    private static LocalDate date(String p) {
        if (p == null || p.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(p.strip());
        } catch (DateTimeParseException e) {
            return LocalDate.MIN;
        }
    }

    private static boolean keeps(QuestionRow r, Map<String, String> chosen, LocalDate from, LocalDate to) {
        for (Map.Entry<String, String> c : chosen.entrySet()) {
            if (FACETS.get(c.getKey()).apply(r).stream()
                    .noneMatch(v -> c.getValue().equals(v.href()))) {
                return false;
            }
        }
        return (from == null || r.date() != null && !r.date().isBefore(from))
                && (to == null || r.date() != null && !r.date().isAfter(to));
    }

    /** The counts of each facet's values among the matching questions, most frequent first. */
    private static List<Facet> facets(
            List<QuestionRow> matching,
            Map<String, String> chosen,
            String q,
            LocalDate from,
            LocalDate to,
            boolean byDate,
            Chrome chrome) {
        List<Facet> facets = new ArrayList<>();
        FACETS.forEach((name, values) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (QuestionRow r : matching) {
                for (Cell v : values.apply(r)) {
                    counts.merge(v.href(), 1L, Long::sum);
                    labels.putIfAbsent(v.href(), name.equals("delay") ? chrome.t(v.text()) : v.text());
                }
            }
            Comparator<Map.Entry<String, Long>> order = name.equals("year")
                    ? Map.Entry.<String, Long>comparingByKey().reversed()
                    : Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
            List<Facet.Value> shown = new ArrayList<>();
            counts.entrySet().stream().sorted(order).forEach(e -> {
                boolean selected = e.getKey().equals(chosen.get(name));
                Map<String, String> toggled = new LinkedHashMap<>(chosen);
                if (selected) {
                    toggled.remove(name);
                } else {
                    toggled.put(name, e.getKey());
                }
                shown.add(new Facet.Value(
                        e.getKey(),
                        labels.get(e.getKey()),
                        e.getValue(),
                        selected,
                        address(q, toggled, from, to, byDate ? "date" : null, null)));
            });
            facets.add(new Facet(name, chrome.t("facet." + name), shown));
        });
        return facets;
    }

    /** The search's address with these filters, ending in {@code &} so that a page number can follow. */
    private static String address(
            String q, Map<String, String> chosen, LocalDate from, LocalDate to, String sort, String extra) {
        StringBuilder a =
                new StringBuilder("/search?q=").append(Chrome.encode(q)).append('&');
        chosen.forEach(
                (k, v) -> a.append(k).append('=').append(Chrome.encode(v)).append('&'));
        if (from != null) {
            a.append("from=").append(from).append('&');
        }
        if (to != null) {
            a.append("to=").append(to).append('&');
        }
        if (sort != null) {
            a.append("sort=").append(sort).append('&');
        }
        return extra == null ? a.toString() : a.append(extra).toString();
    }

    /**
     * The questions the words found (an answer found counts for its question), in order, and the other
     * resources; false when the data served has no text index.
     */
    private boolean search(String words, List<Node> questions, List<Node> others) {
        Optional<List<Node>> found = site.search(words, MAX_HITS);
        if (found.isEmpty()) {
            return false;
        }
        List<Node> hits = found.get().stream().filter(Node::isURI).toList();
        Map<Node, Node> answered = new LinkedHashMap<>();
        if (!hits.isEmpty()) {
            StringBuilder values = new StringBuilder();
            hits.forEach(n -> values.append('<').append(n.getURI()).append("> "));
            site.select(QueryFactory.create(QUESTIONS.formatted(values)))
                    .forEachRemaining(b -> answered.put(b.get("s"), b.get("q")));
        }
        Set<Node> seen = new LinkedHashSet<>();
        for (Node hit : hits) {
            Node q = answered.getOrDefault(hit, hit);
            if (seen.add(q)) {
                if (q.getURI().contains("/question/")) {
                    questions.add(q);
                } else {
                    others.add(q);
                }
            }
        }
        return true;
    }

    /** The question texts of these questions. */
    private Map<String, String> texts(List<QuestionRow> shown) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (shown.isEmpty()) {
            return texts;
        }
        StringBuilder values = new StringBuilder();
        shown.forEach(r -> values.append('<').append(r.iri()).append("> "));
        site.select(QueryFactory.create("PREFIX qlod: <https://w3id.org/qlod#> SELECT ?q ?t WHERE { VALUES ?q { "
                        + values + "} ?q qlod:questionText|(qlod:answer/qlod:answerText) ?t }"))
                .forEachRemaining(
                        b -> texts.putIfAbsent(b.get("q").getURI(), b.get("t").getLiteralLexicalForm()));
        return texts;
    }

    private List<Cell> suggestions(List<Node> nodes, String lang) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        StringBuilder values = new StringBuilder();
        nodes.forEach(n -> values.append('<').append(n.getURI()).append("> "));
        StringBuilder construct = new StringBuilder("CONSTRUCT { ?s ?p ?l } WHERE { VALUES ?s { ")
                .append(values)
                .append("} VALUES ?p { ");
        Labels.LABEL_PROPERTIES.forEach(
                p -> construct.append('<').append(p.getURI()).append("> "));
        Graph labels = site.construct(
                QueryFactory.create(construct.append("} ?s ?p ?l }").toString()));
        List<Cell> cells = new ArrayList<>();
        for (Node n : nodes) {
            String label = Labels.best(labels, n, lang);
            if (label != null) {
                cells.add(Cell.link(label, site.link(n)));
            }
        }
        return cells;
    }

    private static byte[] json(
            String q,
            int page,
            int total,
            boolean more,
            List<SearchResult> results,
            List<Facet> facets,
            List<Cell> suggestions)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("query", q)
                .put("page", page)
                .put("pageSize", PAGE_SIZE)
                .put("total", total)
                .put("truncated", more);
        ArrayNode list = root.putArray("results");
        for (SearchResult s : results) {
            QuestionRow r = s.row();
            ObjectNode o = list.addObject();
            o.put("iri", r.iri());
            o.put("link", r.href());
            o.put("label", r.label());
            o.put("title", r.subject() != null ? r.subject() : r.label());
            o.put("type", r.type().text());
            o.put("number", r.number());
            o.put("date", r.date() == null ? null : r.date().toString());
            o.put("author", r.author() == null ? null : r.author().text());
            o.put("ministry", r.ministry() == null ? null : r.ministry().text());
            o.put("status", r.status() == null ? null : r.status().text());
            o.put("delay", r.delay());
            o.put("excerpt", s.excerpt().plain());
        }
        ObjectNode fs = root.putObject("facets");
        for (Facet f : facets) {
            ArrayNode values = fs.putArray(f.name());
            f.values().forEach(v -> values.addObject()
                    .put("value", v.key())
                    .put("label", v.label())
                    .put("count", v.count()));
        }
        ArrayNode sugg = root.putArray("suggestions");
        suggestions.forEach(c -> sugg.addObject().put("label", c.text()).put("link", c.href()));
        return mapper.writeValueAsBytes(root);
    }
}

package fr.qlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * {@code /search?q=…}: full-text search through the site's backend ({@code text:query} with the French
 * analyser locally, {@code bif:contains} on Virtuoso), as an HTML page or as JSON ({@code Accept:
 * application/json} or {@code format=json}), {@value #PAGE_SIZE} per page; 501 when the data has no
 * text index reachable.
 */
final class SearchServlet extends HttpServlet {
    static final int PAGE_SIZE = 20;
    private static final int MAX_HITS = 1000;
    private static final int MAX_QUERY_LENGTH = 200;

    private final transient Site site;

    SearchServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Format> format = "json".equals(req.getParameter("format")) ? Optional.of(Format.JSON)
                : Responses.negotiate(req, resp, List.of(Format.HTML, Format.JSON));
        if (format.isEmpty()) {
            return;
        }
        String q = req.getParameter("q");
        q = q == null ? "" : q.strip();
        int page = Responses.page(req);
        if (q.length() > MAX_QUERY_LENGTH || page < 0) {
            Responses.error(resp, Responses.BAD_REQUEST, "Recherche invalide", "The search is too long or the page is not a number.");
            return;
        }
        Optional<List<Node>> found = q.isEmpty() ? Optional.of(List.of()) : site.search(q, MAX_HITS);
        if (found.isEmpty()) {
            Responses.error(resp, Responses.NOT_IMPLEMENTED, "Recherche indisponible", "Full-text search needs the "
                    + "local text index (qlod serve --db) or a store with its own text search (Virtuoso); "
                    + "the SPARQL endpoint /sparql answers structured queries.");
            return;
        }
        List<Node> hits = found.get();
        int from = Math.min(hits.size(), page * PAGE_SIZE);
        List<Node> shown = hits.subList(from, Math.min(hits.size(), from + PAGE_SIZE));
        Graph labels = site.labelsOf(shown);
        byte[] body = format.get() == Format.JSON ? json(q, page, hits.size(), shown, labels)
                : html(q, page, hits.size(), shown, labels);
        resp.setStatus(Responses.OK);
        resp.setContentType(format.get().contentType());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private byte[] json(String q, int page, int total, List<Node> shown, Graph labels) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("query", q).put("page", page).put("pageSize", PAGE_SIZE).put("total", total);
        ArrayNode results = root.putArray("results");
        for (Node n : shown) {
            ObjectNode r = results.addObject();
            r.put("iri", n.getURI());
            r.put("label", Labels.best(labels, n));
            r.put("link", site.link(n));
        }
        return mapper.writeValueAsBytes(root);
    }

    private byte[] html(String q, int page, int total, List<Node> shown, Graph labels) {
        StringBuilder body = new StringBuilder("<h1>Recherche</h1>\n<form action=\"/search\" method=\"get\">"
                + "<input type=\"search\" name=\"q\" value=\"" + Html.escape(q) + "\" aria-label=\"Rechercher\"> "
                + "<button>Rechercher</button></form>\n");
        if (!q.isEmpty()) {
            body.append("<p>").append(total).append(total >= MAX_HITS ? "+" : "").append(" résultat(s) pour « ")
                    .append(Html.escape(q)).append(" ».</p>\n<ol start=\"").append(page * PAGE_SIZE + 1).append("\">\n");
            for (Node n : shown) {
                String label = Labels.best(labels, n);
                body.append("<li><a href=\"").append(Html.escape(site.link(n))).append("\">")
                        .append(Html.escape(label != null ? label : n.getURI())).append("</a></li>\n");
            }
            body.append("</ol>\n<p class=\"pager\">");
            String base = "/search?q=" + Html.escape(java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (page > 0) {
                body.append("<a rel=\"prev\" href=\"").append(base).append("&amp;page=").append(page - 1).append("\">← précédents</a>");
            }
            if ((page + 1) * PAGE_SIZE < total) {
                body.append("<a rel=\"next\" href=\"").append(base).append("&amp;page=").append(page + 1).append("\">suivants →</a>");
            }
            body.append("</p>\n");
        }
        return Html.page("Recherche", "", body.toString()).getBytes(StandardCharsets.UTF_8);
    }

}

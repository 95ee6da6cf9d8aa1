package fr.qlod.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/**
 * {@code /search?q=…}: full-text search through {@code text:query} (French analyser), as an HTML page
 * or as JSON ({@code Accept: application/json} or {@code format=json}), {@value #PAGE_SIZE} per page.
 * The words are searched literally: Lucene's query syntax is escaped.
 */
final class SearchServlet extends HttpServlet {
    static final int PAGE_SIZE = 20;
    private static final int MAX_HITS = 1000;
    private static final int MAX_QUERY_LENGTH = 200;
    private static final String QUERY = """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score { (?s ?score) text:query (?q ?max) } ORDER BY DESC(?score) ?s""";

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
        List<Node> hits = q.isEmpty() ? List.of() : search(q);
        int from = Math.min(hits.size(), page * PAGE_SIZE);
        List<Node> shown = hits.subList(from, Math.min(hits.size(), from + PAGE_SIZE));
        Graph labels = labels(shown);
        byte[] body = format.get() == Format.JSON ? json(q, page, hits.size(), shown, labels)
                : html(Chrome.of(req, resp), q, page, hits.size(), shown, labels);
        resp.setStatus(Responses.OK);
        resp.setContentType(format.get().contentType());
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private List<Node> search(String words) {
        DatasetGraph dsg = site.store().dataset();
        ParameterizedSparqlString pss = new ParameterizedSparqlString(QUERY);
        pss.setLiteral("q", QueryParserBase.escape(words));
        pss.setLiteral("max", MAX_HITS);
        return Txn.calculateRead(dsg, () -> {
            Set<Node> found = new LinkedHashSet<>();
            try (QueryExec exec = QueryExec.dataset(dsg).query(pss.asQuery()).build()) {
                RowSet rows = exec.select();
                rows.forEachRemaining(b -> found.add(b.get("s")));
            }
            return new ArrayList<>(found);
        });
    }

    private Graph labels(List<Node> nodes) {
        DatasetGraph dsg = site.store().dataset();
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> {
            for (Node n : nodes) {
                for (Node p : Labels.LABEL_PROPERTIES) {
                    dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(quad -> g.add(quad.asTriple()));
                }
            }
        });
        return g;
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

    private byte[] html(Chrome chrome, String q, int page, int total, List<Node> shown, Graph labels) {
        List<Cell> results = new ArrayList<>();
        for (Node n : shown) {
            String label = Labels.best(labels, n, chrome.lang());
            results.add(Cell.link(label != null ? label : n.getURI(), site.link(n)));
        }
        String base = "/search?q=" + Chrome.encode(q) + "&";
        return Templates.render("search.jte", Map.of("chrome", chrome, "q", q, "total", total, "results", results,
                "pager", Pager.of(base, "page", page, (page + 1) * PAGE_SIZE < total)));
    }
}

package fr.qlod.web;

import fr.qlod.query.SampleQuery;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.VOID;

/**
 * The home page, the SPARQL query page ({@code /query}, with the shipped sample queries), the VoID description ({@code /void} and
 * {@code /.well-known/void}) and, as the default servlet, the 404 page of every unknown path.
 */
final class HomeServlet extends HttpServlet {
    private static final String EXAMPLE_QUERY =
            """
            PREFIX qlod: <https://w3id.org/qlod#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?question ?label WHERE {
              ?question qlod:questionText ?text ;
                        rdfs:label ?label .
              FILTER(LANG(?label) = "fr")
            } LIMIT 20""";

    /** The base the shipped queries' default IRIs are written on (the demo's). */
    private static final String DEMO_BASE = "http://localhost:3030/";

    private final transient Site site;
    private final transient VoidDescription voidDescription;
    private final transient PageRenderer renderer;

    HomeServlet(Site site) {
        this.site = site;
        this.voidDescription = new VoidDescription(site);
        this.renderer = new PageRenderer(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        switch (path) {
            case "/" -> Html.send(resp, Templates.render("home.jte", home(Chrome.of(req, resp))));
            case "/query" -> Html.send(
                    resp, Templates.render("query.jte", queryPage(Chrome.of(req, resp), req.getParameter("sample"))));
            case "/void", "/.well-known/void" -> voidDocument(req, resp, null);
            case "/void.ttl", "/void.jsonld", "/void.rdf", "/void.nt", "/void.html" -> voidDocument(
                    req, resp, Format.ofSuffix(path.substring("/void".length())).orElseThrow());
            default -> Responses.error(
                    resp, Responses.NOT_FOUND, "Page introuvable", "There is no page at this address.");
        }
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Responses.error(resp, Responses.NOT_FOUND, "Page introuvable", "There is no page at this address.");
    }

    private void voidDocument(HttpServletRequest req, HttpServletResponse resp, Format suffix) throws IOException {
        Format format = suffix;
        if (format == null) {
            Optional<Format> negotiated = Responses.negotiate(req, resp, LinkedDataServlet.DOCUMENT_FORMATS);
            if (negotiated.isEmpty()) {
                return;
            }
            format = negotiated.get();
        }
        Graph g = voidDescription.graph();
        byte[] body;
        if (format == Format.HTML) {
            Chrome chrome = Chrome.of(req, resp);
            List<PropertyRow> rows = new ArrayList<>();
            g.find().toList().stream()
                    .sorted((a, b) -> a.toString().compareTo(b.toString()))
                    .forEach(t -> rows.add(new PropertyRow(
                            Labels.shortName(t.getPredicate()),
                            List.of(
                                    renderer.cell(g, t.getSubject(), chrome.lang()),
                                    renderer.cell(g, t.getObject(), chrome.lang())))));
            body = Templates.render("void.jte", Map.of("chrome", chrome, "rows", rows));
        } else {
            body = Responses.rdf(g, format);
        }
        Responses.cache(resp, site);
        Responses.sendConditional(req, resp, format, body, site.dataTime());
    }

    private HomePage home(Chrome chrome) {
        Graph v = voidDescription.graph();
        Node dataset = voidDescription.datasetNode();
        List<Node> examples = new ArrayList<>();
        v.find(dataset, VOID.exampleResource.asNode(), Node.ANY).forEach(t -> examples.add(t.getObject()));
        Graph labelled = site.labelsOf(examples);
        List<Cell> cells = new ArrayList<>();
        examples.forEach(e -> cells.add(renderer.cell(labelled, e, chrome.lang())));
        return new HomePage(
                chrome,
                number(v, dataset, VOID.triples.asNode()),
                number(v, dataset, VOID.documents.asNode()),
                number(v, dataset, VOID.distinctSubjects.asNode()),
                cells);
    }

    /** The dataset's own count (linksets and class partitions carry counts of their own). */
    private static String number(Graph g, Node dataset, Node property) {
        return g.find(dataset, property, Node.ANY)
                .nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .orElse("0");
    }

    /**
     * The query page: the example, or the shipped sample named by {@code ?sample=} (its parameters set
     * to their defaults, whose IRIs are written on the demo's base and are moved onto this server's),
     * and every sample, each with its text for the editor's examples.
     */
    private QueryPage queryPage(Chrome chrome, String sample) {
        List<SampleLink> samples = new ArrayList<>();
        for (SampleQuery q : SampleQuery.shipped()) {
            samples.add(new SampleLink(
                    q.name(),
                    q.title(),
                    q.boundText(Map.of()).replace(DEMO_BASE, site.base().toString())));
        }
        Optional<SampleLink> chosen =
                samples.stream().filter(q -> q.name().equals(sample)).findFirst();
        return new QueryPage(
                chrome,
                chosen.map(SampleLink::text).orElse(EXAMPLE_QUERY),
                QlodServer.SPARQL,
                site.resultLimit(),
                sample != null && chosen.isEmpty() ? sample : null,
                samples,
                Assets.url(Assets.YASGUI_JS),
                Assets.url(Assets.YASGUI_CSS),
                Assets.url(Assets.QUERY_JS));
    }
}

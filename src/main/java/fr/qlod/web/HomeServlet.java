package fr.qlod.web;

import fr.qlod.query.SampleQuery;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.VOID;

/**
 * The home page, the SPARQL query page ({@code /query}, with the shipped sample queries), the VoID description ({@code /void} and
 * {@code /.well-known/void}) and, as the default servlet, the 404 page of every unknown path.
 */
final class HomeServlet extends HttpServlet {
    private static final String EXAMPLE_QUERY = """
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

    HomeServlet(Site site) {
        this.site = site;
        this.voidDescription = new VoidDescription(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        switch (path) {
            case "/" -> html(resp, "Questions parlementaires", home());
            case "/query" -> html(resp, "Requête SPARQL", queryPage(req.getParameter("sample")));
            case "/void", "/.well-known/void" -> voidDocument(req, resp, null);
            case "/void.ttl", "/void.jsonld", "/void.rdf", "/void.nt", "/void.html" ->
                voidDocument(req, resp, Format.ofSuffix(path.substring("/void".length())).orElseThrow());
            default -> Responses.error(resp, Responses.NOT_FOUND, "Page introuvable",
                    "There is no page at this address.");
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
            StringBuilder table = new StringBuilder("<h1>Description du jeu de données (VoID)</h1>\n<table>\n");
            PageRenderer renderer = new PageRenderer(site);
            g.find().toList().stream().sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(t ->
                    table.append("<tr><td>").append(renderer.value(g, t.getSubject())).append("</td><th>")
                            .append(Html.escape(Labels.shortName(t.getPredicate()))).append("</th><td>")
                            .append(renderer.value(g, t.getObject())).append("</td></tr>\n"));
            table.append("</table>\n<p>Autres formats : <a href=\"/void.ttl\">ttl</a> <a href=\"/void.jsonld\">jsonld</a> "
                    + "<a href=\"/void.rdf\">rdf</a> <a href=\"/void.nt\">nt</a></p>\n");
            body = Html.page("VoID", "", table.toString()).getBytes(StandardCharsets.UTF_8);
        } else {
            body = Responses.rdf(g, format);
        }
        Responses.cache(resp, site);
        Responses.sendConditional(req, resp, format, body, site.dataTime());
    }

    private String home() {
        Graph v = voidDescription.graph();
        StringBuilder body = new StringBuilder("<h1>Questions parlementaires de l'Assemblée nationale</h1>\n"
                + "<p>Les questions écrites, orales et au Gouvernement posées par les députés, avec leurs réponses, "
                + "en données liées (RDF) : chaque question, député et ministère a une adresse et une page.</p>\n<ul>");
        Node dataset = voidDescription.datasetNode();
        body.append("<li>").append(number(v, dataset, VOID.triples.asNode())).append(" triplets, ")
                .append(number(v, dataset, VOID.documents.asNode())).append(" fiches sources, ")
                .append(number(v, dataset, VOID.distinctSubjects.asNode())).append(" ressources décrites</li>");
        body.append("<li><a href=\"/search\">Recherche plein texte</a></li><li><a href=\"/query\">Requêtes SPARQL</a> "
                + "(point d'accès : <code>/sparql</code>)</li><li><a href=\"/void\">Description VoID / DCAT</a></li>"
                + "<li><a href=\"/dumps/\">Téléchargement</a></li><li><a href=\"/ontology\">Ontologie</a></li></ul>\n");
        StringBuilder examples = new StringBuilder();
        PageRenderer renderer = new PageRenderer(site);
        Graph labelled = site.labelsOf(v.find(dataset, VOID.exampleResource.asNode(), Node.ANY)
                .mapWith(Triple::getObject).toList());
        v.find(dataset, VOID.exampleResource.asNode(), Node.ANY).forEach(t ->
                examples.append("<li>").append(renderer.value(labelled, t.getObject())).append("</li>"));
        if (examples.length() > 0) {
            body.append("<h2>Exemples</h2>\n<ul>").append(examples).append("</ul>\n");
        }
        return body.toString();
    }

    /** The dataset's own count (linksets and class partitions carry counts of their own). */
    private static String number(Graph g, Node dataset, Node property) {
        return g.find(dataset, property, Node.ANY).nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm()).orElse("0");
    }

    /**
     * The query page: a form posting to /sparql, pre-filled with the example or with the shipped
     * sample named by {@code ?sample=} (its parameters set to their defaults, whose IRIs are written
     * on the demo's base and are moved onto this server's), and the list of every sample.
     */
    private String queryPage(String sample) {
        List<SampleQuery> samples = SampleQuery.shipped();
        Optional<SampleQuery> chosen = samples.stream().filter(q -> q.name().equals(sample)).findFirst();
        String text = chosen.map(q -> q.boundText(Map.of()).replace(DEMO_BASE, site.base().toString()))
                .orElse(EXAMPLE_QUERY);
        StringBuilder body = new StringBuilder("<h1>Requête SPARQL</h1>\n<p>Le point d'accès <code>/sparql</code> "
                + "accepte les requêtes SPARQL 1.1 (GET ou POST), en lecture seule, limitées à " + site.resultLimit()
                + " résultats.</p>\n<p class=\"note\">Une réponse coupée par cette limite le dit par l'en-tête <code>"
                + LimitedQuery.TRUNCATED_HEADER + ": true</code> ; <code>SERVICE</code> n'est permis que vers les points "
                + "d'accès que le serveur autorise.</p>\n");
        if (sample != null && chosen.isEmpty()) {
            body.append("<p class=\"warning\">Pas de requête d'exemple nommée « ").append(Html.escape(sample))
                    .append(" ».</p>\n");
        }
        body.append("<form action=\"/sparql\" method=\"post\"><textarea name=\"query\" rows=\"16\" cols=\"100\">")
                .append(Html.escape(text)).append("</textarea>\n<p><label>Format : <select name=\"format\">")
                .append("<option value=\"text\">texte</option><option value=\"json\">JSON</option>")
                .append("<option value=\"xml\">XML</option><option value=\"csv\">CSV</option></select></label> ")
                .append("<button>Exécuter</button></p></form>\n<h2>Requêtes d'exemple</h2>\n<ul>\n");
        for (SampleQuery q : samples) {
            body.append("<li><a href=\"/query?sample=").append(Html.escape(q.name())).append("\">")
                    .append(Html.escape(q.name())).append("</a> : ").append(Html.escape(q.title())).append("</li>\n");
        }
        return body.append("</ul>\n").toString();
    }

    private static void html(HttpServletResponse resp, String title, String body) throws IOException {
        byte[] bytes = Html.page(title, "", body).getBytes(StandardCharsets.UTF_8);
        resp.setContentType(Format.HTML.contentType());
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }
}

package fr.qlod.web;

import fr.qlod.rdf.Qlod;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** {@code /ontology}: the qlod ontology, negotiated (an HTML listing of its classes and properties, or RDF). */
final class OntologyServlet extends HttpServlet {
    private final transient Site site;

    OntologyServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rest = req.getRequestURI().substring("/ontology".length());
        Format format = null;
        if (!rest.isEmpty()) {
            Optional<Format> suffix = Format.ofSuffix(rest);
            if (suffix.isEmpty() || suffix.get() == Format.JSON) {
                Responses.error(
                        resp, Responses.NOT_FOUND, "Page inconnue", "Try /ontology, /ontology.ttl or /ontology.html.");
                return;
            }
            format = suffix.get();
        }
        if (site.ontology().isEmpty()) {
            Responses.error(
                    resp,
                    Responses.NOT_FOUND,
                    "Ontologie absente",
                    "This server was built without the qlod ontology (fr/qlod/ontology/qlod.ttl), so it cannot be served.");
            return;
        }
        if (format == null) {
            Optional<Format> negotiated = Responses.negotiate(req, resp, LinkedDataServlet.DOCUMENT_FORMATS);
            if (negotiated.isEmpty()) {
                return;
            }
            format = negotiated.get();
        }
        byte[] body = format == Format.HTML
                ? html().getBytes(StandardCharsets.UTF_8)
                : Responses.rdf(site.ontology(), format);
        Responses.sendConditional(req, resp, format, body, site.dataTime());
    }

    private String html() {
        StringBuilder body = new StringBuilder("<h1>Ontologie qlod</h1>\n<p class=\"iri\">" + Qlod.NS + "</p>\n");
        section(body, "Classes", List.of(OWL.Class.asNode(), RDFS.Class.asNode()));
        section(
                body,
                "Propriétés",
                List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), RDF.Property.asNode()));
        body.append("<p>Autres formats : <a href=\"/ontology.ttl\">ttl</a> <a href=\"/ontology.jsonld\">jsonld</a> "
                + "<a href=\"/ontology.rdf\">rdf</a> <a href=\"/ontology.nt\">nt</a></p>\n");
        return Html.page(
                "Ontologie qlod",
                "<link rel=\"alternate\" type=\"text/turtle\" href=\"/ontology.ttl\">\n",
                body.toString());
    }

    private void section(StringBuilder body, String title, List<Node> types) {
        java.util.TreeSet<String> terms = new java.util.TreeSet<>();
        for (Node type : types) {
            for (Triple t :
                    site.ontology().find(Node.ANY, RDF.type.asNode(), type).toList()) {
                if (t.getSubject().isURI()) {
                    terms.add(t.getSubject().getURI());
                }
            }
        }
        if (terms.isEmpty()) {
            return;
        }
        body.append("<h2>").append(Html.escape(title)).append("</h2>\n<table>\n");
        for (String iri : terms) {
            Node term = org.apache.jena.graph.NodeFactory.createURI(iri);
            String comment = site.labels().comment(term);
            body.append("<tr><th id=\"")
                    .append(Html.escape(Labels.shortName(term).replace(':', '-')))
                    .append("\">")
                    .append(Html.escape(Labels.shortName(term)))
                    .append("</th><td><strong>")
                    .append(Html.escape(site.labels().term(term)))
                    .append("</strong>")
                    .append(comment == null ? "" : "<br>" + Html.escape(comment))
                    .append("</td></tr>\n");
        }
        body.append("</table>\n");
    }
}

package fr.qlod.web;

import fr.qlod.rdf.Qlod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/** The HTML page of a resource description. */
final class PageRenderer {
    private static final String OFFICIAL_HOST = "assemblee-nationale.fr";

    private final Site site;

    PageRenderer(Site site) {
        this.site = site;
    }

    String render(Description d, ResourcePath path) {
        Node resource = d.resource();
        Graph g = d.about();
        String label = Labels.best(g, resource);
        String title = label != null ? label : path.local();
        StringBuilder head = new StringBuilder();
        for (Format f : LinkedDataServlet.RDF_FORMATS) {
            head.append("<link rel=\"alternate\" type=\"").append(f.mediaType()).append("\" href=\"/doc/")
                    .append(Html.escape(path.withSuffix(f))).append("\">\n");
        }
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"iri\">")
                .append(Html.escape(resource.getURI())).append("</p>\n");
        types(g, resource, body);
        official(g, resource, body);
        texts(g, resource, body);
        answers(d, body);
        properties(g, resource, body);
        inverse(d, path, body);
        body.append("<p>Autres formats : ");
        for (Format f : LinkedDataServlet.RDF_FORMATS) {
            body.append("<a href=\"/doc/").append(Html.escape(path.withSuffix(f))).append("\">")
                    .append(f.suffix().substring(1)).append("</a> ");
        }
        body.append("</p>\n");
        return Html.page(title, head.toString(), body.toString());
    }

    private void types(Graph g, Node resource, StringBuilder body) {
        List<String> types = new ArrayList<>();
        g.find(resource, RDF.type.asNode(), Node.ANY).forEach(t -> types.add(Html.escape(site.labels().term(t.getObject()))));
        if (!types.isEmpty()) {
            body.append("<p>").append(String.join(", ", types)).append("</p>\n");
        }
    }

    private void official(Graph g, Node resource, StringBuilder body) {
        for (Node p : List.of(FOAF.page.asNode(), RDFS.seeAlso.asNode())) {
            for (Triple t : g.find(resource, p, Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isURI() && o.getURI().contains(OFFICIAL_HOST)) {
                    body.append("<p class=\"official\">Page officielle de l'Assemblée nationale : <a href=\"")
                            .append(Html.escape(o.getURI())).append("\">").append(Html.escape(o.getURI()))
                            .append("</a></p>\n");
                }
            }
        }
    }

    private void texts(Graph g, Node resource, StringBuilder body) {
        for (Node p : List.of(Qlod.Nodes.questionText, Qlod.Nodes.answerText)) {
            for (Triple t : g.find(resource, p, Node.ANY).toList()) {
                if (t.getObject().isLiteral()) {
                    body.append("<h2>").append(Html.escape(site.labels().term(p))).append("</h2>\n<div class=\"text\">")
                            .append(Html.paragraphs(t.getObject().getLiteralLexicalForm())).append("</div>\n");
                }
            }
        }
    }

    /** The texts of a question's answers, each headed by a link to the answer's own page. */
    private void answers(Description d, StringBuilder body) {
        for (Triple t : d.answers()) {
            if (t.getObject().isLiteral()) {
                String label = Labels.best(d.about(), t.getSubject());
                body.append("<h2><a href=\"").append(Html.escape(site.link(t.getSubject()))).append("\">")
                        .append(Html.escape(label != null ? label : site.labels().term(Qlod.Nodes.answerText)))
                        .append("</a></h2>\n<div class=\"text\">")
                        .append(Html.paragraphs(t.getObject().getLiteralLexicalForm())).append("</div>\n");
            }
        }
    }

    private void properties(Graph g, Node resource, StringBuilder body) {
        Map<Node, List<Node>> byProperty = new LinkedHashMap<>();
        g.find(resource, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !t.getPredicate().equals(Qlod.Nodes.questionText) && !t.getPredicate().equals(Qlod.Nodes.answerText))
                .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI()).thenComparing(t -> t.getObject().toString()))
                .forEach(t -> byProperty.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        if (byProperty.isEmpty()) {
            return;
        }
        body.append("<h2>Propriétés</h2>\n<table>\n");
        byProperty.forEach((p, objects) -> {
            body.append("<tr><th>").append(Html.escape(site.labels().term(p))).append("</th><td>");
            List<String> cells = new ArrayList<>();
            for (Node o : objects) {
                cells.add(value(g, o));
            }
            body.append(String.join("<br>", cells)).append("</td></tr>\n");
        });
        body.append("</table>\n");
    }

    private void inverse(Description d, ResourcePath path, StringBuilder body) {
        if (d.inverse().isEmpty() && d.page() == 0) {
            return;
        }
        body.append("<h2>Liens vers cette ressource</h2>\n<table>\n");
        for (Triple t : d.inverse()) {
            body.append("<tr><td>").append(value(d.about(), t.getSubject())).append("</td><th>")
                    .append(Html.escape(site.labels().term(t.getPredicate()))).append("</th></tr>\n");
        }
        body.append("</table>\n<p class=\"pager\">");
        String here = "/doc/" + Html.escape(path.local());
        if (d.page() > 0) {
            body.append("<a rel=\"prev\" href=\"").append(here).append("?page=").append(d.page() - 1).append("\">← précédents</a>");
        }
        if (d.hasNext()) {
            body.append("<a rel=\"next\" href=\"").append(here).append("?page=").append(d.page() + 1).append("\">suivants →</a>");
        }
        body.append("</p>\n");
    }

    /** A value cell: a link with a label for an IRI, escaped text for a literal. */
    String value(Graph g, Node o) {
        if (o.isURI()) {
            String label = Labels.best(g, o);
            // a term of the ontology (a status, a class) is shown with the ontology's label
            String shown = label != null ? label : site.isOurs(o) ? o.getURI().substring(site.idSpace().length())
                    : site.labels().term(o);
            return "<a href=\"" + Html.escape(site.link(o)) + "\">" + Html.escape(shown) + "</a>";
        }
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            return Html.escape(o.getLiteralLexicalForm())
                    + (lang.isEmpty() ? "" : " <span class=\"lang\">@" + Html.escape(lang) + "</span>");
        }
        return Html.escape(o.toString());
    }
}

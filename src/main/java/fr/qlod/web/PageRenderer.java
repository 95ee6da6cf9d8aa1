package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The HTML page of a resource description: a question, a deputy, a group, a ministry, a legislature
 * or a concept get a page of their kind (a summary with figures above the generic table); any other
 * resource gets its texts and the generic table.
 */
final class PageRenderer {
    private static final String OFFICIAL_HOST = "assemblee-nationale.fr";
    private static final List<Node> QUESTION_TYPES = List.of(
            Qlod.Nodes.Question, Qlod.Nodes.WrittenQuestion, Qlod.Nodes.OralQuestion, Qlod.Nodes.GovernmentQuestion);
    private static final Set<Node> TEXTS = Set.of(Qlod.Nodes.questionText, Qlod.Nodes.answerText);

    private final Site site;
    private final QuestionPages questions;
    private final SubjectPages subjects;

    PageRenderer(Site site) {
        this.site = site;
        this.questions = new QuestionPages(site, this);
        this.subjects = new SubjectPages(site, this);
    }

    byte[] render(Description d, ResourcePath path, Chrome chrome, HttpServletRequest req) {
        Graph g = d.about();
        Node resource = d.resource();
        if (QUESTION_TYPES.stream().anyMatch(t -> g.contains(resource, RDF.type.asNode(), t))) {
            return questions.render(d, path, chrome);
        }
        Subject kind = Subject.of(g, resource);
        if (kind != null) {
            return subjects.render(kind, d, path, chrome, TableRequest.of(req));
        }
        List<TextBlock> texts = new ArrayList<>();
        for (Node p : List.of(Qlod.Nodes.questionText, Qlod.Nodes.answerText)) {
            for (Triple t : g.find(resource, p, Node.ANY).toList()) {
                if (t.getObject().isLiteral()) {
                    texts.add(TextBlock.of(
                            site.labels().term(p, chrome.lang()),
                            null,
                            t.getObject().getLiteralLexicalForm()));
                }
            }
        }
        return Templates.render("resource.jte", new ResourcePage(chrome, generic(d, path, chrome), texts));
    }

    /** The title, types, official links, property table, inverse links and formats of any resource. */
    Generic generic(Description d, ResourcePath path, Chrome chrome) {
        Node resource = d.resource();
        Graph g = d.about();
        String lang = chrome.lang();
        String label = Labels.best(g, resource, lang);
        List<String> types = new ArrayList<>();
        g.find(resource, RDF.type.asNode(), Node.ANY)
                .forEach(t -> types.add(site.labels().term(t.getObject(), lang)));
        List<Cell> official = new ArrayList<>();
        for (Node p : List.of(FOAF.page.asNode(), RDFS.seeAlso.asNode())) {
            for (Triple t : g.find(resource, p, Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isURI() && o.getURI().contains(OFFICIAL_HOST)) {
                    official.add(Cell.link(chrome.t("official.page"), o.getURI()));
                }
            }
        }
        Map<Node, List<Cell>> byProperty = new LinkedHashMap<>();
        g.find(resource, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !TEXTS.contains(t.getPredicate()))
                .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI())
                        .thenComparing(t -> t.getObject().toString()))
                .forEach(t -> byProperty
                        .computeIfAbsent(t.getPredicate(), k -> new ArrayList<>())
                        .add(cell(g, t.getObject(), lang)));
        List<PropertyRow> properties = new ArrayList<>();
        byProperty.forEach(
                (p, cells) -> properties.add(new PropertyRow(site.labels().term(p, lang), cells)));
        List<PropertyRow> inverse = new ArrayList<>();
        for (Triple t : d.inverse()) {
            inverse.add(new PropertyRow(
                    site.labels().term(t.getPredicate(), lang), List.of(cell(g, t.getSubject(), lang))));
        }
        // a named graph's documents are under /graph/, a resource's under /doc/
        String documents =
                resource.getURI().startsWith(site.base() + "graph/") ? LinkedDataServlet.GRAPH : LinkedDataServlet.DOC;
        String here = documents + path.local() + "?";
        List<FormatLink> formats = new ArrayList<>();
        for (Format f : LinkedDataServlet.RDF_FORMATS) {
            formats.add(new FormatLink(f.suffix().substring(1), f.mediaType(), documents + path.withSuffix(f)));
        }
        return new Generic(
                label != null ? label : path.local(),
                resource.getURI(),
                types,
                official,
                properties,
                inverse,
                Pager.of(here, "page", d.page(), d.hasNext()),
                formats);
    }

    /** A value: a link with a label for an IRI, text with its language for a literal. */
    Cell cell(Graph g, Node o, String lang) {
        if (o.isURI()) {
            String label = Labels.best(g, o, lang);
            // a term of the ontology (a status, a class) is shown with the ontology's label
            String shown = label != null
                    ? label
                    : site.isOurs(o)
                            ? o.getURI().substring(site.idSpace().length())
                            : site.labels().term(o, lang);
            return Cell.link(shown, site.link(o));
        }
        if (o.isLiteral()) {
            String tag = o.getLiteralLanguage();
            return new Cell(o.getLiteralLexicalForm(), null, tag.isEmpty() ? null : tag);
        }
        return Cell.text(o.toString());
    }
}

package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
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
        byte[] body = format == Format.HTML ? html(Chrome.of(req, resp)) : Responses.rdf(site.ontology(), format);
        Responses.sendConditional(req, resp, format, body, site.dataTime());
    }

    /** A section of the HTML listing: its anchor, the message key of its title, its terms. */
    record Section(String id, String key, List<Term> terms) {}

    /** A term of the listing: its anchor, its short name, its label and comment (or null) in the page's language. */
    record Term(String anchor, String name, String label, String comment) {}

    private byte[] html(Chrome chrome) {
        List<Section> sections = new ArrayList<>();
        section(sections, "classes", "ontology.classes", List.of(OWL.Class.asNode(), RDFS.Class.asNode()), chrome);
        section(
                sections,
                "properties",
                "ontology.properties",
                List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(), RDF.Property.asNode()),
                chrome);
        return Templates.render("ontology.jte", Map.of("chrome", chrome, "namespace", Qlod.NS, "sections", sections));
    }

    private void section(List<Section> sections, String id, String key, List<Node> types, Chrome chrome) {
        TreeSet<String> iris = new TreeSet<>();
        for (Node type : types) {
            for (Triple t :
                    site.ontology().find(Node.ANY, RDF.type.asNode(), type).toList()) {
                if (t.getSubject().isURI()) {
                    iris.add(t.getSubject().getURI());
                }
            }
        }
        if (iris.isEmpty()) {
            return;
        }
        List<Term> terms = new ArrayList<>();
        for (String iri : iris) {
            Node term = NodeFactory.createURI(iri);
            String name = Labels.shortName(term);
            terms.add(new Term(
                    name.replace(':', '-'),
                    name,
                    site.labels().term(term, chrome.lang()),
                    site.labels().comment(term, chrome.lang())));
        }
        sections.add(new Section(id, key, terms));
    }
}

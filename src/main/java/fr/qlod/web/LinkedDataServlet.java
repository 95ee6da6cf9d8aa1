package fr.qlod.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Cool URIs: {@code /id/…} answers 303 See Other to {@code /doc/…} (negotiated, or keeping an explicit
 * suffix), or 404 at once when nothing is known of the resource; {@code /doc/…} serves the
 * description of {@code {base}id/…} as HTML, Turtle, JSON-LD, RDF/XML, N-Triples, N-Quads or TriG,
 * with paged inverse links, ETag, Last-Modified and Cache-Control. {@code /graph/…}, the name of a
 * named graph, is a document itself: it answers with the graph's provenance directly.
 */
final class LinkedDataServlet extends HttpServlet {
    static final List<Format> RDF_FORMATS =
            List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES, Format.NQUADS, Format.TRIG);
    /** Turtle first: the default for wildcards; HTML for whoever names text/html. */
    static final List<Format> DOCUMENT_FORMATS = List.of(
            Format.TURTLE, Format.HTML, Format.JSONLD, Format.RDFXML, Format.NTRIPLES, Format.NQUADS, Format.TRIG);

    static final String ID = "/id/";
    static final String DOC = "/doc/";
    static final String GRAPH = "/graph/";

    private final transient Site site;
    private final transient PageRenderer renderer;
    private final transient JsonLdContext context;

    LinkedDataServlet(Site site, JsonLdContext context) {
        this.site = site;
        this.renderer = new PageRenderer(site);
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        boolean isId = uri.startsWith(ID);
        boolean isGraph = uri.startsWith(GRAPH) || uri.equals("/graph");
        // "/id", "/doc" and "/graph" without their slash reach this servlet too
        String rest =
                uri.substring(Math.min(uri.length(), isId ? ID.length() : isGraph ? GRAPH.length() : DOC.length()));
        Optional<ResourcePath> parsed = ResourcePath.parse(rest);
        if (parsed.isEmpty()) {
            Responses.error(
                    resp,
                    Responses.BAD_REQUEST,
                    "Adresse invalide",
                    "This is not a resource address: only letters, digits, '-', '_', '.', '~' and '/' are used.");
            return;
        }
        ResourcePath path = parsed.get();
        if (isId) {
            redirect(req, resp, path);
        } else {
            document(req, resp, path, isGraph ? site.base() + "graph/" : site.idSpace());
        }
    }

    /** The format the path's suffix names, else the negotiated one; empty when a 406 was sent. */
    private static Optional<Format> format(HttpServletRequest req, HttpServletResponse resp, ResourcePath path)
            throws IOException {
        return path.suffix() != null ? Optional.of(path.suffix()) : Responses.negotiate(req, resp, DOCUMENT_FORMATS);
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, ResourcePath path) throws IOException {
        Node resource = NodeFactory.createURI(site.idSpace() + path.local());
        if (!site.isKnown(resource)) {
            unknown(resp, resource);
            return;
        }
        Optional<Format> chosen = format(req, resp, path);
        if (chosen.isEmpty()) {
            return;
        }
        Format format = chosen.get();
        if (path.suffix() != null) {
            resp.addHeader("Vary", "Accept");
        }
        String target = DOC + (format == Format.HTML && path.suffix() == null ? path.local() : path.withSuffix(format));
        resp.setStatus(Responses.SEE_OTHER);
        resp.setHeader("Location", target);
        resp.setContentLength(0);
    }

    /** The 404 of a resource nothing is known of, with what to try instead. */
    private void unknown(HttpServletResponse resp, Node resource) throws IOException {
        Responses.cache(resp, site);
        Responses.error(
                resp,
                Responses.NOT_FOUND,
                "Ressource inconnue",
                "Nothing is known about " + resource.getURI()
                        + ". Resources are named " + site.idSpace() + "question/QANR5L14QE59906, …/person/PA1857, "
                        + "…/organ/PO702926; search the texts at /search or query /sparql.");
    }

    private void document(HttpServletRequest req, HttpServletResponse resp, ResourcePath path, String space)
            throws IOException {
        Optional<Format> chosen = format(req, resp, path);
        if (chosen.isEmpty()) {
            return;
        }
        Format format = chosen.get();
        int page = Responses.page(req);
        if (page < 0) {
            Responses.error(resp, Responses.BAD_REQUEST, "Page invalide", "The page parameter must be a number.");
            return;
        }
        Node resource = NodeFactory.createURI(space + path.local());
        Description d = site.describe(resource, page);
        if (d.isEmpty()) {
            unknown(resp, resource);
            return;
        }
        byte[] body = format == Format.HTML
                ? renderer.render(d, path, Chrome.of(req, resp), req)
                : format == Format.JSONLD
                        ? context.compact(graph(d, path, req), Responses.origin(req) + JsonLdContext.PATH)
                        : Responses.rdf(graph(d, path, req), format);
        Responses.cache(resp, site);
        Responses.sendConditional(req, resp, format, body, d.modified() != null ? d.modified() : site.dataTime());
    }

    /** The description as one graph, with next/previous page links when inverse links are paged. */
    private Graph graph(Description d, ResourcePath path, HttpServletRequest req) {
        Graph g = GraphFactory.createDefaultGraph();
        d.about().find().forEach(g::add);
        d.inverse().forEach(g::add);
        if (d.hasNext() || d.page() > 0) {
            String doc = (d.resource().getURI().startsWith(site.base() + "graph/")
                            ? site.base() + "graph/"
                            : site.base() + "doc/")
                    + path.local();
            Node here = NodeFactory.createURI(doc + (d.page() == 0 ? "" : "?page=" + d.page()));
            if (d.hasNext()) {
                g.add(Triple.create(here, Labels.HYDRA_NEXT, NodeFactory.createURI(doc + "?page=" + (d.page() + 1))));
            }
            if (d.page() > 0) {
                g.add(Triple.create(
                        here, Labels.HYDRA_PREVIOUS, NodeFactory.createURI(doc + "?page=" + (d.page() - 1))));
            }
        }
        return g;
    }
}

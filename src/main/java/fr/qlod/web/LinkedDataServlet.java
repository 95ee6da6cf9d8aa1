package fr.qlod.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Cool URIs: {@code /id/…} answers 303 See Other to {@code /doc/…} (negotiated, or keeping an explicit
 * suffix), and {@code /doc/…} serves the description of {@code {base}id/…} as HTML, Turtle, JSON-LD,
 * RDF/XML or N-Triples, with paged inverse links, ETag and Last-Modified.
 */
final class LinkedDataServlet extends HttpServlet {
    static final List<Format> RDF_FORMATS = List.of(Format.TURTLE, Format.JSONLD, Format.RDFXML, Format.NTRIPLES);
    /** Turtle first: the default for wildcards; HTML for whoever names text/html. */
    static final List<Format> DOCUMENT_FORMATS = List.of(Format.TURTLE, Format.HTML, Format.JSONLD, Format.RDFXML,
            Format.NTRIPLES);
    static final String ID = "/id/";
    static final String DOC = "/doc/";

    private final transient Site site;
    private final transient PageRenderer renderer;

    LinkedDataServlet(Site site) {
        this.site = site;
        this.renderer = new PageRenderer(site);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        boolean isId = uri.startsWith(ID);
        // "/id" and "/doc" without their slash reach this servlet too
        String rest = uri.substring(Math.min(uri.length(), isId ? ID.length() : DOC.length()));
        Optional<ResourcePath> parsed = ResourcePath.parse(rest);
        if (parsed.isEmpty()) {
            Responses.error(resp, Responses.BAD_REQUEST, "Adresse invalide",
                    "This is not a resource address: only letters, digits, '-', '_', '.', '~' and '/' are used.");
            return;
        }
        ResourcePath path = parsed.get();
        if (isId) {
            redirect(req, resp, path);
        } else {
            document(req, resp, path);
        }
    }

    /** The format the path's suffix names, else the negotiated one; empty when a 406 was sent. */
    private static Optional<Format> format(HttpServletRequest req, HttpServletResponse resp, ResourcePath path)
            throws IOException {
        return path.suffix() != null ? Optional.of(path.suffix()) : Responses.negotiate(req, resp, DOCUMENT_FORMATS);
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, ResourcePath path) throws IOException {
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

    private void document(HttpServletRequest req, HttpServletResponse resp, ResourcePath path) throws IOException {
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
        Node resource = NodeFactory.createURI(site.idSpace() + path.local());
        Description d = site.describe(resource, page);
        if (d.isEmpty()) {
            Responses.error(resp, Responses.NOT_FOUND, "Ressource inconnue",
                    "Nothing is known about " + resource.getURI() + ". Try a search.");
            return;
        }
        byte[] body = format == Format.HTML ? renderer.render(d, path, Chrome.of(req, resp), req)
                : Responses.rdf(graph(d, path, req), format);
        Responses.sendConditional(req, resp, format, body, d.modified() != null ? d.modified() : site.dataTime());
    }

    /** The description as one graph, with next/previous page links when inverse links are paged. */
    private Graph graph(Description d, ResourcePath path, HttpServletRequest req) {
        Graph g = GraphFactory.createDefaultGraph();
        d.about().find().forEach(g::add);
        d.inverse().forEach(g::add);
        if (d.hasNext() || d.page() > 0) {
            String doc = site.base() + "doc/" + path.local();
            Node here = NodeFactory.createURI(doc + (d.page() == 0 ? "" : "?page=" + d.page()));
            if (d.hasNext()) {
                g.add(Triple.create(here, Labels.HYDRA_NEXT, NodeFactory.createURI(doc + "?page=" + (d.page() + 1))));
            }
            if (d.page() > 0) {
                g.add(Triple.create(here, Labels.HYDRA_PREVIOUS, NodeFactory.createURI(doc + "?page=" + (d.page() - 1))));
            }
        }
        return g;
    }
}

package fr.qlod.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@value JsonLdContext#PATH}: the JSON-LD context the documents name, cacheable, with an ETag. */
final class ContextServlet extends HttpServlet {
    /** A day: the context changes only with the ontology, that is with a new release. */
    static final int MAX_AGE_SECONDS = 86_400;

    private final transient Site site;
    private final transient JsonLdContext context;

    ContextServlet(Site site, JsonLdContext context) {
        this.site = site;
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Cache-Control", "public, max-age=" + MAX_AGE_SECONDS);
        Responses.sendConditional(req, resp, Format.JSONLD, context.document(), site.started());
    }
}

package fr.qlod.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** {@code /assets/…}: the versioned style sheets and scripts of {@link Assets}, cached for a year. */
final class AssetServlet extends HttpServlet {
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Optional<Assets.Asset> asset = Assets.at(req.getRequestURI());
        if (asset.isEmpty()) {
            Responses.error(resp, Responses.NOT_FOUND, "Fichier introuvable", "There is no such asset.");
            return;
        }
        byte[] bytes = asset.get().bytes();
        resp.setStatus(Responses.OK);
        resp.setContentType(asset.get().mediaType());
        resp.setHeader("Cache-Control", CACHE_FOREVER);
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(bytes);
        }
    }
}

package fr.qlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Cross-origin reading (the Fetch standard's CORS protocol) for every read endpoint: any origin may
 * GET, HEAD and POST (a SPARQL query is POSTed), with any request header, and read the headers a
 * client needs (ETag, Link, the result-limit signal). Nothing here carries credentials, so the
 * wildcard origin is safe; {@code /update}, the one endpoint with credentials, gets none of it, and a
 * browser on another origin cannot even send it a preflighted request.
 */
final class Cors {
    static final String ALLOW_ORIGIN = "Access-Control-Allow-Origin";
    static final String ALLOW_METHODS = "Access-Control-Allow-Methods";
    static final String ALLOW_HEADERS = "Access-Control-Allow-Headers";
    static final String MAX_AGE = "Access-Control-Max-Age";
    static final String EXPOSE_HEADERS = "Access-Control-Expose-Headers";
    static final String METHODS = "GET, HEAD, POST, OPTIONS";
    /** Sent when a preflight names no header: the ones SPARQL and linked-data clients set. */
    static final String DEFAULT_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match, If-Modified-Since";
    /** A day: browsers cap it lower (Chromium at two hours), which is fine. */
    static final int MAX_AGE_SECONDS = 86_400;

    static final String EXPOSED = "ETag, Last-Modified, Link, Location, Content-Length, Content-Encoding, "
            + LimitedQuery.LIMIT_HEADER + ", " + LimitedQuery.TRUNCATED_HEADER;
    private static final int NO_CONTENT = 204;

    private Cors() {}

    /** Whether the request is to the update endpoint, which is never shared across origins. */
    static boolean isPrivate(HttpServletRequest req) {
        String uri = req.getRequestURI();
        return uri.equals(QlodServer.UPDATE) || uri.startsWith(QlodServer.UPDATE + "/");
    }

    /** Adds the headers of a simple or actual cross-origin request (GET, HEAD, POST). */
    static void allow(HttpServletResponse resp) {
        resp.setHeader(ALLOW_ORIGIN, "*");
        resp.setHeader(EXPOSE_HEADERS, EXPOSED);
    }

    /** Whether the request is a CORS preflight: OPTIONS with an Origin and the method to be sent. */
    static boolean isPreflight(HttpServletRequest req) {
        return "OPTIONS".equals(req.getMethod())
                && req.getHeader("Origin") != null
                && req.getHeader("Access-Control-Request-Method") != null;
    }

    /**
     * Answers a preflight: 204 with the methods, the headers asked for (any header may be sent,
     * since none changes what a request may do) and how long to keep the answer.
     */
    static void answerPreflight(HttpServletRequest req, HttpServletResponse resp) {
        String asked = req.getHeader("Access-Control-Request-Headers");
        resp.setStatus(NO_CONTENT);
        resp.setHeader(ALLOW_ORIGIN, "*");
        resp.setHeader(ALLOW_METHODS, METHODS);
        resp.setHeader(ALLOW_HEADERS, asked == null || asked.isBlank() ? DEFAULT_HEADERS : asked);
        resp.setHeader(MAX_AGE, Integer.toString(MAX_AGE_SECONDS));
        resp.addHeader("Vary", "Access-Control-Request-Headers");
        resp.setContentLength(0);
    }
}

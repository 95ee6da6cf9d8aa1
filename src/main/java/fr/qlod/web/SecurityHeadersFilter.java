package fr.qlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * First in the chain for every request: security headers on every response, CORS on every read
 * endpoint with preflights answered ({@link Cors}), {@code HEAD} on {@code /sparql} answered as its GET,
 * oversized Accept headers refused with 431, URLs over {@value #MAX_URL_LENGTH} characters with 414,
 * bodies declared over {@value #MAX_BODY_LENGTH} bytes with 413, TRACE with 405, and SPARQL Update
 * sent to the read-only {@code /sparql} refused with 403 and a clear message.
 */
final class SecurityHeadersFilter implements Filter {
    static final String CSP =
            "default-src 'self'; img-src 'self' data:; " + "frame-ancestors 'none'; form-action 'self'";
    /** Longer SPARQL queries are POSTed; Fuseki's own header limit is far higher. */
    static final int MAX_URL_LENGTH = 32 * 1024;
    /** A query or an update of a megabyte is already absurd; Fuseki reads bodies whole. */
    static final long MAX_BODY_LENGTH = 1024 * 1024;

    private static final int FORBIDDEN = 403;
    private static final int METHOD_NOT_ALLOWED = 405;
    private static final int CONTENT_TOO_LARGE = 413;
    private static final int URI_TOO_LONG = 414;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        resp.setHeader("X-Frame-Options", "DENY");
        String method = req.getMethod();
        if (!Cors.isPrivate(req)) {
            if (Cors.isPreflight(req)) {
                Cors.answerPreflight(req, resp);
                return;
            }
            if ("GET".equals(method) || "HEAD".equals(method) || "POST".equals(method)) {
                Cors.allow(resp);
            }
        }
        String accept = req.getHeader("Accept");
        if (accept != null && accept.length() > ContentNegotiation.MAX_ACCEPT_LENGTH) {
            resp.setHeader("Connection", "close");
            Responses.error(resp, Responses.HEADERS_TOO_LARGE, "En-tête trop long", "The Accept header is too long.");
            return;
        }
        String query = req.getQueryString();
        if (req.getRequestURI().length() + (query == null ? 0 : query.length()) > MAX_URL_LENGTH) {
            refuse(
                    resp,
                    URI_TOO_LONG,
                    "Adresse trop longue",
                    "The address is too long: send long SPARQL queries with POST.");
            return;
        }
        if (req.getContentLengthLong() > MAX_BODY_LENGTH) {
            refuse(resp, CONTENT_TOO_LARGE, "Requête trop grande", "The request body is too large.");
            return;
        }
        if ("TRACE".equals(method)) {
            resp.setHeader("Allow", "GET, HEAD, OPTIONS");
            refuse(resp, METHOD_NOT_ALLOWED, "Méthode refusée", "TRACE is not served.");
            return;
        }
        if (isUpdateToQueryEndpoint(req)) {
            // The body is left unread: the connection must not be reused.
            resp.setHeader("Connection", "close");
            Responses.error(
                    resp,
                    FORBIDDEN,
                    "Lecture seule",
                    "The /sparql endpoint is read-only: SPARQL Update is not accepted here.");
            return;
        }
        // Fuseki's query servlet answers GET only; Jetty drops the body of a HEAD response itself.
        chain.doFilter(
                "HEAD".equals(method) && req.getRequestURI().equals(QlodServer.SPARQL) ? new AsGet(req) : request,
                response);
    }

    /** A HEAD request seen as its GET. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest req) {
            super(req);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    /** An error page on a connection that is then closed, since the request's body is left unread. */
    private static void refuse(HttpServletResponse resp, int status, String title, String message) throws IOException {
        resp.setHeader("Connection", "close");
        Responses.error(resp, status, title, message);
    }

    private static boolean isUpdateToQueryEndpoint(HttpServletRequest req) {
        if (!req.getRequestURI().startsWith(QlodServer.SPARQL)) {
            return false;
        }
        String type = req.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/sparql-update")) {
            return true;
        }
        if (!"GET".equals(req.getMethod())
                && !"POST".equals(req.getMethod())
                && !"HEAD".equals(req.getMethod())
                && !"OPTIONS".equals(req.getMethod())) {
            return true;
        }
        String query = req.getQueryString();
        return query != null && (query.startsWith("update=") || query.contains("&update="))
                || ("POST".equals(req.getMethod())
                        && type != null
                        && type.startsWith("application/x-www-form-urlencoded")
                        && req.getParameter("update") != null);
    }
}

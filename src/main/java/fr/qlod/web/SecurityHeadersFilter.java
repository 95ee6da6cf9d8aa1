package fr.qlod.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * First in the chain for every request: security headers on every response, CORS for GET and HEAD,
 * oversized Accept headers refused with 431, and SPARQL Update sent to the read-only
 * {@code /sparql} refused with 403 and a clear message.
 */
final class SecurityHeadersFilter implements Filter {
    static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'";
    private static final int FORBIDDEN = 403;

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
        if ("GET".equals(method) || "HEAD".equals(method)) {
            resp.setHeader("Access-Control-Allow-Origin", "*");
        }
        String accept = req.getHeader("Accept");
        if (accept != null && accept.length() > ContentNegotiation.MAX_ACCEPT_LENGTH) {
            resp.setHeader("Connection", "close");
            Responses.error(resp, Responses.HEADERS_TOO_LARGE, "En-tête trop long", "The Accept header is too long.");
            return;
        }
        if (isUpdateToQueryEndpoint(req)) {
            // The body is left unread: the connection must not be reused.
            resp.setHeader("Connection", "close");
            Responses.error(resp, FORBIDDEN, "Lecture seule",
                    "The /sparql endpoint is read-only: SPARQL Update is not accepted here.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isUpdateToQueryEndpoint(HttpServletRequest req) {
        if (!req.getRequestURI().startsWith(QlodServer.SPARQL)) {
            return false;
        }
        String type = req.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/sparql-update")) {
            return true;
        }
        if (!"GET".equals(req.getMethod()) && !"POST".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())
                && !"OPTIONS".equals(req.getMethod())) {
            return true;
        }
        String query = req.getQueryString();
        return query != null && (query.startsWith("update=") || query.contains("&update="))
                || ("POST".equals(req.getMethod()) && type != null && type.startsWith("application/x-www-form-urlencoded")
                        && req.getParameter("update") != null);
    }
}

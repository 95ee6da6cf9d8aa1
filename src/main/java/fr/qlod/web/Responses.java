package fr.qlod.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Status codes, content negotiation and conditional responses shared by the servlets. */
final class Responses {
    static final int OK = 200;
    static final int SEE_OTHER = 303;
    static final int NOT_MODIFIED = 304;
    static final int BAD_REQUEST = 400;
    static final int NOT_FOUND = 404;
    static final int NOT_ACCEPTABLE = 406;
    static final int HEADERS_TOO_LARGE = 431;
    static final int NOT_IMPLEMENTED = 501;
    /** How long a document of a read-only store may be kept. */
    static final int MAX_AGE_SECONDS = 3600;

    private Responses() {}

    /** The format negotiated from the Accept header, or empty after answering 406 (or 431). */
    static Optional<Format> negotiate(HttpServletRequest req, HttpServletResponse resp, List<Format> offered)
            throws IOException {
        resp.addHeader("Vary", "Accept");
        String accept = req.getHeader("Accept");
        if (accept != null && accept.length() > ContentNegotiation.MAX_ACCEPT_LENGTH) {
            error(resp, HEADERS_TOO_LARGE, "En-tête trop long", "The Accept header is too long.");
            return Optional.empty();
        }
        Optional<Format> format = ContentNegotiation.choose(accept, offered);
        if (format.isEmpty()) {
            StringBuilder types = new StringBuilder();
            offered.forEach(f -> types.append(f.mediaType()).append(' '));
            error(
                    resp,
                    NOT_ACCEPTABLE,
                    "Format non disponible",
                    "None of the accepted media types can be served. Available: "
                            + types.toString().trim());
        }
        return format;
    }

    /** An HTML error page with the status. */
    static void error(HttpServletResponse resp, int status, String title, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType(Format.HTML.contentType());
        byte[] body = Html.errorPage(status, title, message).getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The graph in an RDF format; in N-Quads and TriG, as the default graph. */
    static byte[] rdf(Graph graph, Format format) {
        if (format == Format.TURTLE) {
            return TurtleDocument.write(graph, Labels.PREFIXES);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        graph.getPrefixMapping().setNsPrefixes(Labels.PREFIXES);
        if (format.isQuads()) {
            DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
            RDFWriter.source(dataset).format(format.rdf()).output(out);
        } else {
            RDFWriter.source(graph).format(format.rdf()).output(out);
        }
        return out.toByteArray();
    }

    /**
     * How long a response may be kept: an hour when the store cannot change while served (a client
     * or a cache then asks again with its ETag), else only after asking again each time.
     */
    static void cache(HttpServletResponse resp, Site site) {
        resp.setHeader("Cache-Control", site.readOnly() ? "public, max-age=" + MAX_AGE_SECONDS : "no-cache");
    }

    /**
     * Sends a body with an ETag (a hash of the body) and Last-Modified, or 304 when the request's
     * If-None-Match or If-Modified-Since says the client has it already.
     */
    static void sendConditional(
            HttpServletRequest req, HttpServletResponse resp, Format format, byte[] body, Instant lastModified)
            throws IOException {
        String etag = "\"" + hash(body) + "\"";
        long modified = lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", modified);
        String ifNoneMatch = req.getHeader("If-None-Match");
        boolean fresh;
        if (ifNoneMatch != null) {
            fresh = ifNoneMatch.trim().equals("*")
                    || List.of(ifNoneMatch.split(",")).stream()
                            .map(String::trim)
                            .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                            .anyMatch(etag::equals);
        } else {
            long since = dateHeader(req, "If-Modified-Since");
            fresh = since >= 0 && modified <= since;
        }
        if (fresh) {
            resp.setStatus(NOT_MODIFIED);
            return;
        }
        resp.setStatus(OK);
        resp.setContentType(format.contentType());
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            OutputStream out = resp.getOutputStream();
            out.write(body);
        }
    }

    private static long dateHeader(HttpServletRequest req, String name) {
        try {
            return req.getDateHeader(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The scheme, host and port the request was sent to, e.g. {@code http://localhost:3030}: an address the client can reach. */
    static String origin(HttpServletRequest req) {
        StringBuffer url = req.getRequestURL();
        return url.substring(0, url.length() - req.getRequestURI().length());
    }

    /** The {@code page} parameter: a number from 0, else 0. */
    static int page(HttpServletRequest req) {
        String p = req.getParameter("page");
        try {
            int n = p == null ? 0 : Integer.parseInt(p);
            return Math.max(0, Math.min(n, 1_000_000));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

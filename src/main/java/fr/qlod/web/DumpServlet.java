package fr.qlod.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * {@code /dumps/}: lists the dumps with their sizes and checksums; {@code /dumps/NAME.nq.gz}: one
 * dump ({@link Dumps}), as N-Quads ({@code application/n-quads}) with {@code Content-Encoding: gzip}
 * (RFC 9110 §8.4: the gzip is a coding of the N-Quads, not another type), so that a client that
 * asks for gzip (browsers, curl {@code --compressed}, Comunica, Jena) decodes it by itself; a
 * client that does not say it takes gzip (rdflib, urllib) gets the same N-Quads uncompressed, since
 * identity is the one coding every client reads. Either way with its exact Content-Length (on HEAD
 * too), an ETag and {@code Repr-Digest} (RFC 9530) from the SHA-256 of the gzipped file. Any other
 * name is 404; names with dot segments or backslashes are 400; no file outside the dumps is read.
 */
final class DumpServlet extends HttpServlet {
    static final String DUMP_NAME = Dumps.ALL;
    static final String NQUADS = "application/n-quads";

    private final transient Site site;

    DumpServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        String raw = uri.substring(Math.min(uri.length(), "/dumps".length()));
        String lower = raw.toLowerCase(Locale.ROOT);
        if (raw.contains("..")
                || lower.contains("%2e")
                || raw.contains("\\")
                || lower.contains("%5c")
                || lower.contains("%2f")) {
            Responses.error(
                    resp, Responses.BAD_REQUEST, "Adresse invalide", "Dump names never contain '..' or backslashes.");
            return;
        }
        if (site.store() == null) {
            Responses.error(
                    resp,
                    Responses.NOT_IMPLEMENTED,
                    "Pas de téléchargement",
                    "This server publishes a remote "
                            + "SPARQL store: the dump is made where the data lives (qlod serve --db on that store's data).");
            return;
        }
        if (raw.isEmpty() || raw.equals("/")) {
            list(req, resp);
            return;
        }
        Optional<Dumps.Dump> dump = site.dumps().named(raw.substring(1));
        if (dump.isEmpty()) {
            Responses.error(
                    resp,
                    Responses.NOT_FOUND,
                    "Fichier inconnu",
                    "There is no such dump: the dumps are listed " + "at /dumps/, the whole dataset is /dumps/"
                            + DUMP_NAME + ".");
            return;
        }
        send(req, resp, dump.get());
    }

    private void list(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] bytes = Templates.render(
                "dumps.jte",
                Map.of("chrome", Chrome.of(req, resp), "dumps", site.dumps().all()));
        Responses.cache(resp, site);
        resp.setContentType(Format.HTML.contentType());
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private void send(HttpServletRequest req, HttpServletResponse resp, Dumps.Dump dump) throws IOException {
        boolean gzip = acceptsGzip(req.getHeader("Accept-Encoding"));
        String etag = "\"" + dump.sha256().substring(0, 32) + (gzip ? "-gzip" : "") + "\"";
        resp.addHeader("Vary", "Accept-Encoding");
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", site.dataTime().toEpochMilli());
        Responses.cache(resp, site);
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            resp.setStatus(Responses.NOT_MODIFIED);
            return;
        }
        resp.setContentType(NQUADS);
        resp.setHeader(
                "Content-Disposition", "attachment; filename=\"" + (gzip ? dump.name() : dump.plainName()) + "\"");
        if (gzip) {
            resp.setHeader("Content-Encoding", "gzip");
            resp.setHeader(
                    "Repr-Digest",
                    "sha-256=:"
                            + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(dump.sha256())) + ":");
            resp.setContentLengthLong(dump.bytes());
        } else {
            resp.setContentLengthLong(dump.uncompressedBytes());
        }
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        try (InputStream file = Files.newInputStream(dump.file());
                InputStream in = gzip ? file : new GZIPInputStream(file, 1 << 16)) {
            in.transferTo(resp.getOutputStream());
        }
    }

    /**
     * Whether the Accept-Encoding header takes gzip: named (or {@code *}) with a q-value above 0. A
     * request without the header gets identity: RFC 9110 lets a server send any coding then, but the
     * clients that send none are those that cannot decode one.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim();
            if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
                return pieces.length < 2 || !pieces[1].trim().matches("q\\s*=\\s*0(\\.0*)?");
            }
        }
        return false;
    }
}

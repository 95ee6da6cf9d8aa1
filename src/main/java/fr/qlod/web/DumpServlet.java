package fr.qlod.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * {@code /dumps/}: lists the dumps; {@code /dumps/qlod.nq.gz}: every quad of the store as gzipped
 * N-Quads, streamed from one read transaction (never built in memory, no Content-Length). Any other
 * name is 404; names with dot segments or backslashes are 400. No file is ever read.
 */
final class DumpServlet extends HttpServlet {
    static final String DUMP_NAME = "qlod.nq.gz";
    private static final String NQUADS_GZ = "application/n-quads";

    private final transient Site site;

    DumpServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String uri = req.getRequestURI();
        String raw = uri.substring(Math.min(uri.length(), "/dumps".length()));
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (raw.contains("..") || lower.contains("%2e") || raw.contains("\\") || lower.contains("%5c")
                || lower.contains("%2f")) {
            Responses.error(resp, Responses.BAD_REQUEST, "Adresse invalide", "Dump names never contain '..' or backslashes.");
            return;
        }
        if (raw.isEmpty() || raw.equals("/")) {
            list(resp);
        } else if (raw.equals("/" + DUMP_NAME)) {
            dump(req, resp);
        } else {
            Responses.error(resp, Responses.NOT_FOUND, "Fichier inconnu", "The only dump is /dumps/" + DUMP_NAME + ".");
        }
    }

    private void list(HttpServletResponse resp) throws IOException {
        String body = "<h1>Données à télécharger</h1>\n<ul><li><a href=\"/dumps/" + DUMP_NAME + "\">" + DUMP_NAME
                + "</a> — tout le jeu de données en N-Quads compressé (gzip), un graphe nommé par fiche source. "
                + "Licence Ouverte 2.0.</li></ul>\n";
        byte[] bytes = Html.page("Données", "", body).getBytes(StandardCharsets.UTF_8);
        resp.setContentType(Format.HTML.contentType());
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private void dump(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType(NQUADS_GZ);
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + DUMP_NAME + "\"");
        resp.setDateHeader("Last-Modified", site.dataTime().toEpochMilli());
        if ("HEAD".equals(req.getMethod())) {
            return;
        }
        if (site.store() == null) {
            Responses.error(resp, Responses.NOT_IMPLEMENTED, "Pas de téléchargement", "This server publishes a remote "
                    + "SPARQL store: the dump is made where the data lives (qlod serve --db on that store's data).");
            return;
        }
        DatasetGraph dsg = site.store().dataset();
        OutputStream raw = resp.getOutputStream();
        GZIPOutputStream gzip = new GZIPOutputStream(raw, 1 << 16);
        Txn.executeRead(dsg, () -> {
            StreamRDF out = StreamRDFWriter.getWriterStream(gzip, RDFFormat.NQUADS);
            out.start();
            Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                out.quad(quads.next());
            }
            out.finish();
        });
        gzip.finish();
        gzip.flush();
    }
}

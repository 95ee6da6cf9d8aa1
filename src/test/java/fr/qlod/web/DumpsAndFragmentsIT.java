package fr.qlod.web;

import static fr.qlod.web.WebFixtures.BASE;
import static fr.qlod.web.WebFixtures.HTTP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import fr.qlod.store.QuestionStore;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dumps as clients fetch them (gzip coding, lengths, checksums, per legislature), the DCAT and VoID that describe them, and Triple Pattern Fragments. */
class DumpsAndFragmentsIT {
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final Node LEGISLATURE_14 = NodeFactory.createURI(BASE + "id/legislature/14");
    private static final String QUESTION = "question/QANR5L14QE80000";
    private static final Node QUESTION_GRAPH = NodeFactory.createURI(BASE + "graph/" + QUESTION);

    @TempDir
    static Path dir;

    static QuestionStore store;
    static QlodServer server;
    static int port;

    @BeforeAll
    static void start() {
        store = WebFixtures.store(dir.resolve("db"));
        // one more question, of the 14th legislature, in a graph of its own
        Node question = NodeFactory.createURI(BASE + "id/" + QUESTION);
        store.load(out -> {
            out.quad(Quad.create(QUESTION_GRAPH, question, Qlod.Nodes.legislature, LEGISLATURE_14));
            out.quad(Quad.create(
                    QUESTION_GRAPH, question, RDFS.label.asNode(), NodeFactory.createLiteralLang("Q", "fr")));
        });
        server = WebFixtures.server(store).build().start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        WebFixtures.stop(store, server);
    }

    @Test
    void aClientTakingGzipGetsTheDumpAsGzipCodedNQuadsWithItsLength() throws Exception {
        HttpResponse<byte[]> r = send("/dumps/qlod.nq.gz", "GET", "gzip, deflate");
        HttpResponse<byte[]> head = send("/dumps/qlod.nq.gz", "HEAD", "gzip, deflate");

        assertEquals(200, r.statusCode());
        assertEquals(
                "application/n-quads", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals(
                Long.toString(r.body().length),
                r.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(
                Long.toString(r.body().length),
                head.headers().firstValue("Content-Length").orElseThrow());
        assertEquals(0, head.body().length);
        assertTrue(r.headers().firstValue("Repr-Digest").orElseThrow().startsWith("sha-256=:"));
        DatasetGraph dump = nquads(gunzip(r.body()));
        Txn.executeRead(store.dataset(), () -> assertTrue(IsoMatcher.isomorphic(store.dataset(), dump)));
    }

    @Test
    void aClientThatSaysNoCodingGetsTheSameNQuadsUncompressed() throws Exception {
        HttpResponse<byte[]> r = send("/dumps/qlod.nq.gz", "GET", null);

        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(
                Long.toString(r.body().length),
                r.headers().firstValue("Content-Length").orElseThrow());
        assertTrue(r.headers().allValues("Vary").toString().contains("Accept-Encoding"));
        Txn.executeRead(store.dataset(), () -> assertTrue(IsoMatcher.isomorphic(store.dataset(), nquads(r.body()))));
    }

    @Test
    void aLegislatureDumpHoldsTheGraphsNamingThatLegislature() throws Exception {
        HttpResponse<byte[]> r = send("/dumps/qlod-legislature-14.nq.gz", "GET", "gzip");
        DatasetGraph dump = nquads(gunzip(r.body()));

        assertEquals(200, r.statusCode());
        assertEquals(List.of(QUESTION_GRAPH), iterate(dump.listGraphNodes()));
        Txn.executeRead(
                store.dataset(),
                () -> assertTrue(IsoMatcher.isomorphic(
                        store.dataset().getGraph(QUESTION_GRAPH), dump.getGraph(QUESTION_GRAPH))));
        assertEquals(404, send("/dumps/qlod-legislature-15.nq.gz", "GET", null).statusCode());
        assertTrue(Jsoup.parse(new String(send("/dumps/", "GET", null).body(), StandardCharsets.UTF_8))
                        .select("a[href=/dumps/qlod-legislature-14.nq.gz]")
                        .size()
                == 1);
    }

    @Test
    void dcatGivesEachDumpItsTypeCompressionSizeAndChecksum() throws Exception {
        Graph v = turtle(WebFixtures.get(port, "/void", "text/turtle").body());
        for (String name : List.of("qlod.nq.gz", "qlod-legislature-14.nq.gz")) {
            byte[] body = send("/dumps/" + name, "GET", "gzip").body();
            Node distribution = v.find(
                            Node.ANY, DCAT.downloadURL.asNode(), NodeFactory.createURI(BASE + "dumps/" + name))
                    .next()
                    .getSubject();
            Node checksum = v.find(distribution, NodeFactory.createURI(VoidDescription.SPDX + "checksum"), Node.ANY)
                    .next()
                    .getObject();

            assertTrue(
                    v.contains(
                            distribution,
                            DCAT.mediaType.asNode(),
                            NodeFactory.createURI(VoidDescription.IANA + "application/n-quads")),
                    name);
            assertTrue(
                    v.contains(
                            distribution,
                            DCAT.compressFormat.asNode(),
                            NodeFactory.createURI(VoidDescription.IANA + "application/gzip")),
                    name);
            assertEquals(
                    Integer.toString(body.length),
                    v.find(distribution, DCAT.byteSize.asNode(), Node.ANY)
                            .next()
                            .getObject()
                            .getLiteralLexicalForm(),
                    name);
            assertEquals(
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(body)),
                    v.find(checksum, NodeFactory.createURI(VoidDescription.SPDX + "checksumValue"), Node.ANY)
                            .next()
                            .getObject()
                            .getLiteralLexicalForm(),
                    name);
        }
    }

    @Test
    void voidLinksetsCountTheLinksAsTheyAreWrittenAndPointToTheFragments() throws Exception {
        Graph v = turtle(WebFixtures.get(port, "/void", "text/turtle").body());
        Node nosdeputes = NodeFactory.createURI(BASE + "void#links-https-www-nosdeputes-fr");

        assertTrue(v.contains(
                nosdeputes, VOID.objectsTarget.asNode(), NodeFactory.createURI("https://www.nosdeputes.fr/")));
        assertEquals(
                "1",
                v.find(nosdeputes, VOID.triples.asNode(), Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());
        assertTrue(v.contains(nosdeputes, VOID.linkPredicate.asNode(), RDFS.seeAlso.asNode()));
        assertTrue(v.contains(
                NodeFactory.createURI(BASE + "void#links-http-www-wikidata-org"),
                VOID.objectsTarget.asNode(),
                NodeFactory.createURI("http://www.wikidata.org/")));
        assertFalse(
                v.find(Node.ANY, VOID.objectsTarget.asNode(), NodeFactory.createURI("http://example.test/"))
                        .hasNext(),
                "our own IRIs are no linkset");
        assertTrue(v.contains(Node.ANY, DCAT.endpointURL.asNode(), NodeFactory.createURI(BASE + "fragments")));
    }

    @Test
    void fragmentPagesTogetherHoldEveryTripleOfTheStoreOnce() throws Exception {
        Graph all = GraphFactory.createDefaultGraph();
        String next = "http://localhost:" + port + "/fragments";
        int pages = 0;
        long total = -1;
        while (next != null) {
            HttpResponse<String> r = HTTP.send(
                    HttpRequest.newBuilder(URI.create(next))
                            .header("Accept", "application/trig")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), next);
            DatasetGraph page = DatasetGraphFactory.create();
            RDFParser.fromString(r.body(), Lang.TRIG).parse(page);
            Node here = NodeFactory.createURI(next);
            Graph metadata = page.getGraph(NodeFactory.createURI(next + "#metadata"));
            page.getDefaultGraph().find().forEach(all::add);
            assertEquals(
                    FragmentsServlet.PAGE_SIZE, Math.max(page.getDefaultGraph().size(), FragmentsServlet.PAGE_SIZE));
            total = Long.parseLong(metadata.find(here, NodeFactory.createURI(HYDRA + "totalItems"), Node.ANY)
                    .next()
                    .getObject()
                    .getLiteralLexicalForm());
            assertTrue(metadata.find(Node.ANY, NodeFactory.createURI(HYDRA + "template"), Node.ANY)
                    .hasNext());
            var link = metadata.find(here, NodeFactory.createURI(HYDRA + "next"), Node.ANY);
            next = link.hasNext() ? link.next().getObject().getURI() : null;
            pages++;
        }
        Graph union = Txn.calculateRead(store.dataset(), () -> {
            Graph g = GraphFactory.createDefaultGraph();
            store.dataset().find().forEachRemaining(q -> g.add(q.asTriple()));
            return g;
        });

        assertTrue(pages > 1, "paged");
        assertTrue(IsoMatcher.isomorphic(union, all));
        assertEquals(
                Txn.calculateRead(store.dataset(), () ->
                        (long) iterate(store.dataset().find()).size()),
                total,
                "the count is the stored quads'");
    }

    @Test
    void aFragmentMatchesALiteralObjectAndCountsFromTheIndexes() throws Exception {
        String literal = URLEncoder.encode("\"Question 7\"@fr", StandardCharsets.UTF_8);
        String predicate = URLEncoder.encode(RDFS.label.getURI(), StandardCharsets.UTF_8);
        String url = "/fragments?predicate=" + predicate + "&object=" + literal;
        HttpResponse<String> r = WebFixtures.get(port, url, "text/turtle");
        Graph g = turtle(r.body());
        Node here = NodeFactory.createURI("http://localhost:" + port + url);

        assertEquals(200, r.statusCode(), r.body());
        assertTrue(g.contains(
                NodeFactory.createURI(BASE + "id/question/QANR5L14QE70007"),
                RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Question 7", "fr")));
        assertEquals(
                "1",
                g.find(here, VOID.triples.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm());
        assertEquals(200, WebFixtures.get(port, url, "text/html").statusCode());
        assertEquals(
                "0",
                turtle(WebFixtures.get(port, "/fragments?subject=" + literal, "text/turtle")
                                .body())
                        .find(Node.ANY, VOID.triples.asNode(), Node.ANY)
                        .next()
                        .getObject()
                        .getLiteralLexicalForm());
    }

    private static HttpResponse<byte[]> send(String path, String method, String acceptEncoding) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (acceptEncoding != null) {
            b.header("Accept-Encoding", acceptEncoding);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private static DatasetGraph nquads(byte[] body) {
        DatasetGraph d = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(body)).lang(Lang.NQUADS).parse(d);
        return d;
    }

    private static Graph turtle(String body) {
        return WebFixtures.parse(body, Lang.TURTLE);
    }

    private static <T> List<T> iterate(java.util.Iterator<T> it) {
        List<T> list = new java.util.ArrayList<>();
        it.forEachRemaining(list::add);
        return list;
    }
}

package fr.qlod.web;

import static fr.qlod.web.WebFixtures.BASE;
import static fr.qlod.web.WebFixtures.HTTP;
import static fr.qlod.web.WebFixtures.QUESTION;
import static fr.qlod.web.WebFixtures.get;
import static fr.qlod.web.WebFixtures.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.store.QuestionStore;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What clients written elsewhere need of the read endpoints: CORS, 404s, formats, cache headers, SPARQL limits. */
class ReadEndpointsIT {
    private static final int RESULT_LIMIT = 5;
    private static final String ORIGIN = "https://yasgui.example.org";
    private static final String QUESTIONS = "SELECT ?q WHERE { ?q ?p ?o } ";

    @TempDir
    static Path dir;

    static QuestionStore store;
    static QlodServer server;
    static FusekiServer remote;
    static QlodServer trusting;
    static int port;
    static String remoteUrl;

    @BeforeAll
    static void start() {
        store = WebFixtures.store(dir.resolve("db"));
        server = WebFixtures.server(store).resultLimit(RESULT_LIMIT).build().start();
        port = server.port();
        DatasetGraph other = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(other, () -> other.getDefaultGraph()
                .add(
                        NodeFactory.createURI("urn:remote:thing"),
                        RDF.type.asNode(),
                        NodeFactory.createURI("urn:remote:Kind")));
        remote = FusekiServer.create()
                .port(0)
                .loopback(true)
                .add("/remote", other)
                .build()
                .start();
        remoteUrl = "http://localhost:" + remote.getHttpPort() + "/remote/sparql";
        trusting = WebFixtures.server(store)
                .allowService(URI.create(remoteUrl))
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        try {
            remote.stop();
        } finally {
            WebFixtures.stop(store, server, trusting);
        }
    }

    @Test
    void aPreflightFromAnotherOriginIsAnsweredOnEveryReadEndpoint() throws Exception {
        for (String path : List.of(
                "/sparql",
                "/doc/" + QUESTION,
                "/search?q=x",
                "/void",
                "/dumps/qlod.nq.gz",
                "/fragments",
                "/context.jsonld",
                "/id/" + QUESTION)) {
            HttpResponse<String> r = HTTP.send(
                    request(path)
                            .header("Origin", ORIGIN)
                            .header("Access-Control-Request-Method", "POST")
                            .header("Access-Control-Request-Headers", "content-type, x-requested-with")
                            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(204, r.statusCode(), path);
            assertEquals(
                    "*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
            assertTrue(
                    r.headers()
                            .firstValue("Access-Control-Allow-Methods")
                            .orElse("")
                            .contains("POST"),
                    path);
            assertEquals(
                    "content-type, x-requested-with",
                    r.headers().firstValue("Access-Control-Allow-Headers").orElse(null),
                    path);
            assertEquals(
                    Integer.toString(Cors.MAX_AGE_SECONDS),
                    r.headers().firstValue("Access-Control-Max-Age").orElse(null),
                    path);
        }
    }

    @Test
    void aQueryPostedFromAnotherOriginMayBeReadThere() throws Exception {
        HttpResponse<String> form = HTTP.send(
                request("/sparql")
                        .header("Origin", ORIGIN)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString("query=" + enc("ASK {}")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> direct = HTTP.send(
                request("/sparql")
                        .header("Origin", ORIGIN)
                        .header("Content-Type", "application/sparql-query")
                        .header("Accept", "application/sparql-results+json")
                        .POST(HttpRequest.BodyPublishers.ofString("ASK {}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> r : List.of(form, direct)) {
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(
                    "*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertTrue(r.body().contains("\"boolean\" : true"), r.body());
        }
    }

    @Test
    void theUpdateEndpointIsNeverSharedAcrossOrigins() throws Exception {
        HttpResponse<String> preflight = HTTP.send(
                request("/update")
                        .header("Origin", ORIGIN)
                        .header("Access-Control-Request-Method", "POST")
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> post = HTTP.send(
                request("/update")
                        .header("Origin", ORIGIN)
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertNull(preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertNull(
                preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(null));
        assertNull(post.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertFalse(Txn.calculateRead(store.dataset(), () -> store.dataset().isEmpty()), "nothing was cleared");
    }

    @Test
    void anUnknownResourceAnswers404AtOnceWithAHelpfulPage() throws Exception {
        for (String path : List.of("/id/question/QANR5L14QE99999999", "/id/nothing/at/all", "/doc/nothing/at/all")) {
            HttpResponse<String> r = get(port, path, "text/html");

            assertEquals(404, r.statusCode(), path);
            Document page = Jsoup.parse(r.body());
            assertTrue(page.text().contains(BASE + "id/" + path.replaceFirst("^/(id|doc)/", "")), page.text());
            assertTrue(page.select("a[href=/search], code, p").text().contains("/search"), page.text());
        }
        assertEquals(303, get(port, "/id/" + QUESTION, "text/turtle").statusCode(), "a known resource still redirects");
    }

    @Test
    void aGraphIriDereferencesToItsProvenance() throws Exception {
        HttpResponse<String> r = get(port, "/graph/" + QUESTION, "text/turtle");
        HttpResponse<String> html = get(port, "/graph/" + QUESTION, "text/html");
        Node graph = NodeFactory.createURI(BASE + "graph/" + QUESTION);

        assertEquals(200, r.statusCode(), r.body());
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(
                g.contains(graph, NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime"), Node.ANY),
                r.body());
        assertEquals(200, html.statusCode());
        assertEquals(
                404,
                get(port, "/graph/question/QANR5L14QE99999999", "text/turtle").statusCode());
    }

    @Test
    void aGraphsHtmlPageLinksToTheGraphsOwnDocuments() throws Exception {
        Document html = Jsoup.parse(get(port, "/graph/" + QUESTION, "text/html").body());
        Node graph = NodeFactory.createURI(BASE + "graph/" + QUESTION);

        List<String> links = html.select("p.formats a").eachAttr("href");
        assertFalse(links.isEmpty(), html.outerHtml());
        assertEquals(links, html.select("link[rel=alternate]").eachAttr("href"));
        for (String href : links) {
            assertTrue(href.startsWith("/graph/" + QUESTION + "."), href);
            HttpResponse<String> doc = get(port, href, null);
            assertEquals(200, doc.statusCode(), href);
            if (href.endsWith(".ttl")) {
                assertTrue(
                        parse(doc.body(), Lang.TURTLE)
                                .contains(
                                        graph,
                                        NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime"),
                                        Node.ANY),
                        doc.body());
            }
        }
    }

    @Test
    void documentsAreServedInNQuadsAndTrigByNegotiationAndSuffix() throws Exception {
        Graph turtle = parse(get(port, "/doc/" + QUESTION + ".ttl", null).body(), Lang.TURTLE);
        for (Format f : List.of(Format.NQUADS, Format.TRIG)) {
            HttpResponse<String> negotiated = get(port, "/doc/" + QUESTION, f.mediaType());
            HttpResponse<String> suffix = get(port, "/doc/" + QUESTION + f.suffix(), null);
            HttpResponse<String> redirect = get(port, "/id/" + QUESTION, f.mediaType() + ", text/turtle;q=0.5");

            assertEquals(200, negotiated.statusCode(), f.toString());
            assertTrue(negotiated
                    .headers()
                    .firstValue("Content-Type")
                    .orElseThrow()
                    .startsWith(f.mediaType()));
            assertTrue(IsoMatcher.isomorphic(turtle, parse(negotiated.body(), f.lang())), f.toString());
            assertTrue(IsoMatcher.isomorphic(turtle, parse(suffix.body(), f.lang())), f.toString());
            assertEquals(
                    "/doc/" + QUESTION + f.suffix(),
                    redirect.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void jsonLdDocumentsNameThePublishedContextAndMeanTheSameTriples() throws Exception {
        Graph turtle = parse(get(port, "/doc/" + QUESTION + ".ttl", null).body(), Lang.TURTLE);
        HttpResponse<String> doc = get(port, "/doc/" + QUESTION, "application/ld+json");
        HttpResponse<String> context = get(port, JsonLdContext.PATH, null);
        String contextUrl = "http://localhost:" + port + JsonLdContext.PATH;

        assertEquals(200, context.statusCode());
        assertTrue(context.headers().firstValue("Content-Type").orElseThrow().startsWith("application/ld+json"));
        assertTrue(context.headers().firstValue("Cache-Control").orElseThrow().contains("max-age="));
        assertTrue(context.body().contains("\"askedBy\""), context.body());
        assertTrue(doc.body().contains("\"@context\": \"" + contextUrl + "\""), doc.body());
        assertTrue(doc.body().contains("\"askedBy\""), "compacted with the context's terms: " + doc.body());
        String inlined = doc.body().replace("\"" + contextUrl + "\"", contextObject(context.body()));
        assertTrue(IsoMatcher.isomorphic(turtle, parse(inlined, Lang.JSONLD)), doc.body());
    }

    @Test
    void documentsOfAReadOnlyStoreMayBeKeptAnHour() throws Exception {
        for (String path : List.of("/doc/" + QUESTION, "/doc/" + QUESTION + ".nq", "/graph/" + QUESTION, "/void")) {
            HttpResponse<String> r = get(port, path, null);

            assertEquals(
                    "public, max-age=" + Responses.MAX_AGE_SECONDS,
                    r.headers().firstValue("Cache-Control").orElse(null),
                    path);
        }
    }

    @Test
    void serviceIsRefusedWithA400UnlessTheEndpointIsAllowed() throws Exception {
        String federated = "SELECT ?s WHERE { SERVICE <" + remoteUrl + "> { ?s a ?k } }";
        HttpResponse<String> refused = get(port, "/sparql?query=" + enc(federated), "application/sparql-results+json");
        HttpResponse<String> elsewhere = get(
                port,
                "/sparql?query="
                        + enc(
                                "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } } } }"),
                "application/sparql-results+json");
        HttpResponse<String> allowed =
                get(trusting.port(), "/sparql?query=" + enc(federated), "application/sparql-results+json");

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("SERVICE <" + remoteUrl + "> is not allowed"), refused.body());
        assertEquals(400, elsewhere.statusCode(), "a SERVICE in a subquery: " + elsewhere.body());
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertTrue(allowed.body().contains("urn:remote:thing"), allowed.body());
    }

    @Test
    void aResultCutByTheRowLimitSaysSo() throws Exception {
        HttpResponse<String> cut = get(port, "/sparql?query=" + enc(QUESTIONS), "application/sparql-results+json");
        HttpResponse<String> whole = get(
                port, "/sparql?query=" + enc(QUESTIONS + "LIMIT " + RESULT_LIMIT), "application/sparql-results+json");

        assertEquals(RESULT_LIMIT, rows(cut.body()));
        assertEquals(
                "true", cut.headers().firstValue(LimitedQuery.TRUNCATED_HEADER).orElse(null));
        assertEquals(
                Integer.toString(RESULT_LIMIT),
                cut.headers().firstValue(LimitedQuery.LIMIT_HEADER).orElse(null));
        assertEquals(RESULT_LIMIT, rows(whole.body()));
        assertNull(
                whole.headers().firstValue(LimitedQuery.TRUNCATED_HEADER).orElse(null),
                "exactly the limit, asked for, is not a cut result");
        assertTrue(Jsoup.parse(get(port, "/query", "text/html").body()).text().contains(LimitedQuery.TRUNCATED_HEADER));
    }

    @Test
    void headOnAQueryAnswersLikeItsGetWithoutABody() throws Exception {
        HttpResponse<String> head = HTTP.send(
                request("/sparql?query=" + enc("ASK {}"))
                        .header("Accept", "application/sparql-results+json")
                        .method("HEAD", HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, head.statusCode());
        assertTrue(
                head.headers().firstValue("Content-Type").orElseThrow().startsWith("application/sparql-results+json"));
        assertEquals("", head.body());
    }

    private static String contextObject(String contextDocument) {
        String body = contextDocument.strip();
        int start = body.indexOf('{', 1);
        return body.substring(start, body.lastIndexOf('}')).strip();
    }

    private static int rows(String json) {
        ResultSet rs =
                ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        int n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

package fr.qlod.web;

import static fr.qlod.web.WebFixtures.BASE;
import static fr.qlod.web.WebFixtures.HTTP;
import static fr.qlod.web.WebFixtures.ORGAN;
import static fr.qlod.web.WebFixtures.QUESTION;
import static fr.qlod.web.WebFixtures.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import fr.qlod.store.QuestionStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerIT {
    private static final String HTML = "text/html";
    private static final int RESULT_LIMIT = 5;

    @TempDir
    static Path dir;

    static QuestionStore store;
    static QlodServer server;
    static int port;

    @BeforeAll
    static void start() {
        store = WebFixtures.store(dir.resolve("db"));
        server = WebFixtures.server(store)
                .queryTimeout(Duration.ofSeconds(2))
                .resultLimit(RESULT_LIMIT)
                .build()
                .start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        WebFixtures.stop(store, server);
    }

    @Test
    void idAnswers303ToTheNegotiatedDocumentVaryingOnAccept() throws Exception {
        HttpResponse<String> html = get(port, "/id/" + QUESTION, HTML);
        HttpResponse<String> turtle = get(port, "/id/" + QUESTION, "text/turtle");
        HttpResponse<String> suffix = get(port, "/id/" + QUESTION + ".rdf", HTML);

        assertEquals(303, html.statusCode());
        assertEquals("/doc/" + QUESTION, html.headers().firstValue("Location").orElseThrow());
        assertTrue(html.headers().allValues("Vary").contains("Accept"));
        assertEquals(
                "/doc/" + QUESTION + ".ttl",
                turtle.headers().firstValue("Location").orElseThrow());
        assertEquals(
                "/doc/" + QUESTION + ".rdf",
                suffix.headers().firstValue("Location").orElseThrow());
        assertEquals(
                200,
                get(port, html.headers().firstValue("Location").orElseThrow(), HTML)
                        .statusCode());
    }

    @Test
    void everyRdfFormatHoldsWhatTheStoreSaysOfTheResource() throws Exception {
        Graph expected = expectedDescription(BASE + "id/" + QUESTION);
        for (Format f : LinkedDataServlet.RDF_FORMATS) {
            HttpResponse<String> r = get(port, "/doc/" + QUESTION, f.mediaType());
            HttpResponse<String> bySuffix = get(port, "/doc/" + QUESTION + f.suffix(), null);

            assertEquals(200, r.statusCode(), f.toString());
            assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith(f.mediaType()), f.toString());
            assertTrue(IsoMatcher.isomorphic(expected, parse(r.body(), f.lang())), f.toString());
            assertTrue(IsoMatcher.isomorphic(expected, parse(bySuffix.body(), f.lang())), f.toString());
        }
    }

    @Test
    void pingAnswersForHealthChecks() throws Exception {
        HttpResponse<String> r = get(port, "/$/ping", null);

        assertEquals(200, r.statusCode());
        assertFalse(r.body().isBlank(), "Fuseki's ping answers with the time");
        assertEquals(
                405,
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/$/ping"))
                                        .method("DELETE", HttpRequest.BodyPublishers.noBody())
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    @Test
    void aResponseWrittenWithoutALengthDoesNotTakeMegabytesOfDirectMemory() throws Exception {
        BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(b -> b.getName().equals("direct"))
                .findFirst()
                .orElseThrow();
        get(port, "/$/ping", null);
        long before = direct.getTotalCapacity();

        for (int i = 0; i < 20; i++) {
            assertEquals(200, get(port, "/$/ping", null).statusCode());
        }

        // Fuseki's own setting gave every such response a 5 MiB buffer, too large for Jetty's pool: under
        // load the JVM stopped for a System.gc() every hundred responses to free the direct memory
        long grown = direct.getTotalCapacity() - before;
        assertTrue(grown < 4L * 1024 * 1024, () -> "20 pings took " + grown + " bytes of direct memory");
    }

    @Test
    void nothingAcceptableIs406() throws Exception {
        HttpResponse<String> r = get(port, "/doc/" + QUESTION, "image/png");

        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"));
    }

    @Test
    void anUnknownResourceIsAHelpful404Page() throws Exception {
        HttpResponse<String> r = get(port, "/doc/question/QANR5L14QE99999", HTML);
        HttpResponse<String> path = get(port, "/nowhere/at/all", HTML);

        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("<form action=\"/search\""));
        assertTrue(r.body().contains("href=\"/\""));
        assertEquals(404, path.statusCode());
        assertTrue(path.body().contains("<form action=\"/search\""));
    }

    @Test
    void malformedResourcePathsAre400() throws Exception {
        for (String bad : List.of("/doc/question/a%20b", "/doc/question/%3Cscript%3E", "/id/a//b", "/doc/")) {
            HttpResponse<String> r = get(port, bad, HTML);
            assertEquals(400, r.statusCode(), bad);
            assertFalse(r.body().contains("Exception"), bad);
        }
    }

    @Test
    void etagAndLastModifiedAnswer304() throws Exception {
        HttpResponse<String> first = get(port, "/doc/" + QUESTION, HTML);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String modified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<String> byTag =
                send(request("/doc/" + QUESTION).header("Accept", HTML).header("If-None-Match", etag));
        HttpResponse<String> byDate =
                send(request("/doc/" + QUESTION).header("Accept", HTML).header("If-Modified-Since", modified));

        assertEquals("Fri, 01 Mar 2024 10:00:00 GMT", modified);
        assertEquals(304, byTag.statusCode());
        assertEquals(304, byDate.statusCode());
        assertNotEquals(
                etag,
                get(port, "/doc/" + QUESTION, "text/turtle")
                        .headers()
                        .firstValue("ETag")
                        .orElseThrow());
    }

    @Test
    void theHtmlPageShowsLabelsTextsTheAnswerAndLinks() throws Exception {
        Document page = Jsoup.parse(get(port, "/doc/" + QUESTION, HTML).body());

        assertEquals(
                "Question écrite n° 59906 (14e législature)",
                page.selectFirst("h1").text());
        assertTrue(page.select("table.props th").eachText().contains("posée par"));
        assertEquals(
                "Thierry Lazaro", page.selectFirst("a[href=/doc/person/PA1857]").text());
        assertEquals(
                "Intérieur", page.selectFirst("a[href=/doc/organ/PO702926]").text());
        assertTrue(
                page.select(".text p")
                        .eachText()
                        .contains(
                                "M. Thierry Lazaro attire l'attention de M. le ministre de l'intérieur sur la cybercriminalité."));
        Element answer = page.selectFirst("h2 > a[href=/doc/" + QUESTION + "/answer]");
        assertEquals("Réponse à la question n° 59906", answer.text());
        assertEquals(
                "La lutte contre la cybercriminalité est une priorité du ministère.",
                answer.parent().nextElementSibling().selectFirst("p").text());
        assertNotNull(
                page.selectFirst(".official a[href=https://questions.assemblee-nationale.fr/q14/14-59906QE.htm]"));
        assertEquals(
                "/doc/" + QUESTION + ".ttl",
                page.selectFirst("link[rel=alternate][type=text/turtle]").attr("href"));
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void inverseLinksArePaged() throws Exception {
        String first = get(port, "/doc/" + ORGAN, HTML).body();
        String second = get(port, "/doc/" + ORGAN + "?page=1", HTML).body();
        Graph turtle = parse(get(port, "/doc/" + ORGAN + ".ttl", null).body(), Lang.TURTLE);

        assertTrue(first.contains("rel=\"next\" href=\"/doc/" + ORGAN + "?page=1\""));
        assertFalse(first.contains("rel=\"prev\""));
        assertTrue(second.contains("rel=\"prev\" href=\"/doc/" + ORGAN + "?page=0\""));
        assertFalse(second.contains("rel=\"next\""));
        assertEquals(50, Jsoup.parse(first).select("table.inverse tr").size());
        assertEquals(
                WebFixtures.EXTRA_LINKS + 2 - 50,
                Jsoup.parse(second).select("table.inverse tr").size());
        assertTrue(turtle.contains(
                NodeFactory.createURI(BASE + "doc/" + ORGAN),
                Labels.HYDRA_NEXT,
                NodeFactory.createURI(BASE + "doc/" + ORGAN + "?page=1")));
    }

    /**
     * The pages of a resource's inverse links follow SPARQL's order of subject then predicate, as a
     * front end over a remote store asks for them (ORDER BY ?s ?p), not the order of the store's
     * node ids: the same IRI gives the same page from every store.
     */
    @Test
    void inverseLinksArePagedBySubjectThenPredicate() throws Exception {
        Node organ = NodeFactory.createURI(BASE + "id/" + ORGAN);
        List<List<String>> pages = new ArrayList<>();
        for (String page : new String[] {"", "?page=1"}) {
            Graph g = parse(get(port, "/doc/" + ORGAN + ".ttl" + page, null).body(), Lang.TURTLE);
            List<String> links = new ArrayList<>();
            g.find(Node.ANY, Node.ANY, organ)
                    .forEach(t -> links.add(
                            t.getSubject().getURI() + " " + t.getPredicate().getURI()));
            links.sort(null);
            pages.add(links);
        }

        assertEquals(
                WebFixtures.EXTRA_LINKS + 2, pages.get(0).size() + pages.get(1).size());
        assertTrue(
                pages.get(0).get(pages.get(0).size() - 1).compareTo(pages.get(1).get(0)) < 0,
                "the first page ends with " + pages.get(0).get(pages.get(0).size() - 1)
                        + ", after the second page's first link " + pages.get(1).get(0));
    }

    @Test
    void aScriptInALabelIsPrintedEscaped() throws Exception {
        Document page = Jsoup.parse(get(port, "/doc/person/PA666", HTML).body());

        assertEquals(
                "<script>alert('pwned')</script> & Cie", page.selectFirst("h1").text());
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndGetsCors() throws Exception {
        for (String path : List.of("/", "/doc/" + QUESTION, "/nowhere", "/sparql?query=ASK%7B%7D")) {
            HttpResponse<String> r = get(port, path, null);
            assertEquals(
                    SecurityHeadersFilter.CSP,
                    r.headers().firstValue("Content-Security-Policy").orElse(null),
                    path);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(r.headers().firstValue("Referrer-Policy").isPresent(), path);
            assertEquals(
                    "*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), path);
        }
    }

    @Test
    void aHugeAcceptHeaderIsRefusedCleanly() throws Exception {
        HttpResponse<String> r = get(port, "/doc/" + QUESTION, "text/x-nothing, ".repeat(4096));

        assertTrue(List.of(400, 406, 431).contains(r.statusCode()), "status " + r.statusCode());
    }

    @Test
    void searchFindsAnotherInflectionAsHtmlAndJson() throws Exception {
        HttpResponse<String> html = get(port, "/search?q=cybercriminalit%C3%A9s", HTML);
        HttpResponse<String> json = get(port, "/search?q=cybercriminalit%C3%A9s&format=json", null);
        HttpResponse<String> negotiated = get(port, "/search?q=cybercriminalit%C3%A9s", "application/json");

        assertEquals(200, html.statusCode());
        assertEquals(
                "Sécurité : cybercriminalité",
                Jsoup.parse(html.body())
                        .selectFirst(".results a[href=/doc/" + QUESTION + "]")
                        .text());
        assertTrue(json.body().contains("\"iri\":\"" + BASE + "id/" + QUESTION + "\""), json.body());
        assertTrue(json.body().contains("\"link\":\"/doc/" + QUESTION + "\""));
        assertEquals(json.body(), negotiated.body());
        assertEquals(200, get(port, "/search?q=%22AND+(+%5B", HTML).statusCode());
    }

    @Test
    void aStoreOverTheDistinctLimitIsDescribedInOneStreamingPassWithoutDistinctCounts() {
        Site site = new Site(store, BASE, GraphFactory.createDefaultGraph(), 100, true);
        Graph v = new VoidDescription(site, 1).graph();
        Node dataset = NodeFactory.createURI(BASE + "void#dataset");

        assertEquals(
                storeCount("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                number(v, dataset, VOID.triples.asNode()));
        assertEquals(
                storeCount("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                number(v, dataset, VOID.documents.asNode()));
        assertFalse(v.find(dataset, VOID.distinctSubjects.asNode(), Node.ANY).hasNext());
        assertTrue(v.find(dataset, VOID.subset.asNode(), Node.ANY).hasNext(), "linksets are still counted");
        // the fixture's records type no qlod:Question, so its statistics graph has no figure to read
        assertFalse(v.find(dataset, VOID.classPartition.asNode(), Node.ANY).hasNext());
    }

    @Test
    void voidReadsTheNumberOfQuestionsFromTheStatisticsGraph() {
        // a figure written into the statistics graph (the fixture's records type no qlod:Question)
        // is the one VoID gives, even for a store over the distinct limit, where it counts nothing else
        Node stats = NodeFactory.createURI(Qlod.STATISTICS_GRAPH);
        Node slice = NodeFactory.createURI(Qlod.STATISTICS_GRAPH + "/allQuestions/test");
        List<Quad> figures = List.of(
                Quad.create(stats, slice, Qlod.Nodes.breakdown, Qlod.Nodes.allQuestions),
                Quad.create(
                        stats,
                        slice,
                        Qlod.Nodes.questionCount,
                        NodeFactory.createLiteralDT("123456", XSDDatatype.XSDinteger)));
        DatasetGraph dsg = store.dataset();
        try {
            Txn.executeWrite(dsg, () -> figures.forEach(dsg::add));
            Site site = new Site(store, BASE, GraphFactory.createDefaultGraph(), 100, true);
            Graph v = new VoidDescription(site, 1).graph();
            Node dataset = NodeFactory.createURI(BASE + "void#dataset");
            List<Node> partitions = new ArrayList<>();
            v.find(dataset, VOID.classPartition.asNode(), Node.ANY)
                    .forEachRemaining(t -> partitions.add(t.getObject()));
            assertEquals(1, partitions.size(), partitions::toString);
            assertTrue(v.contains(partitions.get(0), VOID._class.asNode(), Qlod.Question.asNode()));
            assertEquals(123456L, number(v, partitions.get(0), VOID.entities.asNode()));
        } finally {
            Txn.executeWrite(dsg, () -> figures.forEach(dsg::delete));
        }
    }

    @Test
    void voidCountsAreTheStoreCounts() throws Exception {
        Graph v = parse(get(port, "/.well-known/void", "text/turtle").body(), Lang.TURTLE);
        Node dataset = NodeFactory.createURI(BASE + "void#dataset");

        assertEquals(
                storeCount("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                number(v, dataset, VOID.triples.asNode()));
        assertEquals(
                storeCount("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                number(v, dataset, VOID.documents.asNode()));
        assertEquals(
                storeCount("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"),
                number(v, dataset, VOID.distinctSubjects.asNode()));
        assertEquals(
                storeCount(
                        "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(STRSTARTS(STR(?o), \"https://www.nosdeputes.fr/\")) } }"),
                number(v, NodeFactory.createURI(BASE + "void#links-https-www-nosdeputes-fr"), VOID.triples.asNode()));
        assertEquals(
                1L, number(v, NodeFactory.createURI(BASE + "void#links-http-www-wikidata-org"), VOID.triples.asNode()));
        assertTrue(v.contains(dataset, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(BASE + "sparql")));
        assertTrue(v.contains(dataset, VOID.dataDump.asNode(), NodeFactory.createURI(BASE + "dumps/qlod.nq.gz")));
        assertTrue(v.find(dataset, VOID.exampleResource.asNode(), Node.ANY).hasNext());
        assertEquals(200, get(port, "/void", HTML).statusCode());
    }

    @Test
    void theDumpIsTheWholeStoreAsGzippedNQuads() throws Exception {
        HttpResponse<byte[]> r = HTTP.send(
                request("/dumps/qlod.nq.gz").header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        DatasetGraph dump = DatasetGraphFactory.create();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(r.body())))
                .lang(Lang.NQUADS)
                .parse(dump);

        assertEquals(200, r.statusCode());
        assertEquals(
                Long.toString(r.body().length),
                r.headers().firstValue("Content-Length").orElseThrow());
        Txn.executeRead(store.dataset(), () -> assertTrue(IsoMatcher.isomorphic(store.dataset(), dump)));
        assertEquals(200, get(port, "/dumps/", HTML).statusCode());
    }

    @Test
    void pathTraversalOutOfDumpsIsRefused() throws Exception {
        for (String path : List.of(
                "/dumps/../pom.xml",
                "/dumps/%2e%2e/pom.xml",
                "/dumps/%2E%2E%2Fpom.xml",
                "/dumps/..%5Cpom.xml",
                "/dumps/x/../../etc/passwd",
                "/dumps/qlod.nq.gz/..")) {
            HttpResponse<String> r = get(port, path, null);
            assertTrue(List.of(400, 404).contains(r.statusCode()), path + " gave " + r.statusCode());
        }
    }

    @Test
    void sparqlAnswersQueriesWithinTheResultLimit() throws Exception {
        HttpResponse<String> r = get(port, "/sparql?query=" + enc("SELECT * { ?s ?p ?o }"), "text/csv");

        assertEquals(200, r.statusCode());
        assertEquals(RESULT_LIMIT + 1, r.body().strip().split("\r?\n").length);
    }

    @Test
    void updatesAreRefusedWithoutCredentials() throws Exception {
        HttpResponse<String> update = send(request("/sparql")
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
        HttpResponse<String> form = send(request("/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc("CLEAR ALL"))));
        HttpResponse<String> put = send(request("/sparql?default")
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")));

        assertEquals(403, update.statusCode());
        assertTrue(update.body().contains("read-only"));
        assertEquals(403, form.statusCode());
        assertEquals(403, put.statusCode());
        assertEquals(404, get(port, "/update", null).statusCode());
        assertTrue(storeCount("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") > 0);
    }

    @Test
    void aRunawayQueryIsStoppedAndTheServerKeepsAnswering() throws Exception {
        String runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
        CompletableFuture<HttpResponse<String>> slow = HTTP.sendAsync(
                request("/sparql?query=" + enc(runaway))
                        .header("Accept", "application/sparql-results+json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(300);

        HttpResponse<String> quick =
                get(port, "/sparql?query=" + enc("ASK { ?s ?p ?o }"), "application/sparql-results+json");
        HttpResponse<String> stopped = slow.get();

        assertEquals(200, quick.statusCode());
        assertTrue(quick.body().contains("true"));
        assertTrue(List.of(500, 503).contains(stopped.statusCode()), "status " + stopped.statusCode());
        assertFalse(stopped.body().contains("at org."), stopped.body());
        assertEquals(200, get(port, "/", HTML).statusCode());
    }

    @Test
    void theOntologyIsServedWithItsLabels() throws Exception {
        HttpResponse<String> html = get(port, "/ontology", HTML);
        HttpResponse<String> turtle = get(port, "/ontology", "text/turtle");

        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains("posée par"));
        assertTrue(html.body().contains("Le député auteur de la question."));
        assertTrue(IsoMatcher.isomorphic(
                org.apache.jena.riot.RDFDataMgr.loadGraph("web/ontology.ttl"), parse(turtle.body(), Lang.TURTLE)));
        assertEquals(200, get(port, "/ontology.nt", null).statusCode());
    }

    @Test
    void theHomePageGivesCountsAndExamples() throws Exception {
        HttpResponse<String> home = get(port, "/", HTML);
        HttpResponse<String> query = get(port, "/query", HTML);

        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("href=\"/doc/question/"));
        assertTrue(home.body().contains("href=\"/search\""));
        assertNotNull(Jsoup.parse(query.body()).selectFirst("form[action=/sparql][method=post] textarea[name=query]"));
    }

    @Test
    void updatesNeedTheCredentialsOfAServerStartedWithThem() throws Exception {
        QlodServer writable = QlodServer.create()
                .store(store)
                .port(0)
                .base(BASE)
                .updateCredentials("editor", "s3cret")
                .ontology("web/absent.ttl")
                .build()
                .start();
        try {
            String update =
                    "INSERT DATA { GRAPH <" + BASE + "graph/extra> { <" + BASE + "id/extra> <" + BASE + "p> \"x\" } }";
            HttpRequest.Builder anonymous = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + writable.port() + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update));
            HttpRequest.Builder wrong = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + writable.port() + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic("editor", "nope"))
                    .POST(HttpRequest.BodyPublishers.ofString(update));
            HttpRequest.Builder right = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + writable.port() + "/update"))
                    .header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic("editor", "s3cret"))
                    .POST(HttpRequest.BodyPublishers.ofString(update));

            assertEquals(401, send(anonymous).statusCode());
            assertEquals(401, send(wrong).statusCode());
            assertEquals(0L, storeCount("SELECT (COUNT(*) AS ?n) { <" + BASE + "id/extra> ?p ?o }"));
            assertTrue(List.of(200, 204).contains(send(right).statusCode()));
            assertEquals(1L, storeCount("SELECT (COUNT(*) AS ?n) { <" + BASE + "id/extra> ?p ?o }"));
            assertEquals(404, get(writable.port(), "/ontology", HTML).statusCode());
            assertEquals(200, get(writable.port(), "/doc/" + QUESTION, HTML).statusCode());
        } finally {
            writable.stop();
            Txn.executeWrite(store.dataset(), () -> store.dataset()
                    .deleteAny(NodeFactory.createURI(BASE + "graph/extra"), Node.ANY, Node.ANY, Node.ANY));
        }
    }

    // --- helpers

    private static Graph expectedDescription(String iri) {
        String labels =
                "<http://www.w3.org/2000/01/rdf-schema#label>, <http://www.w3.org/2004/02/skos/core#prefLabel>, "
                        + "<http://purl.org/dc/terms/title>, <http://xmlns.com/foaf/0.1/name>";
        String query = "CONSTRUCT { <" + iri + "> ?p ?o . ?o ?lp ?l . ?x ?ip <" + iri + "> . ?x ?xp ?xl } WHERE { "
                + "{ <" + iri + "> ?p ?o } UNION { <" + iri + "> ?p0 ?o . ?o ?lp ?l FILTER(?lp IN (" + labels + ")) } "
                + "UNION { ?x ?ip <" + iri + "> } UNION { ?x ?ip0 <" + iri + "> . ?x ?xp ?xl FILTER(?xp IN (" + labels
                + ")) } }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec exec =
                    QueryExec.dataset(store.dataset()).query(query).build()) {
                Graph g = GraphFactory.createDefaultGraph();
                exec.construct().find().forEach(g::add);
                return g;
            }
        });
    }

    private static long storeCount(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec exec =
                    QueryExec.dataset(store.dataset()).query(query).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    private static long number(Graph g, Node s, Node p) {
        return ((Number) g.find(s, p, Node.ANY).next().getObject().getLiteralValue()).longValue();
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base("http://localhost/").parse(g);
        return g;
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}

package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.query.SampleQuery;
import fr.qlod.store.LoadResult;
import fr.qlod.store.QuestionStore;
import fr.qlod.web.QlodServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The demo: its store loads from the jar's corpus, and every IRI it mints dereferences on its server. */
class DemoIT {
    @TempDir
    Path dir;

    @Test
    void everyDemoIriDereferencesOnTheDemoServer() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI base = URI.create("http://localhost:" + port + "/");
        List<List<Path>> files = DemoCommand.extract(Files.createDirectories(dir.resolve("corpus")));
        try (QuestionStore store = QuestionStore.open(dir.resolve("db"))) {
            LoadResult result = DemoCommand.load(store, base, files.get(0), files.get(1));
            assertTrue(result.graphs() > 50, result.toString());
            Set<String> iris = new TreeSet<>();
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(q -> {
                for (Node n : List.of(q.getSubject(), q.getObject())) {
                    if (n.isURI() && n.getURI().startsWith(base + "id/")) {
                        iris.add(n.getURI());
                    }
                }
            }));
            assertTrue(iris.size() > 100, "demo IRIs: " + iris.size());
            QlodServer server = QlodServer.create()
                    .store(store)
                    .port(port)
                    .base(base)
                    .build()
                    .start();
            try {
                HttpClient http = HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
                for (String iri : iris) {
                    HttpResponse<Void> see = http.send(
                            HttpRequest.newBuilder(URI.create(iri))
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    assertEquals(303, see.statusCode(), iri);
                    URI doc = URI.create(iri)
                            .resolve(see.headers().firstValue("Location").orElseThrow());
                    HttpResponse<String> page = http.send(
                            HttpRequest.newBuilder(doc)
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, page.statusCode(), doc.toString());
                    assertTrue(page.body().contains("<h1"), doc.toString());
                }
                String withdrawn = http.send(
                                HttpRequest.newBuilder(URI.create(base + "doc/question/QANR5L14QE200005"))
                                        .header("Accept", "text/html")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                assertTrue(
                        org.jsoup.Jsoup.parse(withdrawn)
                                .select("table.props a")
                                .eachText()
                                .contains("Retirée par l'auteur"),
                        "a status is shown with its ontology label");
                theSeedAuthorsPageListsBothSeedQuestions(http, base);
                everySampleOfTheQueryPageAnswersOnThisServer(http, base);
                String home = http.send(HttpRequest.newBuilder(base).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                long triples = Txn.calculateRead(
                        store.dataset(), () -> store.dataset().stream().count());
                assertTrue(home.contains("<li>" + triples + " triplets, " + result.graphs() + " fiches sources"), home);
                assertTrue(home.contains("\">Question écrite n°"), "examples are shown by their labels: " + home);
            } finally {
                server.stop();
            }
        }
    }

    /** The seeds name their author without an id: both are resolved to PA1857, whose document lists them. */
    private static void theSeedAuthorsPageListsBothSeedQuestions(HttpClient http, URI base) throws Exception {
        List<String> seeds = List.of(base + "id/question/QANR5L14QE59906", base + "id/question/QANR5L14QE60037");
        String html = http.send(
                        HttpRequest.newBuilder(URI.create(base + "doc/person/PA1857"))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Set<String> links = new TreeSet<>();
        org.jsoup.Jsoup.parse(html, base.toString()).select("a[href]").forEach(a -> links.add(a.absUrl("href")));
        for (String seed : seeds) {
            assertTrue(links.contains(seed) || links.contains(seed.replace("/id/", "/doc/")), seed + " in " + links);
        }
        HttpResponse<String> turtle = http.send(
                HttpRequest.newBuilder(URI.create(base + "doc/person/PA1857"))
                        .header("Accept", "text/turtle")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        org.apache.jena.rdf.model.Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(turtle.body(), org.apache.jena.riot.Lang.TURTLE)
                .base(base.toString())
                .parse(model);
        org.apache.jena.rdf.model.Resource lazaro = model.createResource(base + "id/person/PA1857");
        for (String seed : seeds) {
            assertTrue(
                    model.contains(model.createResource(seed), fr.qlod.mapping.Qlod.askedBy, lazaro),
                    seed + " askedBy PA1857 in\n" + turtle.body());
        }
    }

    /** The query page offers each shipped sample, bound to its defaults on this server's base; each gives rows. */
    private static void everySampleOfTheQueryPageAnswersOnThisServer(HttpClient http, URI base) throws Exception {
        for (SampleQuery sample : SampleQuery.shipped()) {
            if (sample.name().equals("wikidata-federated")) {
                continue;
            }
            String page = http.send(
                            HttpRequest.newBuilder(base.resolve("/query?sample=" + sample.name()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String text = Parser.unescapeEntities(
                    page.substring(page.indexOf("<textarea"), page.indexOf("</textarea>"))
                            .replaceFirst("^<textarea[^>]*>", ""),
                    false);
            assertTrue(text.contains(sample.title().substring(0, 20)), sample.name() + ": the page shows its header");
            assertFalse(text.contains("?_"), sample.name() + ": every parameter is bound");
            HttpResponse<String> results = http.send(
                    HttpRequest.newBuilder(base.resolve("/sparql"))
                            .header("Content-Type", "application/sparql-query")
                            .header("Accept", "application/sparql-results+json")
                            .POST(HttpRequest.BodyPublishers.ofString(text))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, results.statusCode(), sample.name() + ": " + results.body());
            assertTrue(
                    results.body().contains("\"bindings\": [\n")
                            && !results.body().contains("\"bindings\": [\n\n    ]"),
                    sample.name() + " gives rows on the demo: " + results.body());
        }
        String unknown = http.send(
                        HttpRequest.newBuilder(base.resolve("/query?sample=%3Cscript%3E"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertTrue(unknown.contains("« &lt;script&gt; »"), unknown);
    }

    @Test
    void theDemoCommandLoadsTheCorpusAndExitsWithNoServe() {
        StringWriter out = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        Path db = dir.resolve("kept");
        assertEquals(0, cli.execute("demo", "--no-serve", "--port", "0", "--db", db.toString()));
        assertTrue(out.toString().startsWith("qlod demo: 131 graphs, 2429 quads loaded"), out.toString());
        assertTrue(Files.isDirectory(db.resolve("tdb2")), "--db keeps the store");
    }
}

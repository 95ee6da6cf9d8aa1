package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import fr.qlod.query.SampleQuery;
import fr.qlod.store.QuestionStore;
import fr.qlod.web.Browser;
import fr.qlod.web.QlodServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Clients nobody here wrote, against the demo corpus served on a port of its own: rdflib (Debian's
 * {@code python3-rdflib}), Comunica ({@code clients/}, installed by {@code npm ci}) over {@code /sparql}
 * and {@code /fragments}, and a page of another origin in Chromium. Each is skipped when its tool is
 * missing, unless {@code QLOD_CLIENTS_REQUIRED} is set (as {@code .ci/run} does): then a missing tool fails.
 */
class IndependentClientsIT {
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path CLIENTS = Path.of("clients");
    private static final String FEDERATED = "wikidata-federated";
    private static final String UIDS = "SELECT ?uid WHERE { ?q <https://w3id.org/qlod#uid> ?uid } ORDER BY ?uid";

    @TempDir
    static Path dir;

    static QuestionStore store;
    static QlodServer server;
    static URI base;

    @BeforeAll
    static void serveTheDemo() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = URI.create("http://localhost:" + port + "/");
        List<List<Path>> files = DemoCommand.extract(Files.createDirectories(dir.resolve("corpus")));
        store = QuestionStore.open(dir.resolve("db"));
        DemoCommand.load(store, base, files.get(0), files.get(1));
        server = QlodServer.create().store(store).port(port).base(base).build().start();
    }

    @AfterAll
    static void stop() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }

    @Test
    void rdflibReadsEveryFormatOfEveryDemoIriAndTheDumpByUrl() throws Exception {
        require(
                Files.isExecutable(PYTHON)
                        && run(List.of(PYTHON.toString(), "-c", "import rdflib"), 60)
                                        .exit()
                                == 0,
                "python3 with rdflib");
        Path iris = dir.resolve("iris.txt");
        List<String> ours = new ArrayList<>();
        long quads = Txn.calculateRead(store.dataset(), () -> {
            select(store.dataset(), "SELECT DISTINCT ?s { ?s ?p ?o FILTER(STRSTARTS(STR(?s), \"" + base + "id/\")) }")
                    .forEachRemaining(s -> ours.add(s.getResource("s").getURI()));
            long n = 0;
            for (var it = store.dataset().find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
        Files.write(iris, ours);

        Result r = run(
                List.of(
                        PYTHON.toString(),
                        CLIENTS.resolve("rdflib-check.py").toString(),
                        base.toString(),
                        iris.toString(),
                        Long.toString(quads)),
                1200);

        assertEquals(0, r.exit(), r.output());
        assertTrue(ours.size() > 100, "the demo names " + ours.size() + " resources");
    }

    @Test
    void comunicaGivesTheRowsOfQlodQueryForEverySampleOverSparqlAndOneOverFragments() throws Exception {
        require(
                Files.isDirectory(CLIENTS.resolve("node_modules/@comunica/query-sparql"))
                        && run(List.of("node", "--version"), 60).exit() == 0,
                "node and clients/node_modules (npm ci)");
        Map<String, String> queries = new LinkedHashMap<>();
        Map<String, List<String>> expected = new TreeMap<>();
        for (SampleQuery q : SampleQuery.shipped()) {
            if (q.name().equals(FEDERATED)) {
                continue;
            }
            queries.put(q.name(), q.rebased(base.toString()).boundText(Map.of()));
            CliRun cli = new CliRun();
            assertEquals(
                    0,
                    cli.run("query", q.name(), "--endpoint", base + "sparql", "--format", "json"),
                    cli.err::toString);
            expected.put(q.name(), rows(cli.out.toString()));
        }
        String fragmentsQuery = "questions-of-deputy";

        Map<String, List<String>> sparql = comunica("sparql", base + "sparql", queries);
        Map<String, List<String>> fragments =
                comunica("detect", base + "fragments", Map.of(fragmentsQuery, queries.get(fragmentsQuery)));

        assertEquals(expected, sparql);
        assertTrue(expected.get(fragmentsQuery).size() > 1, "a query with rows: " + expected.get(fragmentsQuery));
        assertEquals(expected.get(fragmentsQuery), fragments.get(fragmentsQuery), "over /fragments");
    }

    @Test
    void aPageOfAnotherOriginPostsAQueryAndReadsTheRows() throws Exception {
        require(Files.isExecutable(Browser.CHROMEDRIVER), Browser.CHROMEDRIVER.toString());
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>elsewhere</title></head><body>"
                + "<p id=\"status\">waiting</p><p id=\"limit\"></p><ol id=\"rows\"></ol><script>"
                + "fetch('" + base + "sparql', {method: 'POST', headers: {'Content-Type': 'application/sparql-query', "
                + "'Accept': 'application/sparql-results+json'}, body: " + new ObjectMapper().writeValueAsString(UIDS)
                + "})"
                + ".then(r => { document.getElementById('limit').textContent = r.headers.get('Qlod-Result-Limit'); "
                + "return r.json(); })"
                + ".then(j => { for (const b of j.results.bindings) { const li = document.createElement('li'); "
                + "li.textContent = b.uid.value; document.getElementById('rows').appendChild(li); } "
                + "document.getElementById('status').textContent = 'done'; })"
                + ".catch(e => { document.getElementById('status').textContent = 'failed: ' + e; });"
                + "</script></body></html>";
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        elsewhere.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        elsewhere.start();
        try (Browser chromium = Browser.open(dir.resolve("profile"), "fr")) {
            WebDriver browser = chromium.driver;
            browser.get("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(d -> !browser.findElement(By.id("status")).getText().equals("waiting"));
            List<String> uids = new ArrayList<>();
            Txn.executeRead(store.dataset(), () -> select(store.dataset(), UIDS)
                    .forEachRemaining(s -> uids.add(s.getLiteral("uid").getLexicalForm())));

            assertEquals("done", browser.findElement(By.id("status")).getText());
            assertEquals(
                    uids,
                    browser.findElements(By.cssSelector("#rows li")).stream()
                            .map(e -> e.getText())
                            .toList());
            assertEquals("10000", browser.findElement(By.id("limit")).getText(), "an exposed header is readable");
        } finally {
            elsewhere.stop(0);
        }
    }

    /** Skips without the tool, or fails when the clients are required. */
    private static void require(boolean present, String what) {
        if (System.getenv("QLOD_CLIENTS_REQUIRED") != null) {
            assertTrue(present, what + " is required (QLOD_CLIENTS_REQUIRED) but missing");
        }
        Assumptions.assumeTrue(present, "no " + what + ": client test skipped");
    }

    private static Map<String, List<String>> comunica(String kind, String url, Map<String, String> queries)
            throws Exception {
        Path file = dir.resolve("queries-" + kind + ".json");
        new ObjectMapper().writeValue(file.toFile(), queries);
        Result r =
                run(List.of("node", CLIENTS.resolve("comunica-check.mjs").toString(), kind, url, file.toString()), 600);
        assertEquals(0, r.exit(), "Comunica over " + url + ": " + r.output());
        JsonNode json = new ObjectMapper().readTree(r.output());
        Map<String, List<String>> rows = new TreeMap<>();
        json.fields().forEachRemaining(e -> {
            List<String> list = new ArrayList<>();
            e.getValue().forEach(row -> {
                Map<String, String> terms = new TreeMap<>();
                row.fields()
                        .forEachRemaining(t -> terms.put(
                                t.getKey(),
                                t.getValue().get(0).asText() + "|"
                                        + t.getValue().get(1).asText() + "|"
                                        + t.getValue().get(2).asText() + "|"
                                        + t.getValue().get(3).asText()));
                list.add(terms.toString());
            });
            list.sort(null);
            rows.put(e.getKey(), list);
        });
        return rows;
    }

    /** The rows of SPARQL JSON results as sorted strings, each term as Comunica's script writes it. */
    private static List<String> rows(String json) {
        ResultSet rs = ResultSetFactory.fromJSON(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        List<String> list = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> terms = new TreeMap<>();
            s.varNames().forEachRemaining(v -> terms.put(v, term(s.get(v))));
            list.add(terms.toString());
        }
        list.sort(null);
        return list;
    }

    private static String term(RDFNode value) {
        Node n = value.asNode();
        if (n.isURI()) {
            return "NamedNode|" + n.getURI() + "||";
        }
        if (n.isBlank()) {
            return "BlankNode|||";
        }
        String lang = n.getLiteralLanguage();
        return "Literal|" + n.getLiteralLexicalForm() + "|" + lang + "|"
                + (lang.isEmpty() ? n.getLiteralDatatypeURI() : "");
    }

    private static ResultSet select(DatasetGraph dsg, String query) {
        return ResultSet.adapt(
                QueryExec.dataset(dsg).query(query).build().select().materialize());
    }

    private record Result(int exit, String output) {}

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "client", ".log");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(false)
                .redirectOutput(log.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("clients-stderr.log").toFile()))
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out after " + timeoutSeconds + " s: " + command);
        }
        String out = Files.readString(log);
        if (p.exitValue() != 0) {
            out += Files.readString(dir.resolve("clients-stderr.log"));
        }
        return new Result(p.exitValue(), out);
    }
}

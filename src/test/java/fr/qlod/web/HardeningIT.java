package fr.qlod.web;

import static fr.qlod.web.WebFixtures.HTTP;
import static fr.qlod.web.WebFixtures.QUESTION;
import static fr.qlod.web.WebFixtures.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.store.QuestionStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7: what {@link ServerIT} leaves out of the server's hardening: request size limits, no
 * directory listing, refused methods, escaping on every HTML page, and security headers on every
 * response, errors and redirects included. The server keeps answering after each abuse.
 */
class HardeningIT {
    private static final String HTML = "text/html";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @TempDir
    static Path dir;

    static QuestionStore store;
    static QlodServer server;
    static int port;

    @BeforeAll
    static void start() {
        store = WebFixtures.store(dir.resolve("db"));
        server = WebFixtures.server(store).build().start();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        WebFixtures.stop(store, server);
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertStillAnswers() throws Exception {
        assertEquals(
                200,
                get(port, "/sparql?query=" + enc("ASK { ?s ?p ?o }"), "application/sparql-results+json")
                        .statusCode());
        assertEquals(200, get(port, "/doc/" + QUESTION, HTML).statusCode());
    }

    /** The status, or -1 when the server closed the connection before the client had sent the whole body. */
    private static int statusOrClosed(HttpRequest.Builder request) throws InterruptedException {
        try {
            HttpResponse<String> r = send(request);
            assertFalse(r.body().contains("at org."), r.body());
            return r.statusCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The status of a POST that declares a body of {@code length} bytes and sends none: the limit goes by the
     * declared length, and a client that sends the body races the server's close of the connection (the
     * HTTP client then sees a reset instead of the 413 it was sent).
     */
    private static int statusOfDeclaredBody(long length) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(("POST /sparql HTTP/1.1\r\nHost: localhost\r\n"
                                    + "Content-Type: application/sparql-query\r\nContent-Length: " + length
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(
                            new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    @Test
    void aHugePostBodyToSparqlIsRefusedAndTheServerKeepsAnswering() throws Exception {
        // unguarded, Jetty parses a 20 MB form for minutes and answers 200
        String query = "SELECT * { ?s ?p ?o } # " + "x".repeat(20 * 1024 * 1024);
        int form = statusOrClosed(request("/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))));
        int direct = statusOrClosed(request("/sparql")
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        int justOver = statusOfDeclaredBody(SecurityHeadersFilter.MAX_BODY_LENGTH + 1);

        assertTrue(List.of(413, -1).contains(form), "form: " + form);
        assertTrue(List.of(413, -1).contains(direct), "direct: " + direct);
        assertEquals(413, justOver);
        assertStillAnswers();
    }

    @Test
    void aHundredKilobyteUrlIsRefusedAndTheServerKeepsAnswering() throws Exception {
        String filler = "x".repeat(100 * 1024);
        for (String path : List.of(
                "/sparql?query=" + enc("ASK {} # " + filler), "/doc/question/" + filler, "/search?q=" + filler)) {
            HttpResponse<String> r = get(port, path, HTML);
            assertTrue(
                    r.statusCode() == 414 || r.statusCode() == 431 || r.statusCode() == 400,
                    path.substring(0, 20) + " gave " + r.statusCode());
        }
        assertStillAnswers();
    }

    @Test
    void noFolderIsListed() throws Exception {
        HttpResponse<String> dumps = get(port, "/dumps/", HTML);
        assertEquals(200, dumps.statusCode());
        assertTrue(dumps.body().contains("href=\"/dumps/qlod.nq.gz\""), dumps.body());
        // what the page lists (its header's language switch, /dumps/?lang=en, is the page itself)
        assertEquals(
                List.of("/dumps/qlod.nq.gz"),
                org.jsoup.Jsoup.parse(dumps.body())
                        .select("main a[href^=/dumps/]")
                        .eachAttr("href"),
                "the dump and nothing else");
        for (String path : List.of(
                "/ontology/",
                "/id/",
                "/doc/",
                "/id",
                "/doc",
                "/dumps",
                "/search/",
                "/sparql/",
                "/META-INF/",
                "/WEB-INF/",
                "/fr/qlod/",
                "/web/")) {
            HttpResponse<String> r = get(port, path, HTML);
            assertTrue(
                    List.of(301, 302, 303, 400, 404, 405).contains(r.statusCode())
                            || r.statusCode() == 200
                                    && !r.body().contains("Index of")
                                    && !r.body().contains(".class"),
                    path + " gave " + r.statusCode() + ": " + r.body());
            assertFalse(r.body().contains("Index of") || r.body().contains("Directory:"), path + ": " + r.body());
        }
    }

    @Test
    void writingMethodsAreRefused() throws Exception {
        Map<String, HttpRequest.Builder> requests = Map.of(
                "DELETE /doc/" + QUESTION,
                request("/doc/" + QUESTION).DELETE(),
                "PUT /doc/" + QUESTION,
                request("/doc/" + QUESTION).PUT(HttpRequest.BodyPublishers.ofString("x")),
                "DELETE /id/" + QUESTION,
                request("/id/" + QUESTION).DELETE(),
                "PUT /sparql",
                request("/sparql")
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")),
                "DELETE /sparql",
                request("/sparql?default").DELETE(),
                "POST /doc/" + QUESTION,
                request("/doc/" + QUESTION).POST(HttpRequest.BodyPublishers.ofString("x")),
                "DELETE /dumps/qlod.nq.gz",
                request("/dumps/qlod.nq.gz").DELETE(),
                "PUT /",
                request("/").PUT(HttpRequest.BodyPublishers.ofString("x")),
                "TRACE /",
                request("/").method("TRACE", HttpRequest.BodyPublishers.noBody()));
        for (Map.Entry<String, HttpRequest.Builder> e : requests.entrySet()) {
            HttpResponse<String> r = send(e.getValue());
            assertTrue(r.statusCode() == 405 || r.statusCode() == 403, e.getKey() + " gave " + r.statusCode());
            assertFalse(r.body().contains("at org."), e.getKey() + ": " + r.body());
        }
        assertEquals(200, get(port, "/doc/" + QUESTION, HTML).statusCode(), "the document is still there");
    }

    @Test
    void aScriptInALabelOrASearchIsEscapedOnEveryHtmlPage() throws Exception {
        String q = enc(SCRIPT);
        for (String path : List.of(
                "/",
                "/doc/person/PA666",
                "/search?q=" + q,
                "/search?q=pwned",
                "/nowhere/" + q,
                "/doc/question/" + q,
                "/id/" + q,
                "/query?query=" + q,
                "/search?q=" + q + "&page=" + q,
                "/doc/person/PA666?page=" + q,
                "/void",
                "/ontology")) {
            HttpResponse<String> r = get(port, path, HTML);
            // the only scripts are the query editor's own files, never inline ones
            org.jsoup.select.Elements scripts = org.jsoup.Jsoup.parse(r.body()).select("script");
            assertTrue(
                    scripts.stream()
                            .allMatch(e -> e.attr("src").startsWith(Assets.PATH)
                                    && e.data().isEmpty()),
                    path + " (" + r.statusCode() + "): " + r.body());
            assertFalse(r.body().contains("<script>alert"), path + ": " + r.body());
            assertFalse(r.body().contains("alert(1)\">") || r.body().contains("javascript:"), path + ": " + r.body());
        }
        assertTrue(get(port, "/search?q=" + q, HTML).body().contains("&lt;script&gt;"), "the query is shown, escaped");
    }

    @Test
    void securityHeadersAreOnEveryResponseIncludingErrorsAndRedirects() throws Exception {
        Map<String, HttpRequest.Builder> requests = new java.util.LinkedHashMap<>();
        for (String path : List.of(
                "/",
                "/id/" + QUESTION,
                "/doc/" + QUESTION,
                "/doc/" + QUESTION + ".ttl",
                "/nowhere",
                "/doc/question/QANR5L14QE99999",
                "/doc/question/a%20b",
                "/search?q=x",
                "/void",
                "/ontology",
                "/dumps/",
                "/dumps/qlod.nq.gz",
                "/dumps/../pom.xml",
                "/sparql?query=ASK%7B%7D",
                "/sparql?query=NOT+SPARQL",
                "/sparql",
                "/update",
                "/query",
                "/ontology.ttl",
                "/.well-known/void",
                "/id")) {
            requests.put("GET " + path, request(path).header("Accept", HTML));
        }
        requests.put("GET 406", request("/doc/" + QUESTION).header("Accept", "image/png"));
        requests.put("GET 431", request("/doc/" + QUESTION).header("Accept", "text/x-nothing, ".repeat(4096)));
        requests.put("GET 414", request("/doc/question/" + "x".repeat(100 * 1024)));
        requests.put("HEAD /", request("/").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        requests.put("OPTIONS /sparql", request("/sparql").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        requests.put("DELETE /doc", request("/doc/" + QUESTION).DELETE());
        requests.put("PUT /sparql", request("/sparql").PUT(HttpRequest.BodyPublishers.ofString("x")));
        requests.put(
                "POST update",
                request("/sparql")
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
        requests.put("If-None-Match", request("/doc/" + QUESTION).header("If-None-Match", "*"));
        for (Map.Entry<String, HttpRequest.Builder> e : requests.entrySet()) {
            HttpResponse<String> r = send(e.getValue());
            String where = e.getKey() + " (" + r.statusCode() + ")";
            assertEquals(
                    SecurityHeadersFilter.CSP,
                    r.headers().firstValue("Content-Security-Policy").orElse(null),
                    where);
            assertEquals(
                    "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), where);
        }
    }
}

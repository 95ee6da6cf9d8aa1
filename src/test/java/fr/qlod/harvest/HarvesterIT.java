package fr.qlod.harvest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harvester against a local server that misbehaves the ways real sites do. No test touches the internet. */
class HarvesterIT {
    /** A FICHE-like page in latin-1, to check bytes are kept as they came. */
    private static final byte[] PAGE =
            "<HTML><TITLE>FICHE QUESTION</TITLE><NUM>1</NUM> Ministère</HTML>".getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path out;

    private HttpServer server;
    private URI site;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> requestTimes = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final List<String> userAgents = Collections.synchronizedList(new ArrayList<>());
    private volatile byte[] dump;
    private volatile String dumpEtag = "\"v1\"";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        site = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        dump = zip("QANR5L16QE1.xml", "<question/>");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        requestTimes.add(System.nanoTime());
        userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        switch (path) {
            case "/robots.txt":
                send(
                        exchange,
                        200,
                        "User-agent: *\nDisallow: /q14/14-4QE.htm\nDisallow: /private/\n"
                                .getBytes(StandardCharsets.UTF_8),
                        null);
                return;
            case "/q14/14-1QE.htm":
                if ("\"p1\"".equals(ifNoneMatch)) {
                    exchange.sendResponseHeaders(304, -1);
                    exchange.close();
                    return;
                }
                send(exchange, 200, PAGE, "\"p1\"");
                return;
            case "/q14/14-2QE.htm":
                send(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8), null);
                return;
            case "/q14/14-3QE.htm":
                send(exchange, hit == 1 ? 503 : 200, PAGE, null);
                return;
            case "/q14/14-5QE.htm":
                if (hit == 1) {
                    exchange.sendResponseHeaders(200, 1000);
                    exchange.getResponseBody().write(PAGE, 0, 10);
                    exchange.getResponseBody().flush();
                    exchange.close();
                    return;
                }
                send(exchange, 200, PAGE, null);
                return;
            case "/q14/14-6QE.htm":
                if (hit == 1) {
                    sleep(1500);
                }
                send(exchange, 200, PAGE, null);
                return;
            case "/q14/14-7QE.htm":
                send(exchange, 500, "down".getBytes(StandardCharsets.UTF_8), null);
                return;
            default:
                if (path.endsWith("Questions_ecrites.json.zip")) {
                    if (dumpEtag.equals(ifNoneMatch)) {
                        exchange.sendResponseHeaders(304, -1);
                        exchange.close();
                        return;
                    }
                    send(exchange, 200, dump, dumpEtag);
                    return;
                }
                send(exchange, 404, new byte[0], null);
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String etag) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=iso-8859-1");
        if (etag != null) {
            exchange.getResponseHeaders().set("ETag", etag);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream os = exchange.getResponseBody()) {
            os.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Harvester harvester(boolean refresh) {
        return new Harvester(HarvestSettings.builder()
                .out(out)
                .site(site)
                .requestsPerSecond(50)
                .attempts(3)
                .backoff(Duration.ofMillis(20))
                .timeout(Duration.ofMillis(700))
                .refresh(refresh)
                .build());
    }

    private Path page(int n) {
        return out.resolve("pages/14/QANR5L14QE" + n + ".html");
    }

    @Test
    void fetchesPagesRetryingServerErrorsTimeoutsAndTruncatedBodies() throws Exception {
        HarvestReport report = harvester(false).pages(14, List.of(QuestionType.QE), 1, 6, false);

        assertEquals(4, report.fetchedCount(), report.toString());
        assertEquals(1, report.missingCount());
        assertEquals(1, report.forbiddenCount());
        assertEquals(0, report.failedCount(), report.failures().toString());
        for (int n : new int[] {1, 3, 5, 6}) {
            assertArrayEquals(PAGE, Files.readAllBytes(page(n)), "page " + n + " kept byte for byte");
        }
        FetchRecord first = FetchRecord.read(page(1)).orElseThrow();
        assertEquals(site + "q14/14-1QE.htm", first.url());
        assertEquals("text/html; charset=iso-8859-1", first.contentType());
        assertEquals("\"p1\"", first.etag());
        assertEquals(404, FetchRecord.read(page(2)).orElseThrow().status());
        assertFalse(Files.exists(page(4)), "robots.txt forbids page 4");
        assertFalse(requests.contains("/q14/14-4QE.htm"), "a forbidden page is never requested");
        assertEquals(2, hits.get("/q14/14-3QE.htm").get());
        assertEquals(2, hits.get("/q14/14-5QE.htm").get());
        try (Stream<Path> files = Files.list(out.resolve("pages/14"))) {
            assertTrue(files.noneMatch(p -> p.toString().endsWith(".part")), "no partial file left");
        }
    }

    @Test
    void aRerunSkipsWhatIsCompleteAndRefreshRevalidates() throws Exception {
        harvester(false).pages(14, List.of(QuestionType.QE), 1, 3, false);
        requests.clear();

        HarvestReport rerun = harvester(false).pages(14, List.of(QuestionType.QE), 1, 3, false);
        assertEquals(3, rerun.skippedCount(), rerun.toString());
        assertEquals(List.of(), requests, "complete pages are not asked for again");

        HarvestReport refresh = harvester(true).pages(14, List.of(QuestionType.QE), 1, 1, false);
        assertEquals(1, refresh.notModifiedCount(), refresh.toString());
        assertArrayEquals(PAGE, Files.readAllBytes(page(1)));
    }

    @Test
    void reportsAUrlThatKeepsFailingAndGoesOn() throws Exception {
        HarvestReport report = harvester(false).pages(14, List.of(QuestionType.QE), 6, 7, false);
        assertEquals(1, report.fetchedCount());
        assertEquals(List.of(site + "q14/14-7QE.htm: HTTP 500 after 3 attempts"), report.failures());
        assertFalse(Files.exists(page(7)));
        assertTrue(FetchRecord.read(page(7)).isEmpty(), "a failed page is tried again next run");
    }

    @Test
    void sendsADescriptiveUserAgentAndKeepsToTheRate() throws Exception {
        new Harvester(HarvestSettings.builder()
                        .out(out)
                        .site(site)
                        .requestsPerSecond(10)
                        .build())
                .pages(14, List.of(QuestionType.QE), 1, 3, false);
        assertTrue(userAgents.stream().allMatch(ua -> ua.startsWith("qlod-harvester/")), userAgents.toString());
        for (int i = 1; i < requestTimes.size(); i++) {
            long gapMillis = (requestTimes.get(i) - requestTimes.get(i - 1)) / 1_000_000;
            assertTrue(gapMillis >= 90, "requests " + (i - 1) + " and " + i + " were " + gapMillis + " ms apart");
        }
    }

    @Test
    void aNewDumpReplacesTheOldOnlyWhenItIsAWholeZip() throws Exception {
        HarvestReport first = harvester(false).openData(16);
        Path file = out.resolve("opendata/16/Questions_ecrites.json.zip");
        assertEquals(1, first.fetchedCount(), first.toString());
        byte[] good = Files.readAllBytes(file);

        HarvestReport again = harvester(false).openData(16);
        assertEquals(1, again.notModifiedCount(), again.toString());

        byte[] corrupt = zip("QANR5L16QE2.xml", "<question>" + "x".repeat(5000) + "</question>");
        dump = java.util.Arrays.copyOf(corrupt, corrupt.length / 2);
        dumpEtag = "\"v2\"";
        HarvestReport broken = harvester(false).openData(16);
        assertEquals(1, broken.failedCount(), broken.toString());
        assertTrue(
                broken.failures().get(0).contains("not a valid zip"),
                broken.failures().toString());
        assertArrayEquals(good, Files.readAllBytes(file), "the previous dump is kept");
    }

    @Test
    void buildsTheAssembleeUrls() {
        Harvester real = new Harvester(HarvestSettings.builder().out(out).build());
        assertEquals(
                URI.create("https://questions.assemblee-nationale.fr/q14/14-59906QE.htm"),
                real.pageUrl(new QuestionId(14, QuestionType.QE, 59906), false));
        assertEquals(
                URI.create("https://www.assemblee-nationale.fr/dyn/17/questions/QANR5L17QG12"),
                real.pageUrl(new QuestionId(17, QuestionType.QG, 12), false));
        assertEquals(
                URI.create("https://data.assemblee-nationale.fr/static/openData/repository/14/questions/"
                        + "questions_ecrites/Questions_ecrites_XIV.json.zip"),
                real.dumpUrls(14).get(0));
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}

package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code qlod serve --endpoint} over a store that does not answer in time, one that is down, and one
 * that answers an error: each page answers at once with 504 or 503 and says why, instead of holding
 * a server thread for as long as the store takes.
 */
class StoreTimeoutIT {
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(1);

    private final CountDownLatch release = new CountDownLatch(1);
    private HttpServer store;
    private QlodServer server;

    @AfterEach
    void stop() {
        release.countDown();
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.stop(0);
        }
    }

    /** A SPARQL endpoint that reads each request and then answers nothing until the test ends. */
    private URI silentStore() throws IOException {
        store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        store.setExecutor(Executors.newCachedThreadPool());
        store.createContext("/sparql", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        store.start();
        return URI.create("http://127.0.0.1:" + store.getAddress().getPort() + "/sparql");
    }

    /** A SPARQL endpoint that answers every request 500. */
    private URI failingStore() throws IOException {
        store = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        store.createContext("/sparql", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "Virtuoso 42000 Error: out of memory".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        store.start();
        return URI.create("http://127.0.0.1:" + store.getAddress().getPort() + "/sparql");
    }

    private HttpResponse<String> get(URI endpoint, String path) throws Exception {
        server = QlodServer.create()
                .endpoint(endpoint)
                .storeTimeout(STORE_TIMEOUT)
                .port(0)
                .build()
                .start();
        HttpClient http = HttpClient.newHttpClient();
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aDocumentWhoseStoreDoesNotAnswerInTimeAnswers504() throws Exception {
        URI endpoint = silentStore();
        long start = System.nanoTime();

        HttpResponse<String> r = get(endpoint, "/doc/question/QANR5L14QE59906");

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertEquals(504, r.statusCode(), r.body());
        assertTrue(r.body().contains("did not answer within 1 s"), r.body());
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), "security headers kept");
        assertTrue(seconds < 30, "answered after " + seconds + " s, not at the store's time-out");
    }

    @Test
    void aSearchWhoseStoreDoesNotAnswerInTimeAnswers504() throws Exception {
        HttpResponse<String> r = get(silentStore(), "/search?format=json&q=ministre");

        assertEquals(504, r.statusCode(), r.body());
        assertTrue(r.body().contains("did not answer within 1 s"), r.body());
    }

    @Test
    void theVoidOfAStoreThatIsDownAnswers503() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }

        HttpResponse<String> r = get(URI.create("http://127.0.0.1:" + closed + "/sparql"), "/void");

        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("cannot be reached"), r.body());
        assertEquals("30", r.headers().firstValue("Retry-After").orElse(""));
    }

    @Test
    void aDocumentWhoseStoreAnswersAnErrorAnswers503() throws Exception {
        HttpResponse<String> r = get(failingStore(), "/doc/person/PA1857");

        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("answered HTTP 500"), r.body());
    }
}

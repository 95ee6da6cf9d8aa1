package fr.qlod.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.http.auth.AuthLib;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP requests of a remote load: credentials answered to the store's challenge (Jena's
 * {@link AuthLib} does both Basic and Digest; the JDK's authenticator only Basic, and Virtuoso's
 * writable endpoints ask for Digest), a time-out per request, and retries with doubling back-off on
 * 5xx answers, 408, 429, time-outs and connection failures. The time-out bounds the whole exchange,
 * the answer's body included: the JDK's own request time-out ends once the headers have arrived, so
 * a store that sends them and then stalls would hold the load forever. Every body is a byte array,
 * so that a request answered by a challenge, or retried, is sent again whole. Safe for several
 * threads at once.
 */
final class RemoteHttp {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteHttp.class);
    private static final ExecutorService EXCHANGES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "qlod-remote-exchange");
        t.setDaemon(true);
        return t;
    });

    private final URI endpoint;
    private final HttpClient client;
    private final Duration timeout;
    private final int retries;
    private final Duration backoff;
    private final AtomicLong requests = new AtomicLong();

    RemoteHttp(URI endpoint, String user, String password, Duration timeout, int retries, Duration backoff) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.retries = retries;
        this.backoff = backoff;
        // HTTP/1.1: the JDK otherwise offers every new connection an upgrade to HTTP/2 (h2c)
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        if (user != null) {
            AuthEnv.get().registerUsernamePassword(endpoint, user, password);
        }
    }

    /** An answer: status, body, headers. */
    record Answer(int status, byte[] body, HttpHeaders headers) {
        String server() {
            return headers.firstValue("Server").orElse("");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A request the store refused, or that got no answer after the retries. */
    static final class Failure extends RuntimeException {
        private final int status;

        Failure(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        /** The HTTP status, or 0 when there was no answer. */
        int status() {
            return status;
        }
    }

    long requests() {
        return requests.get();
    }

    Answer get(String query, String accept) {
        return send("GET", query, accept, null, null);
    }

    Answer put(String query, String contentType, byte[] body) {
        return send("PUT", query, contentType, contentType, body);
    }

    Answer post(String contentType, byte[] body) {
        return send("POST", null, "*/*", contentType, body);
    }

    /** A SPARQL query POSTed as a form, as every SPARQL 1.1 endpoint accepts. */
    Answer query(String sparql, String accept) {
        byte[] form =
                ("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
        return send("POST", null, accept, "application/x-www-form-urlencoded", form);
    }

    /** Sends once (no retries): what answers at the endpoint, even an error. */
    Optional<Answer> probe() {
        try {
            return Optional.of(once("GET", null, "*/*", null, null));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Answer send(String method, String query, String accept, String contentType, byte[] body) {
        long wait = backoff.toMillis();
        for (int attempt = 0; ; attempt++) {
            Answer answer = null;
            IOException failure = null;
            try {
                answer = once(method, query, accept, contentType, body);
                if (!retryable(answer.status())) {
                    return answer;
                }
            } catch (IOException e) {
                failure = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(0, "interrupted", e);
            }
            if (attempt >= retries) {
                if (answer != null) {
                    return answer;
                }
                throw new Failure(0, "no answer after " + (attempt + 1) + " attempts (" + failure + ")", failure);
            }
            LOG.warn(
                    "{} {}: {}; again in {} ms",
                    method,
                    endpoint,
                    answer != null ? "HTTP " + answer.status() : failure.toString(),
                    wait);
            sleep(wait);
            wait *= 2;
        }
    }

    /**
     * One exchange, given up after the time-out even when the store stalls in the middle of its answer:
     * the exchange runs on a thread of its own, interrupted then (the JDK's client cancels the request
     * and fails the read of the body).
     */
    private Answer once(String method, String query, String accept, String contentType, byte[] body)
            throws IOException, InterruptedException {
        Future<Answer> exchange = EXCHANGES.submit(() -> exchange(method, query, accept, contentType, body));
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new HttpTimeoutException("no whole answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            exchange.cancel(true);
        }
    }

    private Answer exchange(String method, String query, String accept, String contentType, byte[] body)
            throws IOException, InterruptedException {
        URI target =
                query == null ? endpoint : URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + query);
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(timeout)
                .header("Accept", accept)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        requests.incrementAndGet();
        try {
            HttpResponse<InputStream> response =
                    AuthLib.authExecute(client, request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                return new Answer(response.statusCode(), in.readAllBytes(), response.headers());
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (HttpException e) {
            // Jena wraps the JDK's connection failures and time-outs
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    private static boolean retryable(int status) {
        return status >= 500 || status == 408 || status == 429;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure(0, "interrupted", e);
        }
    }
}

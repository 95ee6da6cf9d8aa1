package fr.qlod.harvest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP GETs under the harvest's manners: one request at a time under the rate limit, robots.txt
 * checked per host, retries with doubling back-off on server errors, 429, time-outs and
 * truncated bodies.
 */
final class Fetcher {
    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
    private static final String PRODUCT_TOKEN = "qlod-harvester";

    /** What came back for one URL after retries. */
    record Result<T>(
            int status, T body, Optional<String> contentType, Optional<String> etag, Optional<String> lastModified) {}

    /** Thrown when robots.txt forbids a URL. */
    static final class Forbidden extends Exception {
        Forbidden(URI uri) {
            super("forbidden by robots.txt: " + uri);
        }
    }

    private final HarvestSettings settings;
    private final HttpClient client;
    private final RateLimiter limiter;
    private final Map<String, RobotsTxt> robots = new HashMap<>();

    Fetcher(HarvestSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.limiter = new RateLimiter(settings.requestsPerSecond());
    }

    /**
     * GETs a URL, conditionally when validators are given.
     *
     * @throws IOException when every attempt failed; the message says how the last one did
     */
    <T> Result<T> get(URI uri, Map<String, String> conditional, BodyHandler<T> handler)
            throws IOException, InterruptedException, Forbidden {
        if (!robotsFor(uri).allows(pathAndQuery(uri))) {
            throw new Forbidden(uri);
        }
        return send(uri, conditional, handler);
    }

    private <T> Result<T> send(URI uri, Map<String, String> conditional, BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(settings.timeout()).header("User-Agent", settings.userAgent());
        conditional.forEach(request::header);
        String lastProblem = "no attempt";
        Duration wait = settings.backoff();
        for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
            limiter.acquire();
            try {
                HttpResponse<T> response = client.send(request.build(), handler);
                int status = response.statusCode();
                if (status < 500 && status != 429) {
                    return new Result<>(
                            status,
                            response.body(),
                            response.headers().firstValue("Content-Type"),
                            response.headers().firstValue("ETag"),
                            response.headers().firstValue("Last-Modified"));
                }
                lastProblem = "HTTP " + status;
                Optional<Duration> retryAfter =
                        response.headers().firstValue("Retry-After").flatMap(Fetcher::seconds);
                if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
                    wait = retryAfter.get();
                }
            } catch (IOException e) {
                lastProblem = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (attempt < settings.attempts()) {
                LOG.debug("{}: {}, retrying in {} ms", uri, lastProblem, wait.toMillis());
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2);
            }
        }
        throw new IOException(lastProblem + " after " + settings.attempts() + " attempts");
    }

    private RobotsTxt robotsFor(URI uri) throws InterruptedException {
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        RobotsTxt rules = robots.get(origin);
        if (rules != null) {
            return rules;
        }
        URI robotsUri = URI.create(origin + "/robots.txt");
        try {
            Result<byte[]> result = send(robotsUri, Map.of(), HttpResponse.BodyHandlers.ofByteArray());
            if (result.status() == 200) {
                rules = RobotsTxt.parse(new String(result.body(), StandardCharsets.UTF_8), PRODUCT_TOKEN);
            } else {
                // RFC 9309: a missing robots.txt (4xx) allows everything
                rules = RobotsTxt.ALLOW_ALL;
            }
        } catch (IOException e) {
            // RFC 9309: an unreachable robots.txt means complete disallow
            LOG.warn("{} unreachable ({}): nothing will be fetched from {}", robotsUri, e.getMessage(), origin);
            rules = RobotsTxt.DISALLOW_ALL;
        }
        rules.crawlDelaySeconds().ifPresent(s -> limiter.atLeast(s * 1_000_000_000L));
        robots.put(origin, rules);
        return rules;
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.min(Long.parseLong(value.strip()), 600)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

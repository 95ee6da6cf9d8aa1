package fr.qlod.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent clients on a fixed thread pool, each sending a seeded mix of requests until a
 * deadline: 30% {@code /id/…} (303 expected), 20% {@code /doc/…} as HTML, 15% as Turtle, 20%
 * {@code /search}, 15% SPARQL. A request fails when it throws or its status is not 2xx or 3xx.
 */
final class Workload {
    private static final long SEED = 7L;
    private static final String[] WORDS = {
        "agriculteurs",
        "cybercriminalité",
        "sécurité",
        "réforme",
        "vidéoprotection",
        "zythologie",
        "installation",
        "dotation",
        "communes rurales",
        "financement"
    };
    private static final Pattern IRI = Pattern.compile("\"value\"\\s*:\\s*\"([^\"]+)\"");

    private final URI root;
    private final String base;
    private final int clients;
    private final Duration duration;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Workload(URI root, String base, int clients, Duration duration) {
        this.root = root;
        this.base = base;
        this.clients = clients;
        this.duration = duration;
    }

    static Workload create(URI root, String base, int clients, Duration duration) {
        return new Workload(root, base, clients, duration);
    }

    /** The outcome of a run. */
    record Result(
            Map<String, String> latencyByKind,
            int clients,
            Duration duration,
            long requests,
            long errors,
            Map<String, Long> byKind,
            long p50Micros,
            long p99Micros,
            long maxMicros,
            List<String> firstErrors) {
        @Override
        public String toString() {
            return String.format(
                    "%d clients for %d s: %d requests (%.0f/s), %d errors, latency p50 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms; by kind %s%s",
                    clients,
                    duration.toSeconds(),
                    requests,
                    requests / (double) duration.toSeconds(),
                    errors,
                    p50Micros / 1000.0,
                    p99Micros / 1000.0,
                    maxMicros / 1000.0,
                    byKind + " " + latencyByKind,
                    firstErrors.isEmpty() ? "" : "; first errors " + firstErrors);
        }
    }

    /** Runs the clients; calls {@code atHalfTime} from the calling thread half-way through. */
    Result run(Runnable atHalfTime) throws Exception {
        List<String> resources = resources();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Client>> futures = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Client client = new Client(new Random(SEED + i), resources, deadline);
            futures.add(pool.submit(() -> {
                client.run();
                return client;
            }));
        }
        Thread.sleep(duration.toMillis() / 2);
        atHalfTime.run();
        List<Client> done = new ArrayList<>();
        for (Future<Client> f : futures) {
            done.add(f.get());
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        long requests = done.stream().mapToLong(c -> c.count).sum();
        long[] all = new long[(int) requests];
        int at = 0;
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, List<Long>> perKind = new TreeMap<>();
        List<String> firstErrors = new ArrayList<>();
        long errors = 0;
        for (Client c : done) {
            System.arraycopy(c.latencies, 0, all, at, c.count);
            at += c.count;
            c.byKind.forEach((k, v) -> byKind.merge(k, v, Long::sum));
            c.kindLatencies.forEach(
                    (k, v) -> perKind.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            errors += c.errors;
            c.firstErrors.stream().limit(5 - firstErrors.size()).forEach(firstErrors::add);
        }
        Arrays.sort(all);
        Map<String, String> latencyByKind = new TreeMap<>();
        perKind.forEach((k, v) -> {
            long[] sorted = v.stream().mapToLong(Long::longValue).sorted().toArray();
            latencyByKind.put(
                    k,
                    String.format(
                            "p50 %.0f ms, p99 %.0f ms",
                            percentile(sorted, 0.5) / 1000.0, percentile(sorted, 0.99) / 1000.0));
        });
        return new Result(
                latencyByKind,
                clients,
                duration,
                requests,
                errors,
                byKind,
                percentile(all, 0.50),
                percentile(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1],
                firstErrors);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    /** The questions, people and organs to dereference, as paths after the base, e.g. {@code question/QANR…}. */
    private List<String> resources() throws IOException, InterruptedException {
        String query = "PREFIX qlod: <https://w3id.org/qlod#> SELECT DISTINCT ?r { { ?r a qlod:Question } UNION "
                + "{ ?q qlod:askedBy ?r } UNION { ?q qlod:addressedTo ?r } }";
        HttpResponse<String> r = http.send(sparql(query), HttpResponse.BodyHandlers.ofString());
        List<String> paths = new ArrayList<>();
        Matcher m = IRI.matcher(r.body());
        while (m.find()) {
            if (m.group(1).startsWith(base + "id/")) {
                paths.add(m.group(1).substring((base + "id/").length()));
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("no resource to dereference: " + r.statusCode() + " " + r.body());
        }
        return paths;
    }

    private HttpRequest sparql(String query) {
        return HttpRequest.newBuilder(root.resolve("/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(30))
                .build();
    }

    /** One client: its own requests, latencies and errors, read once its thread is done. */
    private final class Client {
        private final Random random;
        private final List<String> resources;
        private final long deadline;
        private long[] latencies = new long[1024];
        private int count;
        private long errors;
        private final Map<String, Long> byKind = new TreeMap<>();
        private final Map<String, List<Long>> kindLatencies = new TreeMap<>();
        private final List<String> firstErrors = new ArrayList<>();

        Client(Random random, List<String> resources, long deadline) {
            this.random = random;
            this.resources = resources;
            this.deadline = deadline;
        }

        void run() {
            while (System.nanoTime() < deadline) {
                int dice = random.nextInt(100);
                String resource = resources.get(random.nextInt(resources.size()));
                String kind;
                HttpRequest request;
                if (dice < 30) {
                    kind = "id-303";
                    request = get("/id/" + resource, "text/html");
                } else if (dice < 50) {
                    kind = "doc-html";
                    request = get("/doc/" + resource, "text/html");
                } else if (dice < 65) {
                    kind = "doc-turtle";
                    request = get("/doc/" + resource, "text/turtle");
                } else if (dice < 85) {
                    kind = "search";
                    request = get(
                            "/search?q="
                                    + URLEncoder.encode(WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8),
                            "text/html");
                } else {
                    kind = "sparql";
                    request = sparql(sparqlQuery(resource));
                }
                long t = System.nanoTime();
                try {
                    HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (r.statusCode() < 200 || r.statusCode() >= 400) {
                        error(kind + " " + request.uri().getPath() + " gave " + r.statusCode());
                    }
                } catch (IOException e) {
                    error(kind + " " + request.uri().getPath() + ": " + e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                record(kind, System.nanoTime() - t);
            }
        }

        private String sparqlQuery(String resource) {
            switch (random.nextInt(3)) {
                case 0:
                    return "SELECT ?p ?o { <" + base + "id/" + resource + "> ?p ?o }";
                case 1:
                    return "SELECT ?type (COUNT(*) AS ?n) { ?s a ?type } GROUP BY ?type";
                default:
                    return "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s ?label { ?s rdfs:label ?label } "
                            + "LIMIT 20 OFFSET " + random.nextInt(1000);
            }
        }

        private HttpRequest get(String path, String accept) {
            return HttpRequest.newBuilder(root.resolve(path))
                    .header("Accept", accept)
                    .timeout(Duration.ofSeconds(30))
                    .build();
        }

        private void error(String what) {
            errors++;
            if (firstErrors.size() < 5) {
                firstErrors.add(what);
            }
        }

        private void record(String kind, long nanos) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos / 1000;
            byKind.merge(kind, 1L, Long::sum);
            kindLatencies.computeIfAbsent(kind, k -> new ArrayList<>()).add(nanos / 1000);
        }
    }
}

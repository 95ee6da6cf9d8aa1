package fr.qlod.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop HTTP load client: C clients each send GET requests, one after the other, over the
 * given URLs in turn, until N requests in all or T seconds. Redirects are followed (a
 * {@code /id/} request costs its 303 and the document). Prints one line:
 * {@code requests=… errors=… seconds=… rps=… p50ms=… p99ms=…}.
 *
 * <pre>
 * java -cp … fr.qlod.bench.HttpLoad CLIENTS REQUESTS SECONDS ACCEPT URL…
 * </pre>
 */
public final class HttpLoad {
    private HttpLoad() {}

    public static void main(String[] args) throws Exception {
        int clients = Integer.parseInt(args[0]);
        int requests = Integer.parseInt(args[1]);
        long deadline = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000_000L;
        String accept = args[3];
        List<URI> urls = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
            urls.add(URI.create(args[i]));
        }
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] latencies = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    HttpRequest request = HttpRequest.newBuilder(urls.get(i % urls.size()))
                            .header("Accept", accept)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build();
                    long t = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - t;
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        int done = Math.min(next.get(), requests);
        long[] done_ = Arrays.copyOf(latencies, done);
        Arrays.sort(done_);
        System.out.printf(
                "requests=%d errors=%d seconds=%.2f rps=%.0f p50ms=%.2f p99ms=%.2f%n",
                done,
                errors.get(),
                seconds,
                done / seconds,
                done_[done / 2] / 1e6,
                done_[Math.max(0, (int) (done * 0.99) - 1)] / 1e6);
    }
}

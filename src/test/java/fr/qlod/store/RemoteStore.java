package fr.qlod.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.junit.jupiter.api.Assumptions;

/**
 * A real SPARQL store started by a test in a process of its own (Virtuoso Open Source, or a second
 * Fuseki), on free loopback ports, with its data in a temporary folder, stopped by {@link #close}.
 * When the store's program is missing the test is skipped, unless the environment variable
 * {@value #REQUIRE} is {@code 1} (as in CI), where its absence fails the test.
 */
public abstract class RemoteStore implements AutoCloseable {
    public static final String REQUIRE = "QLOD_REQUIRE_STORES";
    public static final String USER = "qlod";
    public static final String PASSWORD = "s3cret-for-tests";

    private Process process;

    /** The endpoint {@code qlod load --endpoint} writes to. */
    public abstract URI loadEndpoint();

    /** The SPARQL query endpoint {@code qlod serve --endpoint} reads from. */
    public abstract URI queryEndpoint();

    /** The user whose password is {@link #password()}. */
    public abstract String user();

    public abstract String password();

    /** What the store holds in the named graphs whose IRIs start with the prefix, read back by SPARQL. */
    public DatasetGraph graphs(String prefix) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        String q = "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + prefix + "\")) }";
        try (QueryExecHTTP exec =
                QueryExecHTTP.service(queryEndpoint().toString()).query(q).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(b -> dsg.add(b.get("g"), b.get("s"), b.get("p"), b.get("o")));
        }
        return dsg;
    }

    /** Skips the test when {@code program} is not installed, or fails it when stores are required. */
    static void assumeInstalled(String program, Path path) {
        boolean present = path.toFile().canExecute();
        if (!present && "1".equals(System.getenv(REQUIRE))) {
            throw new AssertionError(program + " is not installed (" + path + ") and " + REQUIRE + "=1");
        }
        Assumptions.assumeTrue(present, program + " is not installed (" + path + ")");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    void started(Process process, URI ready, Duration within) throws IOException, InterruptedException {
        this.process = process;
        AuthEnv.get().registerUsernamePassword(queryEndpoint(), user(), password());
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException(getClass().getSimpleName() + " exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(ready)
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException(getClass().getSimpleName() + " did not answer " + ready + " within " + within);
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** A few quads (at most three) of {@code a} that {@code b} lacks, to name in a failed comparison. */
    public static List<Quad> missing(DatasetGraph a, DatasetGraph b) {
        List<Quad> missing = new ArrayList<>();
        a.find().forEachRemaining(q -> {
            if (missing.size() < 3 && !b.contains(q)) {
                missing.add(q);
            }
        });
        return missing;
    }
}

package fr.qlod.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A second Fuseki, in a JVM of its own (Fuseki main from the test class path), serving an
 * in-memory dataset {@code /ds} (or a TDB2 one, for the benchmark's 100k questions, which an
 * in-memory dataset holds in no reasonable heap) for query, update and the Graph Store Protocol,
 * every request behind HTTP Basic authentication.
 */
public final class FusekiProcess extends RemoteStore {
    private final int port;

    private FusekiProcess(int port) {
        this.port = port;
    }

    public static FusekiProcess start(Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path passwd = Files.writeString(folder.resolve("passwd"), USER + ": " + PASSWORD + "\n");
        int port = freePort();
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        FusekiProcess.class.getName(),
                        Integer.toString(port),
                        passwd.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("fuseki.log").toFile())
                .start();
        FusekiProcess f = new FusekiProcess(port);
        f.started(p, URI.create("http://127.0.0.1:" + port + "/$/ping"), Duration.ofSeconds(60));
        return f;
    }

    /**
     * The second Fuseki's own JVM (Fuseki's command line needs log4j, which qlod does not ship):
     * {@code PORT PASSWD_FILE [TDB2_DIR]}, one dataset {@code /ds}, in memory or the TDB2 store of
     * the folder, answering every operation to the users of the file only.
     */
    public static void main(String[] args) {
        DatasetGraph dataset = args.length > 2
                ? TDB2Factory.connectDataset(args[2]).asDatasetGraph()
                : DatasetGraphFactory.createTxnMem();
        FusekiServer.create()
                .loopback(true)
                .port(Integer.parseInt(args[0]))
                .enablePing(true)
                .passwordFile(args[1])
                .auth(AuthScheme.BASIC)
                .serverAuthPolicy(Auth.ANY_USER)
                .add("/ds", dataset, true)
                .build()
                .start()
                .join();
    }

    @Override
    public URI loadEndpoint() {
        return URI.create("http://127.0.0.1:" + port + "/ds");
    }

    @Override
    public URI queryEndpoint() {
        return loadEndpoint();
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String password() {
        return PASSWORD;
    }
}

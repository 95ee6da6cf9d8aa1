package fr.qlod.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7: a bounded load test on loopback, run only with {@code -Dqlod.loadtest=true} (see
 * BENCHMARKS.md). It loads the demo corpus and generated questions with {@code qlod load}, serves
 * them with {@code qlod serve} in a JVM of its own ({@code -Xmx512m}), drives it for a fixed time
 * with concurrent clients ({@link Workload}), and samples the server's heap over JMX at the start,
 * the middle and the end. No request may fail.
 */
@EnabledIfSystemProperty(named = "qlod.loadtest", matches = "true")
class LoadTestIT {
    private static final String BASE = "http://localhost:3030/";
    private static final int SECONDS = Integer.getInteger("qlod.loadtest.seconds", 30);
    private static final int CLIENTS = Integer.getInteger("qlod.loadtest.clients", 32);
    private static final int RECORDS = Integer.getInteger("qlod.loadtest.records", 2_000);

    @TempDir
    Path dir;

    @Test
    void theServerAnswersEveryRequestUnderLoadWithAStableHeap() throws Exception {
        Path db = dir.resolve("db");
        List<String> load = new ArrayList<>(List.of("load", "--quiet", "--db", db.toString()));
        for (String line : resource("files.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            Path file = Files.writeString(dir.resolve(parts[1]), resource(parts[1]));
            if (parts[0].equals("amo")) {
                load.add("--amo");
            }
            load.add(file.toString());
        }
        load.add(GeneratedDump.write(dir.resolve("generated.json"), RECORDS).toString());
        long loadStart = System.nanoTime();
        Process loader = java(List.of("-Xmx512m"), load).start();
        assertTrue(loader.waitFor(10, TimeUnit.MINUTES));
        assertEquals(0, loader.exitValue(), "the load failed");
        System.out.printf(
                "loaded the demo corpus and %d generated questions in %.1f s%n",
                RECORDS, (System.nanoTime() - loadStart) / 1e9);

        int port = freePort();
        int jmx = freePort();
        Process server = java(
                        List.of(
                                "-Xmx512m",
                                "-Dcom.sun.management.jmxremote.port=" + jmx,
                                "-Dcom.sun.management.jmxremote.rmi.port=" + jmx,
                                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                                "-Djava.rmi.server.hostname=127.0.0.1",
                                "-Dcom.sun.management.jmxremote.authenticate=false",
                                "-Dcom.sun.management.jmxremote.ssl=false"),
                        List.of("serve", "--db", db.toString(), "--port", Integer.toString(port), "--base", BASE))
                .redirectOutput(dir.resolve("server.log").toFile())
                .start();
        try {
            URI root = URI.create("http://localhost:" + port + "/");
            awaitServer(root);
            try (JMXConnector connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmx + "/jmxrmi"))) {
                MBeanServerConnection mbeans = connector.getMBeanServerConnection();
                MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(
                        mbeans, ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
                Workload workload = Workload.create(root, BASE, CLIENTS, Duration.ofSeconds(SECONDS));
                List<String> heap = new ArrayList<>();
                heap.add(heap("start", memory));
                Workload.Result result = workload.run(() -> heap.add(heap("middle", memory)));
                heap.add(heap("end", memory));
                System.out.println(result);
                heap.forEach(System.out::println);
                assertEquals(0, result.errors(), result.toString());
                assertTrue(result.requests() > 0);
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Heap used now, then after a full collection (the live set), in MiB. */
    private static String heap(String when, MemoryMXBean memory) {
        long used = memory.getHeapMemoryUsage().getUsed();
        memory.gc();
        long live = memory.getHeapMemoryUsage().getUsed();
        return String.format(
                "server heap at %-6s: %4d MiB used, %4d MiB after a full GC (max %d MiB)",
                when, used >> 20, live >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
    }

    private static void awaitServer(URI root) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(HttpRequest.newBuilder(root).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the server did not start");
    }

    private static ProcessBuilder java(List<String> jvm, List<String> args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = LoadTestIT.class.getResourceAsStream("/fr/qlod/demo/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.bench.GeneratedDump;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkpoint key of every graph is the same in two JVMs converting the same input, so that a load
 * killed in one JVM and resumed in another skips what the store had acknowledged: each JVM converts
 * the demo's AMO file and generated questions with {@code qlod convert}, and each graph's key is
 * computed from the N-Triples in the order that JVM wrote them, as {@link RemoteLoader} does.
 */
class CheckpointKeysIT {

    @Test
    void everyGraphHasTheSameKeyInTwoJvms(@TempDir Path dir) throws Exception {
        Path amo = dir.resolve("amo-export.json");
        try (var in = getClass().getResourceAsStream("/fr/qlod/demo/amo-export.json")) {
            Files.copy(in, amo);
        }
        Path dump = GeneratedDump.write(dir.resolve("many.json"), 300);

        Map<String, String> first = keys(convert(dir, amo, dump, "first.nq"));
        Map<String, String> second = keys(convert(dir, amo, dump, "second.nq"));

        assertTrue(first.size() > 300, "graphs: " + first.size());
        List<String> differ = new ArrayList<>();
        first.forEach((g, k) -> {
            if (!k.equals(second.get(g))) {
                differ.add(g);
            }
        });
        assertEquals(List.of(), differ, "graphs whose checkpoint key differs between two JVMs");
        assertEquals(first.keySet(), second.keySet());
    }

    private static Path convert(Path dir, Path amo, Path dump, String name) throws Exception {
        Path out = dir.resolve(name);
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "fr.qlod.cli.Main",
                        "convert",
                        "--quiet",
                        "--amo",
                        amo.toString(),
                        "-o",
                        out.toString(),
                        dump.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the conversion did not end");
        assertEquals(0, p.exitValue(), () -> read(dir.resolve(name + ".log")));
        return out;
    }

    /** Each graph's key, from its triples in the order they were written. */
    private static Map<String, String> keys(Path nquads) {
        Map<String, ByteArrayOutputStream> graphs = new LinkedHashMap<>();
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                graphs.computeIfAbsent(q.getGraph().getURI(), g -> new ByteArrayOutputStream())
                        .writeBytes((NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                                        + NodeFmtLib.strNT(q.getObject()) + " .\n")
                                .getBytes(StandardCharsets.UTF_8));
            }
        });
        Map<String, String> keys = new LinkedHashMap<>();
        graphs.forEach((g, bytes) -> {
            Node name = NodeFactory.createURI(g);
            keys.put(g, RemoteLoader.key(name, bytes.toByteArray()));
        });
        return keys;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}

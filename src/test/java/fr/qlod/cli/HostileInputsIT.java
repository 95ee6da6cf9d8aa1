package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import fr.qlod.store.QuestionStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7: broken and hostile files given to {@code qlod convert} and {@code qlod load} together
 * with good ones. Each bad file is named on standard error with its place, the exit code is 3, the
 * good records are all converted or loaded, nothing else is, and convert leaves no temporary file.
 */
class HostileInputsIT {
    private static final String FIXED = "--generated-at=2025-01-02T03:04:05Z";
    private static final String GRAPHS = "http://localhost:3030/graph/";

    @TempDir
    Path dir;

    private Path hostile;
    private Path amo;
    /** The good inputs, as files; the zip's good entries have twins among them. */
    private final List<String> good = new ArrayList<>();

    private final List<String> mixed = new ArrayList<>();
    private final CliRun cli = new CliRun();
    private final StringWriter err = cli.err;

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = HostileInputsIT.class.getResourceAsStream("/source/" + path)) {
            return in.readAllBytes();
        }
    }

    private Path write(Path folder, String name, byte[] bytes) throws IOException {
        return Files.write(Files.createDirectories(folder).resolve(name), bytes);
    }

    @BeforeEach
    void writeCorpus() throws IOException {
        List<List<Path>> demo = DemoCommand.extract(Files.createDirectories(dir.resolve("demo")));
        amo = demo.get(0).get(0);
        demo.get(1).forEach(p -> good.add(p.toString()));

        Path encodings = dir.resolve("encodings");
        byte[] json = fixture("opendata/QANR5L15QE4242.json");
        byte[] bom = new byte[json.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bom, 3, json.length);
        good.add(write(encodings, "bom-utf8.json", bom).toString());
        String fiche = new String(fixture("fiche/13-8810QE.htm"), StandardCharsets.ISO_8859_1);
        byte[] utf16 = fiche.getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16Bom = new byte[utf16.length + 2];
        utf16Bom[0] = (byte) 0xFF;
        utf16Bom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, utf16Bom, 2, utf16.length);
        good.add(write(encodings, "bom-utf16le.htm", utf16Bom).toString());
        good.add(write(encodings, "latin1.htm", fixture("fiche/10-30551QE.htm")).toString());
        String table = new String(fixture("table/table-seed-000.html"), Charset.forName("windows-1252"))
                .replace("d'analyse", "d\u2019analyse");
        good.add(write(encodings, "cp1252-declared-latin1.html", table.getBytes(Charset.forName("windows-1252")))
                .toString());
        // the twins of the zip's good entries, read as plain files by the good-only run
        Path twins = dir.resolve("twins");
        List<String> twinFiles = List.of(
                write(twins, "QANR5L15QE1500.xml", fixture("opendata/QANR5L15QE1500.xml"))
                        .toString(),
                write(twins, "QANR5L16QG57.json", fixture("opendata/QANR5L16QG57.json"))
                        .toString());

        hostile = dir.resolve("hostile");
        write(hostile, "empty.json", new byte[0]);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        write(hostile, "noise.bin", noise);
        write(hostile, "truncated.json", Arrays.copyOf(json, json.length * 2 / 3));
        Path secret = write(dir, "secret.txt", "TOP-SECRET-CONTENT".getBytes(StandardCharsets.US_ASCII));
        write(
                hostile,
                "xxe.xml",
                ("<?xml version=\"1.0\"?>\n<!DOCTYPE question [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                                + "\">]>\n<question><uid>&xxe;</uid></question>")
                        .getBytes(StandardCharsets.UTF_8));
        writeEvilZip(hostile.resolve("evil.zip"));

        mixed.addAll(good);
        mixed.add(hostile.toString());
        good.addAll(twinFiles);
    }

    /** A zip holding an entry named {@code ../../escaped.xml} and a bomb preceded by one good record. */
    private static void writeEvilZip(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../escaped.xml"));
            out.write(fixture("opendata/QANR5L15QE1500.xml"));
            out.putNextEntry(new ZipEntry("bomb.json"));
            String record = new String(fixture("opendata/QANR5L16QG57.json"), StandardCharsets.UTF_8).strip();
            record = record.substring(record.indexOf('{', 1), record.lastIndexOf('}'));
            out.write(("{\"questionsGouvernement\":{\"question\":[" + record + ",").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
    }

    private int run(String command, List<String> inputs, String... options) {
        List<String> args = new ArrayList<>(List.of(command, "--amo", amo.toString()));
        args.addAll(List.of(options));
        args.addAll(inputs);
        return cli.run(args.toArray(String[]::new));
    }

    private void assertEveryBadFileIsNamedWithItsPlace() {
        String text = err.toString();
        for (String line : List.of(
                "qlod: " + hostile.resolve("empty.json") + ": empty file",
                "qlod: " + hostile.resolve("noise.bin") + ": matches no known question format (binary content)",
                "qlod: " + hostile.resolve("truncated.json") + " (record 1, line 1:",
                "qlod: " + hostile.resolve("xxe.xml") + " (record 1, line 3:",
                "qlod: " + hostile.resolve("evil.zip") + "!/bomb.json (after 64 MiB): ")) {
            assertTrue(text.contains(line), "missing '" + line + "' in:\n" + text);
        }
        assertTrue(text.contains("refused as a zip bomb"), text);
        assertTrue(text.contains("5 bad files or records"), text);
        assertFalse(text.contains("TOP-SECRET"), text);
        assertFalse(text.contains("Exception"), text);
    }

    private static Set<String> graphs(DatasetGraph dsg) {
        Set<String> names = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
        return names;
    }

    private DatasetGraph convertGoodOnly() {
        Path out = dir.resolve("good/expected.nq");
        assertEquals(ExitCodes.OK, run("convert", good, "-o", out.toString(), FIXED), err::toString);
        err.getBuffer().setLength(0);
        return RDFDataMgr.loadDatasetGraph(out.toString());
    }

    @Test
    void convertNamesEveryBadFileAndWritesExactlyTheGoodRecords() throws IOException {
        DatasetGraph expected = convertGoodOnly();
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("mixed.nq");

        assertEquals(ExitCodes.BAD_INPUT, run("convert", mixed, "-o", out.toString(), FIXED), err::toString);

        assertEveryBadFileIsNamedWithItsPlace();
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left beside the output");
        }
        DatasetGraph actual = RDFDataMgr.loadDatasetGraph(out.toString());
        assertEquals(graphs(expected), graphs(actual));
        assertTrue(graphs(actual).size() > 60, graphs(actual).toString());
        assertTrue(graphs(actual).contains(GRAPHS + "question/QANR5L15QE1500"), "the zip entry named ../ is read");
        assertTrue(graphs(actual).contains(GRAPHS + "question/QANR5L16QG57"), "the record before the bomb is read");
        Set<String> fromZip = Set.of(GRAPHS + "question/QANR5L15QE1500", GRAPHS + "question/QANR5L16QG57");
        for (String g : graphs(expected)) {
            Node name = org.apache.jena.graph.NodeFactory.createURI(g);
            if (!fromZip.contains(g)) {
                assertTrue(IsoMatcher.isomorphic(expected.getGraph(name), actual.getGraph(name)), g);
            }
        }
        assertFalse(Files.readString(out).contains("TOP-SECRET"));
        assertFalse(Files.exists(dir.resolve("escaped.xml"))
                || Files.exists(dir.getParent().resolve("escaped.xml")));
    }

    @Test
    void aStrictConvertStopsAtTheFirstBadFileAndLeavesThePreviousOutputUntouched() throws IOException {
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("mixed.nq");
        Files.writeString(out, "previous\n");

        assertEquals(
                ExitCodes.BAD_INPUT, run("convert", mixed, "-o", out.toString(), FIXED, "--strict"), err::toString);

        assertTrue(err.toString().contains("qlod: " + hostile), err.toString());
        try (Stream<Path> files = Files.list(outDir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left beside the output");
        }
        assertEquals("previous\n", Files.readString(out));
    }

    @Test
    void loadNamesEveryBadFileAndLoadsExactlyTheGoodRecords() {
        DatasetGraph expected = convertGoodOnly();
        Path db = dir.resolve("db");

        assertEquals(ExitCodes.BAD_INPUT, run("load", mixed, "--db", db.toString()), err::toString);

        assertEveryBadFileIsNamedWithItsPlace();
        try (QuestionStore store = QuestionStore.open(db)) {
            Set<String> loaded = Txn.calculateRead(store.dataset(), () -> graphs(store.dataset()));
            // a store also counts its statistics graph, which a conversion does not write
            assertTrue(loaded.remove(Qlod.STATISTICS_GRAPH), "the store counts its statistics");
            assertEquals(graphs(expected), loaded);
            Txn.executeRead(
                    store.dataset(),
                    () -> assertFalse(store.dataset().stream()
                            .anyMatch(q -> q.getObject().isLiteral()
                                    && q.getObject().getLiteralLexicalForm().contains("TOP-SECRET"))));
        }
    }
}

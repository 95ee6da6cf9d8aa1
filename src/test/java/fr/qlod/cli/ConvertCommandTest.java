package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/cli");
    private static final Path GOOD = FIXTURES.resolve("convert");
    private static final String FIXED = "--generated-at=2025-01-02T03:04:05Z";
    private static final Node LINKS = NodeFactory.createURI("http://localhost:3030/graph/links/identical-answers");

    @TempDir
    Path dir;

    private final CliRun cli = CliRun.withFixtureReader();
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void writesNamedGraphsAndTheIdenticalAnswersGraphAsNQuads() {
        Path out = dir.resolve("out.nq");
        assertEquals(ExitCodes.OK, run("convert", GOOD.toString(), "-o", out.toString(), FIXED), err::toString);
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
        assertTrue(dsg.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/question/QANR5L14QE59906")));
        assertTrue(dsg.containsGraph(NodeFactory.createURI("http://localhost:3030/graph/question/QANR5L14QE60037")));
        assertEquals(2, dsg.getGraph(LINKS).size() - 3, "two sameAnswerAs links besides the graph's provenance");
        assertTrue(err.toString().contains("2 records read, no error"), err::toString);
    }

    @Test
    void countsTheResolutionsAndReportsTheUnresolvedAuthorsAsJsonLines() throws IOException {
        // the seeds name Thierry Lazaro without an id, and no AMO is given: nothing can resolve him
        Path out = dir.resolve("out.nq");
        Path report = dir.resolve("unresolved.jsonl");
        assertEquals(
                ExitCodes.OK,
                run("convert", GOOD.toString(), "-o", out.toString(), FIXED, "--report", report.toString()),
                err::toString);
        assertTrue(err.toString().contains("TEXT_TABLE authors: 0 resolved, 0 ambiguous, 2 unknown"), err::toString);
        List<String> authors = Files.readAllLines(report).stream()
                .filter(l -> l.contains("\"kind\":\"author\""))
                .toList();
        assertEquals(2, authors.size(), () -> String.join("\n", authors));
        assertTrue(
                authors.get(0).contains("\"outcome\":\"unknown\"")
                        && authors.get(0).contains("\"printed\":\"Thierry Lazaro\""),
                authors.get(0));
    }

    @Test
    void writesTheThreeIndexingSchemesAsConceptSchemesOnce() {
        Path out = dir.resolve("out.nq");
        assertEquals(ExitCodes.OK, run("convert", GOOD.toString(), "-o", out.toString(), FIXED), err::toString);
        DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
        org.apache.jena.graph.Graph schemes =
                dsg.getGraph(NodeFactory.createURI("http://localhost:3030/graph/schemes"));
        for (Node scheme : List.of(
                fr.qlod.mapping.Qlod.RubriqueScheme.asNode(),
                fr.qlod.mapping.Qlod.TeteAnalyseScheme.asNode(),
                fr.qlod.mapping.Qlod.AnalyseScheme.asNode())) {
            assertTrue(
                    schemes.contains(
                            scheme,
                            org.apache.jena.vocabulary.RDF.Nodes.type,
                            org.apache.jena.vocabulary.SKOS.ConceptScheme.asNode()),
                    scheme::toString);
        }
    }

    @Test
    void writesTheSameBytesTwice() throws IOException {
        Path first = dir.resolve("first.trig");
        Path second = dir.resolve("second.trig");
        assertEquals(ExitCodes.OK, run("convert", GOOD.toString(), "-o", first.toString(), FIXED));
        assertEquals(ExitCodes.OK, run("convert", GOOD.toString(), "-o", second.toString(), FIXED));
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void takesTheGenerationTimeFromTheInputsWhenNoneIsGiven() throws IOException {
        Path first = dir.resolve("a.nq");
        Path second = dir.resolve("b.nq");
        run("convert", GOOD.toString(), "-o", first.toString());
        run("convert", GOOD.toString(), "-o", second.toString());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void writesEveryFormatByExtensionOrOption() {
        for (String name : new String[] {"out.trig", "out.nt", "out.ttl", "out.jsonld"}) {
            Path out = dir.resolve(name);
            assertEquals(ExitCodes.OK, run("convert", GOOD.toString(), "-o", out.toString(), FIXED), err::toString);
            DatasetGraph dsg = RDFDataMgr.loadDatasetGraph(out.toString());
            assertFalse(dsg.getUnionGraph().isEmpty() && dsg.getDefaultGraph().isEmpty(), name);
        }
        assertTrue(RDFDataMgr.loadDatasetGraph(dir.resolve("out.nt").toString())
                        .getDefaultGraph()
                        .size()
                > 50);
        assertTrue(RDFDataMgr.loadDatasetGraph(dir.resolve("out.jsonld").toString())
                .containsGraph(LINKS));
        Path forced = dir.resolve("forced.data");
        assertEquals(
                ExitCodes.OK, run("convert", GOOD.toString(), "-o", forced.toString(), "--format", "ntriples", FIXED));
    }

    @Test
    void usesTheBaseGiven() throws IOException {
        Path out = dir.resolve("based.nq");
        run("convert", GOOD.toString(), "-o", out.toString(), "--base", "https://qlod.example.org/", FIXED);
        assertTrue(Files.readString(out).contains("<https://qlod.example.org/id/question/QANR5L14QE59906>"));
    }

    @Test
    void convertsTheGoodFilesAndExitsWith3WhenAFileIsBad() {
        Path out = dir.resolve("out.nq");
        int code = run(
                "convert", GOOD.toString(), FIXTURES.resolve("bad/no-uid.txt").toString(), "-o", out.toString(), FIXED);
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("no-uid.txt (line 2): no uid"), err::toString);
        assertEquals(
                2, RDFDataMgr.loadDatasetGraph(out.toString()).getGraph(LINKS).size() - 3);
    }

    @Test
    void leavesNoFileBehindWhenTheConversionFails() throws IOException {
        Path out = dir.resolve("out.nq");
        int code = run(
                "convert", GOOD.toString(), FIXTURES.resolve("bad/crash.txt").toString(), "-o", out.toString(), FIXED);
        assertEquals(ExitCodes.INTERNAL, code);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void refusesAnOutputWhoseFormatItCannotTell() {
        assertEquals(
                ExitCodes.USAGE,
                run("convert", GOOD.toString(), "-o", dir.resolve("out.xyz").toString()));
        assertEquals(
                ExitCodes.USAGE,
                run("convert", GOOD.toString(), "-o", dir.resolve("out.nq").toString(), "--format", "rdfxml"));
        assertEquals(
                ExitCodes.USAGE,
                run("convert", GOOD.toString(), "-o", dir.resolve("out.nq").toString(), "--base", "ftp://x/"));
    }
}

package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/cli");

    @TempDir
    Path dir;

    private final CliRun cli = CliRun.withFixtureReader();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void acceptsWhatConvertWrites() {
        Path nq = dir.resolve("out.nq");
        assertEquals(
                ExitCodes.OK,
                run(
                        "convert",
                        FIXTURES.resolve("convert").toString(),
                        "-o",
                        nq.toString(),
                        "--generated-at=2025-01-01T00:00:00Z"));
        assertEquals(ExitCodes.OK, run("validate", nq.toString()), out::toString);
        assertTrue(out.toString().contains("out.nq: conforms"), out::toString);
    }

    @Test
    void reportsEachViolationWithFocusNodePathAndMessage() {
        assertEquals(
                ExitCodes.BAD_INPUT,
                run("validate", FIXTURES.resolve("broken.ttl").toString()));
        String report = out.toString();
        String focus = "<http://localhost:3030/id/question/QANR5L14QE1>";
        assertTrue(report.contains("Violation at " + focus + " <https://w3id.org/qlod#uid>"), report);
        assertTrue(report.contains("Violation at " + focus + " <https://w3id.org/qlod#number>"), report);
        assertTrue(report.contains("Violation at " + focus + " <https://w3id.org/qlod#questionText>"), report);
        assertTrue(report.contains("Violation at " + focus + " <https://w3id.org/qlod#status>"), report);
        assertTrue(report.contains("broken.ttl: "), report);
        assertTrue(report.lines().anyMatch(l -> l.matches(".*broken\\.ttl: \\d+ violations")), report);
    }

    @Test
    void exitsWith3OnAFileThatIsNotRdf() throws IOException {
        Path notRdf = dir.resolve("not.ttl");
        Files.writeString(notRdf, "this is { not turtle");
        assertEquals(ExitCodes.BAD_INPUT, run("validate", notRdf.toString()));
        assertTrue(err.toString().contains("not.ttl: not readable as RDF"), err::toString);
    }
}

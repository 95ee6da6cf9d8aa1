package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.source.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/cli");

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        ((ConvertCommand) cli.getSubcommands().get("convert").getCommand()).sources = Sources.of(List.of(new FixtureReader()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void acceptsWhatConvertWrites() {
        Path nq = dir.resolve("out.nq");
        assertEquals(ExitCodes.OK, run("convert", FIXTURES.resolve("convert").toString(), "-o", nq.toString(), "--generated-at=2025-01-01T00:00:00Z"));
        assertEquals(ExitCodes.OK, run("validate", nq.toString()), out::toString);
        assertTrue(out.toString().contains("out.nq: conforms"), out::toString);
    }

    @Test
    void reportsEachViolationWithFocusNodePathAndMessage() {
        assertEquals(ExitCodes.BAD_INPUT, run("validate", FIXTURES.resolve("broken.ttl").toString()));
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

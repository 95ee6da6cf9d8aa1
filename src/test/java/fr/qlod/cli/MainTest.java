package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void helpListsTheExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("3   bad input data"), out.toString());
        assertTrue(out.toString().contains("4   store or port unavailable"), out.toString());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertEquals(2, run("inspect", "--no-such-option", "x"));
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err.toString());
    }

    @Test
    void aMissingFileIsBadInputNamedWithoutStackTrace() {
        Path missing = dir.resolve("missing.html");
        assertEquals(3, run("inspect", missing.toString()));
        assertTrue(err.toString().contains("qlod: " + missing + ": no such file"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void aFileOfNoKnownFormatIsBadInputAndTheOthersAreStillRead() throws Exception {
        Path junk = dir.resolve("junk.txt");
        Files.writeString(junk, "hello, world");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        assertEquals(3, run("inspect", junk.toString(), empty.toString()));
        assertTrue(
                err.toString().contains(junk + ": matches no known question format (starts with 'hello, world')"),
                err.toString());
        assertTrue(err.toString().contains(empty + ": empty file"), err.toString());
        assertTrue(err.toString().contains("0 records read, 2 bad files or records"), err.toString());
    }

    @Test
    void strictModeStopsAtTheFirstBadFile() throws Exception {
        Path junk = dir.resolve("junk.txt");
        Files.writeString(junk, "hello, world");
        assertEquals(
                3,
                run(
                        "inspect",
                        "--strict",
                        junk.toString(),
                        dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("qlod: " + junk + ": matches no known question format"), err.toString());
        assertFalse(err.toString().contains("missing"), err.toString());
    }

    @Test
    void aNestedSubcommandFailingInternallyTellsToRerunWithStacktrace() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("out"), "a file where the harvest folder should be");
        assertEquals(1, run("harvest", "pages", "--legislature", "16", "--to", "1", "--out", notAFolder.toString()));
        assertTrue(err.toString().contains("qlod: internal error: "), err.toString());
        assertTrue(err.toString().contains("(rerun with --stacktrace for details)"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void stacktraceOnANestedSubcommandPrintsTheStackTrace() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("out"), "a file where the harvest folder should be");
        assertEquals(
                1,
                run(
                        "harvest",
                        "pages",
                        "--stacktrace",
                        "--legislature",
                        "16",
                        "--to",
                        "1",
                        "--out",
                        notAFolder.toString()));
        assertTrue(err.toString().contains("\tat fr.qlod.harvest.Harvester.pages("), err.toString());
        assertFalse(err.toString().contains("rerun with --stacktrace"), err.toString());
    }

    @Test
    void stacktraceBeforeTheSubcommandsCountsForTheNestedOneThatFails() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("out"), "a file where the harvest folder should be");
        assertEquals(
                1, run("--stacktrace", "harvest", "opendata", "--legislature", "16", "--out", notAFolder.toString()));
        assertTrue(err.toString().contains("\tat fr.qlod.harvest.Harvester.openData("), err.toString());
    }

    @Test
    void everyCommandAcceptsStacktrace() {
        assertEquals(0, run("harvest", "pages", "--stacktrace", "--help"));
        for (String command : List.of(
                "inspect",
                "convert",
                "validate",
                "load",
                "serve",
                "demo",
                "query",
                "harvest",
                "harvest pages",
                "harvest opendata")) {
            CliRun help = new CliRun();
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            assertEquals(0, help.run(args.toArray(String[]::new)), command);
            assertTrue(help.out.toString().contains("--stacktrace"), command + ": " + help.out);
        }
    }
}

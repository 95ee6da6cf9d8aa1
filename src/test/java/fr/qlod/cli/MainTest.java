package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(err.toString().contains(junk + ": matches no known question format (starts with 'hello, world')"), err.toString());
        assertTrue(err.toString().contains(empty + ": empty file"), err.toString());
        assertTrue(err.toString().contains("0 records read, 2 bad files or records"), err.toString());
    }

    @Test
    void strictModeStopsAtTheFirstBadFile() throws Exception {
        Path junk = dir.resolve("junk.txt");
        Files.writeString(junk, "hello, world");
        assertEquals(3, run("inspect", "--strict", junk.toString(), dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("qlod: " + junk + ": matches no known question format"), err.toString());
        assertFalse(err.toString().contains("missing"), err.toString());
    }
}

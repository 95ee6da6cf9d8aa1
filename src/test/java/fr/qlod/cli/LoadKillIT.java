package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.bench.GeneratedDump;
import fr.qlod.store.QuestionStore;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #7: {@code qlod load}, run in its own JVM on a store holding the demo corpus, is killed
 * with SIGKILL at several moments of a load of generated records; each time the reopened store is
 * exactly as before (graphs, quads, isomorphism, text index). A last, unkilled load then adds
 * every generated record once. Issue #9: the same for a load into an empty store, which builds a
 * new TDB2 generation aside: after each kill the store is empty, or holds the whole load if the
 * kill came after the new generation was renamed into place, never a part.
 */
class LoadKillIT {
    private static final int RECORDS = 400;
    private static final int KILLS = 5;
    private static final long SEED = 20_260_707L;
    private static final String WORD = GeneratedDump.WORD;
    private static final String QUESTION_GRAPHS = "http://localhost:3030/graph/question/";

    @TempDir
    Path dir;

    @Test
    void aLoadKilledAtAnyMomentLeavesTheStoreAsItWasAndALaterLoadAddsEveryRecordOnce() throws Exception {
        Path db = dir.resolve("db");
        List<List<Path>> demo = DemoCommand.extract(Files.createDirectories(dir.resolve("demo")));
        try (QuestionStore store = QuestionStore.open(db)) {
            DemoCommand.load(store, URI.create("http://localhost:3030/"), demo.get(0), demo.get(1));
        }
        Path dump = GeneratedDump.write(dir.resolve("generated.json"), RECORDS);
        State before = State.of(db);
        assertEquals(0L, before.matches());

        Path calibration = dir.resolve("calibration");
        copyTree(db, calibration);
        long duration = calibrate(calibration, dump);
        for (long delay : killMoments(duration, 0.85)) {
            assertTrue(
                    killLoad(db, dump, delay),
                    "the load ended before the kill at " + delay + " ms (calibrated "
                            + TimeUnit.NANOSECONDS.toMillis(duration) + " ms)");
            State after = State.of(db);
            assertEquals(before.graphs(), after.graphs(), "graphs after the kill at " + delay + " ms");
            assertEquals(before.quads(), after.quads(), "quads after the kill at " + delay + " ms");
            assertEquals(before.matches(), after.matches(), "text index after the kill at " + delay + " ms");
            assertTrue(
                    IsoMatcher.isomorphic(before.copy(), after.copy()),
                    "store changed by the kill at " + delay + " ms");
        }

        Process last = load(db, dump);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), "the last load failed");
        State loaded = State.of(db, false);
        assertEquals(before.questionGraphs() + RECORDS, loaded.questionGraphs());
        assertEquals((long) RECORDS, loaded.matches());
        assertEquals(
                State.of(calibration, false).quads(), loaded.quads(), "the same as the calibration's unkilled load");
    }

    @Test
    void aLoadIntoAnEmptyStoreKilledAtAnyMomentLeavesItEmptyOrWhole() throws Exception {
        Path dump = GeneratedDump.write(dir.resolve("generated.json"), RECORDS);
        Path calibration = dir.resolve("calibration");
        long duration = calibrate(calibration, dump);
        State whole = State.of(calibration);
        assertEquals((long) RECORDS, whole.matches());
        assertEquals((long) RECORDS, whole.questionGraphs());

        // up to the very end: the indexes are written, the new generation renamed and switched in last
        for (long delay : killMoments(duration, 0.97)) {
            Path db = dir.resolve("db-" + delay);
            QuestionStore.open(db).close();
            killLoad(db, dump, delay);
            State after = State.of(db);
            if (after.quads() == 0) {
                assertEquals(0L, after.matches(), "text index after the kill at " + delay + " ms");
            } else {
                assertEquals(whole.matches(), after.matches(), "text index after the kill at " + delay + " ms");
                assertTrue(
                        IsoMatcher.isomorphic(whole.copy(), after.copy()),
                        "part of a load after the kill at " + delay + " ms");
            }
            try (Stream<Path> generations = Files.list(db.resolve("tdb2"))) {
                assertEquals(
                        List.of(),
                        generations
                                .filter(p -> p.getFileName().toString().endsWith("-tmp"))
                                .toList(),
                        "an unfinished generation left after the kill at " + delay + " ms");
            }
            Process again = load(db, dump);
            assertTrue(again.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, again.exitValue(), "the load after the kill at " + delay + " ms failed");
            assertTrue(
                    IsoMatcher.isomorphic(whole.copy(), State.of(db).copy()),
                    "reloaded after the kill at " + delay + " ms");
        }
    }

    /** Runs one unkilled load into {@code db}; returns how long it took, in nanoseconds. */
    private static long calibrate(Path db, Path dump) throws Exception {
        long start = System.nanoTime();
        Process full = load(db, dump);
        assertTrue(full.waitFor(120, TimeUnit.SECONDS), "the calibration load did not end");
        assertEquals(0, full.exitValue(), "the calibration load failed");
        return System.nanoTime() - start;
    }

    /** Moments spread over a load, from the JVM's start to {@code end} of its duration, in milliseconds. */
    private static List<Long> killMoments(long duration, double end) {
        Random random = new Random(SEED);
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < KILLS; i++) {
            double from = 0.05 + (end - 0.05) * i / KILLS;
            double fraction = from + random.nextDouble() * (end - 0.05) / KILLS;
            delays.add(TimeUnit.NANOSECONDS.toMillis((long) (duration * fraction)));
        }
        return delays;
    }

    /** Starts a load and kills it with SIGKILL after {@code delay} ms; false if it had ended by then. */
    private static boolean killLoad(Path db, Path dump, long delay) throws Exception {
        Process child = load(db, dump);
        Thread.sleep(delay);
        if (!child.isAlive()) {
            return false;
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        return true;
    }

    private static Process load(Path db, Path dump) throws IOException {
        return new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "load",
                        "--quiet",
                        "--db",
                        db.toString(),
                        dump.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
    }

    /** What a store holds, read after reopening it. */
    private record State(long graphs, long questionGraphs, long quads, long matches, DatasetGraph copy) {
        static State of(Path db) {
            return of(db, true);
        }

        static State of(Path db, boolean keep) {
            try (QuestionStore store = QuestionStore.open(db)) {
                DatasetGraph dsg = store.dataset();
                return Txn.calculateRead(dsg, () -> {
                    List<String> names = new ArrayList<>();
                    dsg.listGraphNodes().forEachRemaining(g -> names.add(g.getURI()));
                    DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                    long quads = keep
                            ? dsg.stream().peek(copy::add).count()
                            : dsg.stream().count();
                    long questions = names.stream()
                            .filter(n -> n.startsWith(QUESTION_GRAPHS))
                            .count();
                    return new State(names.size(), questions, quads, matches(dsg), keep ? copy : null);
                });
            }
        }

        private static long matches(DatasetGraph dsg) {
            String query = "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) "
                    + "{ ?s text:query (\"" + WORD + "\" 100000) }";
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        }
    }
}

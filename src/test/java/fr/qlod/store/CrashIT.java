package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load killed by SIGKILL in the middle leaves the store (and its text index) exactly as before. */
class CrashIT {
    private static final int RECORDS = 2_000_000;

    @TempDir
    Path dir;

    @Test
    void aLoadKilledInTheMiddleLeavesTheStoreUnchanged() throws Exception {
        Path db = dir.resolve("db");
        Map<String, Long> before;
        try (QuestionStore store = QuestionStore.open(db)) {
            store.load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS)));
            before = StoreFixtures.counts(store.dataset());
        }

        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        GeneratedQuestions.class.getName(),
                        db.toString(),
                        Integer.toString(RECORDS))
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader lines =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean marked = false;
            while ((line = lines.readLine()) != null) {
                if (line.contains(GeneratedQuestions.MARKER)) {
                    marked = true;
                    break;
                }
            }
            assertTrue(marked, "the loading process never reached the middle of its load");
            Thread.sleep(500);
            assertTrue(child.isAlive(), "the load finished before it could be killed");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }

        try (QuestionStore store = QuestionStore.open(db)) {
            assertEquals(before, StoreFixtures.counts(store.dataset()));
            assertEquals(0L, countMatches(store, GeneratedQuestions.WORD));

            LoadResult result = store.load(GeneratedQuestions.records(1_000, -1, () -> {}));

            assertEquals(new LoadResult(0, 0, 1_000, 5_000), result);
            assertEquals(
                    before.size() + 1_000, StoreFixtures.counts(store.dataset()).size());
            assertEquals(1_000L, countMatches(store, GeneratedQuestions.WORD));
        }
    }

    private static long countMatches(QuestionStore store, String word) {
        String query =
                "PREFIX text: <http://jena.apache.org/text#> SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s text:query (\""
                        + word + "\" 100000) }";
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(store.dataset()))) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}

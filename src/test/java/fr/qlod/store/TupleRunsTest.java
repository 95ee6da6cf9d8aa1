package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TupleRunsTest {
    private static final List<int[]> ORDERS =
            List.of(new int[] {0, 1, 2, 3}, new int[] {0, 2, 3, 1}, new int[] {1, 2, 3, 0}, new int[] {3, 1, 2, 0});

    @TempDir
    Path dir;

    /** Unsigned lexicographic order of permuted tuples: TDB2's order of record keys. */
    private static Comparator<long[]> unsigned() {
        return (x, y) -> {
            for (int c = 0; c < x.length; c++) {
                int r = Long.compareUnsigned(x[c], y[c]);
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        };
    }

    private static List<long[]> randomTuples(Random random, int n) {
        // few distinct values per column (many ties and repeats), some with the top bit set (inline NodeIds)
        long[] values = {0, 1, 2, 7, 1L << 40, -1L, Long.MIN_VALUE, Long.MIN_VALUE | 5, 0x7FFF_FFFF_FFFF_FFFFL};
        List<long[]> tuples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long[] t = new long[4];
            for (int c = 0; c < 4; c++) {
                t[c] = random.nextInt(4) == 0 ? random.nextLong() : values[random.nextInt(values.length)];
            }
            tuples.add(t);
        }
        return tuples;
    }

    private static List<long[]> expected(List<long[]> tuples, int[] order) {
        TreeSet<long[]> set = new TreeSet<>(unsigned());
        for (long[] t : tuples) {
            set.add(new long[] {t[order[0]], t[order[1]], t[order[2]], t[order[3]]});
        }
        return new ArrayList<>(set);
    }

    private static List<long[]> drain(Iterator<long[]> it) {
        List<long[]> out = new ArrayList<>();
        it.forEachRemaining(t -> out.add(t.clone()));
        return out;
    }

    /** Every order of the finished runs holds the input's distinct tuples, as a TreeSet sorts them. */
    private static void assertSortedInEveryOrder(List<long[]> input, TupleRuns runs) {
        for (int k = 0; k < ORDERS.size(); k++) {
            List<long[]> want = expected(input, ORDERS.get(k));
            List<long[]> got = drain(runs.sorted(k));
            assertEquals(want.size(), got.size(), "order " + k);
            for (int i = 0; i < want.size(); i++) {
                assertArrayEquals(want.get(i), got.get(i), "order " + k + ", tuple " + i);
            }
        }
    }

    private void assertSortsLikeATreeSet(int tuples, int chunk, long seed) {
        List<long[]> input = randomTuples(new Random(seed), tuples);
        Path runsDir = dir.resolve("runs-" + seed);
        try (TupleRuns runs = new TupleRuns(runsDir, chunk, ORDERS)) {
            input.forEach(t -> runs.add(t[0], t[1], t[2], t[3]));
            runs.finish();
            assertEquals(tuples, runs.added());
            assertSortedInEveryOrder(input, runs);
        }
        assertFalse(Files.exists(runsDir), "run files are deleted on close");
    }

    @Test
    void sortsEveryOrderInMemoryWithoutRepeats() {
        assertSortsLikeATreeSet(5_000, 10_000, 1);
        assertSortsLikeATreeSet(0, 10, 2);
        assertSortsLikeATreeSet(1, 10, 3);
    }

    @Test
    void mergesRunsWrittenToDiskWithoutRepeats() {
        // 37 runs, the last one short, and repeats across runs
        assertSortsLikeATreeSet(20_000, 547, 4);
        assertSortsLikeATreeSet(4_000, 2, 5);
    }

    /** Adds tuples, reads one order, adds more and checks every order holds both parts. */
    private void assertSortsTuplesAddedAfterReadingAnOrder(int first, int second, int chunk, long seed) {
        Random random = new Random(seed);
        List<long[]> before = randomTuples(random, first);
        List<long[]> after = randomTuples(random, second);
        try (TupleRuns runs = new TupleRuns(dir.resolve("reopened-" + seed), chunk, ORDERS)) {
            before.forEach(t -> runs.add(t[0], t[1], t[2], t[3]));
            runs.finish();
            assertEquals(
                    expected(before, ORDERS.get(2)).size(),
                    drain(runs.sorted(2)).size());
            runs.reopen();
            after.forEach(t -> runs.add(t[0], t[1], t[2], t[3]));
            runs.finish();
            List<long[]> all = new ArrayList<>(before);
            all.addAll(after);
            assertSortedInEveryOrder(all, runs);
        }
    }

    @Test
    void sortsTuplesAddedAfterAnOrderWasRead() {
        // in memory throughout; in memory until the second part spills; on disk from the start
        assertSortsTuplesAddedAfterReadingAnOrder(3_000, 1_000, 10_000, 6);
        assertSortsTuplesAddedAfterReadingAnOrder(3_000, 2_000, 4_000, 7);
        assertSortsTuplesAddedAfterReadingAnOrder(5_000, 700, 1_000, 8);
    }

    @Test
    void writesRunFilesOnlyWhenTheTuplesDoNotFitInMemory() {
        try (TupleRuns runs = new TupleRuns(dir.resolve("small"), 100, ORDERS)) {
            for (int i = 0; i < 100; i++) {
                runs.add(i, 0, 0, 0);
            }
            runs.finish();
            assertFalse(Files.exists(dir.resolve("small")));
        }
        try (TupleRuns runs = new TupleRuns(dir.resolve("large"), 100, ORDERS)) {
            for (int i = 0; i < 101; i++) {
                runs.add(i, 0, 0, 0);
            }
            runs.finish();
            assertTrue(Files.exists(dir.resolve("large").resolve("order-0.runs")));
        }
    }

    @Test
    void sortsAlreadySortedAndReversedInputInEveryOrder() {
        // the shapes a quicksort degenerates on: the introsort's heapsort fallback keeps them correct
        List<long[]> input = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            input.add(new long[] {i, 3_000 - i, i % 7, 0});
        }
        try (TupleRuns runs = new TupleRuns(dir.resolve("shapes"), 10_000, ORDERS)) {
            input.forEach(t -> runs.add(t[0], t[1], t[2], t[3]));
            runs.finish();
            for (int k = 0; k < ORDERS.size(); k++) {
                List<long[]> want = expected(input, ORDERS.get(k));
                List<long[]> got = drain(runs.sorted(k));
                for (int i = 0; i < want.size(); i++) {
                    assertArrayEquals(want.get(i), got.get(i));
                }
            }
        }
    }

    @Test
    void sortsTuplesArrivingGraphByGraphInEveryOrder() {
        // as a load sends them: the first column ascends (in unsigned order, up to inline ids), the rest is random
        Random random = new Random(6);
        List<long[]> input = new ArrayList<>();
        long graph = 1;
        while (input.size() < 12_000) {
            graph = input.size() > 9_000 && graph > 0 ? Long.MIN_VALUE + 3 : graph + 1 + random.nextInt(3);
            int quads = 1 + random.nextInt(60);
            for (int q = 0; q < quads; q++) {
                input.add(new long[] {
                    graph,
                    random.nextInt(50),
                    random.nextInt(8),
                    random.nextInt(4) == 0 ? -random.nextInt(5) : random.nextInt(90)
                });
            }
        }
        for (int chunk : new int[] {100_000, 1_000}) {
            try (TupleRuns runs = new TupleRuns(dir.resolve("graphs-" + chunk), chunk, ORDERS)) {
                input.forEach(t -> runs.add(t[0], t[1], t[2], t[3]));
                runs.finish();
                for (int k = 0; k < ORDERS.size(); k++) {
                    List<long[]> want = expected(input, ORDERS.get(k));
                    List<long[]> got = drain(runs.sorted(k));
                    assertEquals(want.size(), got.size(), "order " + k);
                    for (int i = 0; i < want.size(); i++) {
                        assertArrayEquals(want.get(i), got.get(i), "chunk " + chunk + ", order " + k + ", tuple " + i);
                    }
                }
            }
        }
    }

    @Test
    void writesRunsOfSmallIdsInUnderAThirdOfTheirRawSize() throws Exception {
        // node ids are mostly offsets of a few million, and a sorted run's tuples share their first columns
        Random random = new Random(8);
        Path runsDir = dir.resolve("sizes");
        try (TupleRuns runs = new TupleRuns(runsDir, 10_000, ORDERS)) {
            for (long graph = 1; graph <= 4_000; graph++) {
                for (int q = 0; q < 10; q++) {
                    runs.add(
                            graph * 1_000,
                            graph * 1_000 + random.nextInt(5),
                            random.nextInt(100),
                            random.nextInt(5_000_000));
                }
            }
            runs.finish();
            long bytes = runs.runBytes();
            long raw = 40_000L * 32 * ORDERS.size();
            assertTrue(bytes < raw / 3, bytes + " bytes of runs for " + raw + " bytes of tuples");
        }
    }
}

package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PrefetchTest {
    private static final String NAME = "prefetch-under-test";

    /** {@code n} tuples {i, 2i, 3i, 4i}, in one array reused as the sort runs' iterators reuse theirs. */
    private static Iterator<long[]> tuples(int n, AtomicInteger read) {
        long[] tuple = new long[TupleRuns.WIDTH];
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public long[] next() {
                for (int c = 0; c < tuple.length; c++) {
                    tuple[c] = (long) i * (c + 1);
                }
                i++;
                read.incrementAndGet();
                return tuple;
            }
        };
    }

    @Test
    void givesEveryTupleInOrderAcrossBlockBoundaries() {
        for (int n :
                new int[] {0, 1, Prefetch.BLOCK_TUPLES - 1, Prefetch.BLOCK_TUPLES, 10 * Prefetch.BLOCK_TUPLES + 7}) {
            List<long[]> got = new ArrayList<>();
            try (Prefetch ahead = Prefetch.start(tuples(n, new AtomicInteger()), TupleRuns.WIDTH, NAME)) {
                while (ahead.hasNext()) {
                    got.add(ahead.next().clone());
                }
                assertFalse(ahead.hasNext());
                assertThrows(NoSuchElementException.class, ahead::next);
            }
            assertEquals(n, got.size());
            for (int i = 0; i < n; i++) {
                assertArrayEquals(new long[] {i, 2L * i, 3L * i, 4L * i}, got.get(i), "tuple " + i + " of " + n);
            }
        }
    }

    @Test
    void throwsTheSourcesFailureAfterTheTuplesBeforeIt() {
        IllegalStateException failure = new IllegalStateException("run file truncated");
        Iterator<long[]> good = tuples(Prefetch.BLOCK_TUPLES + 3, new AtomicInteger());
        Iterator<long[]> failing = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public long[] next() {
                if (good.hasNext()) {
                    return good.next();
                }
                throw failure;
            }
        };
        try (Prefetch ahead = Prefetch.start(failing, TupleRuns.WIDTH, NAME)) {
            // the tuples of the full block come first; those read with the failure are lost with it
            for (int i = 0; i < Prefetch.BLOCK_TUPLES; i++) {
                assertTrue(ahead.hasNext());
                assertEquals(i, ahead.next()[0]);
            }
            assertSame(failure, assertThrows(IllegalStateException.class, ahead::hasNext));
            assertFalse(ahead.hasNext());
        }
    }

    @Test
    void closingBeforeTheEndStopsTheReaderWithoutReadingTheRest() {
        AtomicInteger read = new AtomicInteger();
        int n = 1_000 * Prefetch.BLOCK_TUPLES;
        try (Prefetch ahead = Prefetch.start(tuples(n, read), TupleRuns.WIDTH, NAME)) {
            assertEquals(0, ahead.next()[0]);
        }
        assertFalse(readerAlive());
        assertTrue(read.get() < n / 10, read.get() + " of " + n + " tuples read after close");
    }

    @Test
    void closingAfterTheEndLeavesNoThread() {
        try (Prefetch ahead = Prefetch.start(tuples(5, new AtomicInteger()), TupleRuns.WIDTH, NAME)) {
            while (ahead.hasNext()) {
                ahead.next();
            }
        }
        assertFalse(readerAlive());
    }

    private static boolean readerAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(NAME) && t.isAlive());
    }
}

package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DelaysTest {
    @Test
    void countsTheDelaysOfTheClassExampleAndTheBucketBounds() {
        Delays d = new Delays();
        d.add(10, 1);
        d.add(75, 1);
        assertEquals(new BigDecimal("42.5"), d.median());
        assertArrayEquals(new long[] {1, 0, 1, 0, 0, 0}, d.buckets());

        Delays bounds = new Delays();
        for (long days : new long[] {-3, 30, 31, 61, 62, 91, 92, 182, 183, 365, 366, 5000}) {
            bounds.add(days, 1);
        }
        assertArrayEquals(new long[] {2, 2, 2, 2, 2, 2}, bounds.buckets());
    }

    @Test
    void nothingCountedHasNoMedianAndNoMean() {
        Delays d = new Delays();
        assertEquals(0, d.count());
        assertNull(d.median());
        assertNull(d.mean());
        assertArrayEquals(new long[6], d.buckets());
    }

    @Test
    void givesTheFiguresOfTheSortedListOfEveryDelayForRandomCounts() {
        Random random = new Random(11);
        for (int run = 0; run < 200; run++) {
            Delays d = new Delays();
            List<Long> all = new ArrayList<>();
            int range = 1 + random.nextInt(run < 100 ? 20 : 3_000);
            for (int i = random.nextInt(400); i > 0; i--) {
                long days = random.nextInt(range) - range / 10;
                int n = 1 + random.nextInt(3);
                d.add(days, n);
                for (int k = 0; k < n; k++) {
                    all.add(days);
                }
            }
            Collections.sort(all);
            assertEquals(all.size(), d.count());
            if (all.isEmpty()) {
                continue;
            }
            long lower = all.get((all.size() - 1) / 2);
            long upper = all.get(all.size() / 2);
            assertEquals(BigDecimal.valueOf(lower + upper).divide(BigDecimal.valueOf(2)), d.median());
            long total = all.stream().mapToLong(Long::longValue).sum();
            assertEquals(
                    BigDecimal.valueOf(total).divide(BigDecimal.valueOf(all.size()), MathContext.DECIMAL64), d.mean());
            long[] buckets = new long[Delays.bucketCount()];
            for (long days : all) {
                int b = 0;
                while (Delays.upperBound(b) != null && days > Delays.upperBound(b)) {
                    b++;
                }
                buckets[b]++;
            }
            assertArrayEquals(buckets, d.buckets());
        }
    }
}

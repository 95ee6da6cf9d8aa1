package fr.qlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * An external sort of four-column tuples of longs (the NodeIds of quads) into several column orders
 * at once, for building B+tree indexes bottom-up: tuples are gathered in a memory chunk; a full
 * chunk is sorted into each order in turn and written as one sorted run per order; each order is
 * then read back as one k-way merge of its runs, without duplicates. When every tuple fits in one
 * chunk nothing is written to disk. Values compare unsigned, as TDB2 compares the big-endian bytes of
 * its records.
 *
 * <pre>
 * try (TupleRuns runs = new TupleRuns(dir, 1 &lt;&lt; 20, List.of(new int[] {0, 1, 2, 3}, new int[] {2, 3, 1, 0}))) {
 *     runs.add(g, s, p, o);
 *     runs.finish();
 *     for (Iterator&lt;long[]&gt; it = runs.sorted(1); it.hasNext(); ) { long[] posg = it.next(); }
 * }
 * </pre>
 *
 * Not thread-safe. Run files go in {@code dir}, which {@link #close()} deletes. The mechanisms live beside
 * it: {@link TupleSort} sorts a chunk, {@link RunFile} writes a run and {@link RunCursor} reads it back,
 * {@link MergeIterator} merges an order's runs.
 */
final class TupleRuns implements AutoCloseable {
    static final int WIDTH = 4;
    /** Makes signed comparison of the stored values give the unsigned order of the original ones. */
    static final long FLIP = Long.MIN_VALUE;

    private final Path dir;
    private final List<int[]> orders;
    /** Grows up to {@link #capacity} tuples as they come, so that a small load takes little memory. */
    private long[] chunk;

    private final int capacity;
    /** Which input column each physical column of the chunk holds now: the chunk is permuted in place per order. */
    private int[] layout = {0, 1, 2, 3};

    private int size;
    private long added;
    private boolean finished;
    /** Per order, the runs written: their start and length in tuples, in that order's file. */
    private final List<List<long[]>> runs = new ArrayList<>();

    /**
     * @param dir          where run files go (created when first needed, deleted by {@link #close()})
     * @param chunkTuples  how many tuples are sorted in memory at a time
     * @param orders       each a permutation of {@code 0..3}: order {@code k} lists column {@code orders.get(k)[0]}
     *                     first, and so on
     */
    TupleRuns(Path dir, int chunkTuples, List<int[]> orders) {
        this.dir = dir;
        this.orders = List.copyOf(orders);
        this.capacity = Math.max(2, chunkTuples);
        this.chunk = new long[Math.min(capacity, 4_096) * WIDTH];
        for (int k = 0; k < orders.size(); k++) {
            runs.add(new ArrayList<>());
        }
    }

    /** Adds one tuple, its columns in the primary order. */
    void add(long a, long b, long c, long d) {
        if (finished) {
            throw new IllegalStateException("tuples added after finish()");
        }
        if (size * WIDTH == chunk.length) {
            if (size < capacity) {
                chunk = Arrays.copyOf(chunk, (int) Math.min((long) capacity, 2L * size) * WIDTH);
            } else {
                spill();
            }
        }
        int i = size * WIDTH;
        chunk[i] = a ^ FLIP;
        chunk[i + 1] = b ^ FLIP;
        chunk[i + 2] = c ^ FLIP;
        chunk[i + 3] = d ^ FLIP;
        size++;
        added++;
    }

    /** The tuples added, duplicates included. */
    long added() {
        return added;
    }

    /** Ends the input: what is still in memory becomes a run of its own if runs were written already. */
    void finish() {
        if (!finished && !runs.get(0).isEmpty() && size > 0) {
            spill();
        }
        finished = true;
    }

    /**
     * Takes tuples again after {@link #finish()}, once the sorted orders read so far are no longer
     * used: a load adds the statistics it counted from its own sorted tuples. The next {@code
     * finish()} ends the input again.
     */
    void reopen() {
        if (inMemory()) {
            permute(new int[] {0, 1, 2, 3});
        }
        finished = false;
    }

    /** The bytes of the run files written so far. */
    long runBytes() {
        long bytes = 0;
        try {
            for (int k = 0; k < orders.size(); k++) {
                bytes += Files.exists(file(k)) ? Files.size(file(k)) : 0;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** Whether every tuple stayed in memory: {@link #sorted} then sorts the one chunk in place. */
    boolean inMemory() {
        return runs.get(0).isEmpty();
    }

    /**
     * The distinct tuples in order {@code k}, each with its columns permuted into that order, in
     * ascending unsigned order. The array returned is reused from one call of {@code next()} to the next.
     * Iterators over runs on disk are independent of each other and may be read on several threads; an
     * iterator over the {@linkplain #inMemory in-memory} chunk is valid until the next call.
     */
    Iterator<long[]> sorted(int k) {
        if (!finished) {
            throw new IllegalStateException("sorted() before finish()");
        }
        if (inMemory()) {
            boolean firstSorted = firstColumnAscending();
            sortChunk(orders.get(k), firstSorted);
            return new ChunkIterator(chunk, size);
        }
        return new MergeIterator(file(k), runs.get(k));
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        try {
            for (int k = 0; k < orders.size(); k++) {
                Files.deleteIfExists(file(k));
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(int k) {
        return dir.resolve("order-" + k + ".runs");
    }

    /**
     * Sorts the chunk into every order and appends each as a run to that order's file. The orders led
     * by the first column go first: records arrive one after the other, each in its own graph, so that
     * column usually ascends already and only the tuples of each graph need sorting among themselves.
     */
    private void spill() {
        boolean firstSorted = firstColumnAscending();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
        try {
            Files.createDirectories(dir);
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < orders.size(); k++) {
                    if ((orders.get(k)[0] == 0) != (pass == 0)) {
                        continue;
                    }
                    sortChunk(orders.get(k), firstSorted);
                    runs.get(k).add(RunFile.writeRun(file(k), buffer, chunk, size));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sort runs in " + dir + ": " + e.getMessage(), e);
        }
        layout = new int[] {0, 1, 2, 3};
        size = 0;
    }

    /** Whether the chunk's first input column never decreases from one tuple to the next. */
    private boolean firstColumnAscending() {
        int c = indexOf(layout, 0);
        for (int i = WIDTH; i < size * WIDTH; i += WIDTH) {
            if (chunk[i - WIDTH + c] > chunk[i + c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Sorts the chunk into an order, its columns permuted to that order's: in whole, or group by
     * group when the order is led by the first input column and that column ascends already.
     */
    private void sortChunk(int[] order, boolean firstSorted) {
        permute(order);
        if (order[0] == 0 && firstSorted) {
            int from = 0;
            for (int t = 1; t <= size; t++) {
                if (t == size || chunk[t * WIDTH] != chunk[from * WIDTH]) {
                    TupleSort.sort(chunk, from, t, TupleSort.depthLimit(t - from));
                    from = t;
                }
            }
        } else {
            TupleSort.sort(chunk, 0, size, TupleSort.depthLimit(size));
        }
    }

    /** Permutes every tuple's columns in place so that physical column {@code c} holds input column {@code target[c]}. */
    private void permute(int[] target) {
        if (Arrays.equals(layout, target)) {
            return;
        }
        int[] from = new int[WIDTH];
        for (int c = 0; c < WIDTH; c++) {
            from[c] = indexOf(layout, target[c]);
        }
        long[] t = new long[WIDTH];
        for (int i = 0; i < size * WIDTH; i += WIDTH) {
            for (int c = 0; c < WIDTH; c++) {
                t[c] = chunk[i + from[c]];
            }
            System.arraycopy(t, 0, chunk, i, WIDTH);
        }
        layout = target.clone();
    }

    private static int indexOf(int[] array, int value) {
        for (int i = 0; i < array.length; i++) {
            if (array[i] == value) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a permutation of the columns: " + Arrays.toString(array));
    }

    /** The sorted chunk, unflipped, without repeats. */
    private static final class ChunkIterator implements Iterator<long[]> {
        private final long[] chunk;
        private final int size;
        private final long[] tuple = new long[WIDTH];
        private int next;

        ChunkIterator(long[] chunk, int size) {
            this.chunk = chunk;
            this.size = size;
        }

        @Override
        public boolean hasNext() {
            while (next > 0 && next < size && TupleSort.compare(chunk, (next - 1) * WIDTH, next * WIDTH) == 0) {
                next++;
            }
            return next < size;
        }

        @Override
        public long[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = next++ * WIDTH;
            for (int c = 0; c < WIDTH; c++) {
                tuple[c] = chunk[i + c] ^ FLIP;
            }
            return tuple;
        }
    }
}

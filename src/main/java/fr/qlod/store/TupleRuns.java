package fr.qlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

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
 * Not thread-safe. Run files go in {@code dir}, which {@link #close()} deletes.
 */
final class TupleRuns implements AutoCloseable {
    static final int WIDTH = 4;
    /** The most bytes a tuple takes in a run: a column number and four varints of up to 10 bytes. */
    private static final int MAX_TUPLE_BYTES = 1 + WIDTH * 10;
    private static final int READ_BUFFER = 64 * 1024;
    /** Makes signed comparison of the stored values give the unsigned order of the original ones. */
    private static final long FLIP = Long.MIN_VALUE;

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
                    runs.get(k).add(writeRun(file(k), buffer));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write sort runs in " + dir + ": " + e.getMessage(), e);
        }
        layout = new int[] {0, 1, 2, 3};
        size = 0;
    }

    /**
     * Appends the sorted chunk, without repeats, to a file; returns the run's start (in bytes) and
     * length (in tuples). A tuple is written as the first column where it differs from the one before,
     * that column's increase, and the columns after it, as unsigned varints: consecutive tuples of a
     * sorted run share their first columns, and NodeIds are mostly small offsets, so a tuple takes
     * under a third of its 32 bytes (issue #9: 9.5 bytes on average for the 6.6M quads of the 100k-question
     * benchmark corpus, 378 MB of runs for six orders instead of 1.28 GB).
     */
    private long[] writeRun(Path file, ByteBuffer buffer) throws IOException {
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            long start = out.size();
            long written = 0;
            long[] previous = new long[] {FLIP, FLIP, FLIP, FLIP};
            buffer.clear();
            for (int i = 0; i < size * WIDTH; i += WIDTH) {
                if (i > 0 && compare(chunk, i - WIDTH, i) == 0) {
                    continue;
                }
                if (buffer.remaining() < MAX_TUPLE_BYTES) {
                    drain(out, buffer);
                }
                int c = 0;
                while (c < WIDTH - 1 && chunk[i + c] == previous[c]) {
                    c++;
                }
                buffer.put((byte) c);
                putVarLong(buffer, chunk[i + c] - previous[c]);
                for (int d = c + 1; d < WIDTH; d++) {
                    putVarLong(buffer, chunk[i + d] - FLIP);
                }
                System.arraycopy(chunk, i, previous, 0, WIDTH);
                written++;
            }
            drain(out, buffer);
            return new long[] {start, written};
        }
    }

    /** Writes a long as an unsigned varint: seven bits a byte, low bits first. */
    private static void putVarLong(ByteBuffer buffer, long value) {
        while ((value & ~0x7FL) != 0) {
            buffer.put((byte) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        buffer.put((byte) value);
    }

    private static void drain(FileChannel out, ByteBuffer buffer) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        buffer.clear();
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
                    sort(chunk, from, t, depthLimit(t - from));
                    from = t;
                }
            }
        } else {
            sort(chunk, 0, size, depthLimit(size));
        }
    }

    private static int depthLimit(int n) {
        return 2 * (64 - Long.numberOfLeadingZeros(Math.max(1, n)));
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

    /** Introsort of the tuples {@code [from, to)}: quicksort, insertion sort for short ranges, heapsort when too deep. */
    private static void sort(long[] a, int from, int to, int depth) {
        while (to - from > 16) {
            if (depth-- == 0) {
                heapSort(a, from, to);
                return;
            }
            int mid = from + (to - from) / 2;
            medianToFrom(a, from, mid, to - 1);
            int p = partition(a, from, to);
            if (p - from < to - p - 1) {
                sort(a, from, p, depth);
                from = p + 1;
            } else {
                sort(a, p + 1, to, depth);
                to = p;
            }
        }
        insertionSort(a, from, to);
    }

    /** Puts the median of three tuples at {@code x}, as the pivot. */
    private static void medianToFrom(long[] a, int x, int y, int z) {
        int lo = x;
        int hi = z;
        if (cmp(a, lo, y) > 0) {
            int t = lo;
            lo = y;
            y = t;
        }
        if (cmp(a, y, hi) > 0) {
            y = hi;
        }
        if (cmp(a, lo, y) > 0) {
            y = lo;
        }
        swap(a, x, y);
    }

    /** Hoare-style partition around the tuple at {@code from}; returns the pivot's final place. */
    private static int partition(long[] a, int from, int to) {
        int i = from;
        int j = to;
        while (true) {
            do {
                i++;
            } while (i < to && cmp(a, i, from) < 0);
            do {
                j--;
            } while (cmp(a, j, from) > 0);
            if (i >= j) {
                break;
            }
            swap(a, i, j);
        }
        swap(a, from, j);
        return j;
    }

    private static void insertionSort(long[] a, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && cmp(a, j - 1, j) > 0; j--) {
                swap(a, j - 1, j);
            }
        }
    }

    private static void heapSort(long[] a, int from, int to) {
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(a, from, i, n);
        }
        for (int end = n - 1; end > 0; end--) {
            swap(a, from, from + end);
            siftDown(a, from, 0, end);
        }
    }

    private static void siftDown(long[] a, int base, int i, int n) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                return;
            }
            if (child + 1 < n && cmp(a, base + child + 1, base + child) > 0) {
                child++;
            }
            if (cmp(a, base + i, base + child) >= 0) {
                return;
            }
            swap(a, base + i, base + child);
            i = child;
        }
    }

    /** Compares tuples number {@code x} and {@code y}. */
    private static int cmp(long[] a, int x, int y) {
        return compare(a, x * WIDTH, y * WIDTH);
    }

    /** Compares the tuples starting at offsets {@code i} and {@code j}, column by column. */
    private static int compare(long[] a, int i, int j) {
        int r = Long.compare(a[i], a[j]);
        if (r != 0) {
            return r;
        }
        r = Long.compare(a[i + 1], a[j + 1]);
        if (r != 0) {
            return r;
        }
        r = Long.compare(a[i + 2], a[j + 2]);
        return r != 0 ? r : Long.compare(a[i + 3], a[j + 3]);
    }

    private static void swap(long[] a, int x, int y) {
        int i = x * WIDTH;
        int j = y * WIDTH;
        for (int c = 0; c < WIDTH; c++) {
            long t = a[i + c];
            a[i + c] = a[j + c];
            a[j + c] = t;
        }
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
            while (next > 0 && next < size && compare(chunk, (next - 1) * WIDTH, next * WIDTH) == 0) {
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

    /** One run of a file, read through a buffer of its own, decoded as {@link #writeRun} encoded it. */
    private static final class RunCursor {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(READ_BUFFER);
        private long position;
        private long remaining;
        final long[] tuple = new long[] {FLIP, FLIP, FLIP, FLIP};

        RunCursor(FileChannel channel, long start, long length) {
            this.channel = channel;
            this.position = start;
            this.remaining = length;
            buffer.limit(0);
        }

        /** Reads the next tuple into {@link #tuple}; false at the end of the run. */
        boolean advance() throws IOException {
            if (remaining == 0) {
                return false;
            }
            if (buffer.remaining() < MAX_TUPLE_BYTES) {
                // keep the bytes not yet read, and read on (past the run's end is harmless: never decoded)
                buffer.compact();
                while (buffer.hasRemaining()) {
                    int n = channel.read(buffer, position);
                    if (n < 0) {
                        break;
                    }
                    position += n;
                }
                buffer.flip();
            }
            int c = buffer.get();
            if (c < 0 || c >= WIDTH) {
                throw new IOException("sort run damaged near byte " + (position - buffer.remaining()));
            }
            tuple[c] += getVarLong(buffer);
            for (int d = c + 1; d < WIDTH; d++) {
                tuple[d] = FLIP + getVarLong(buffer);
            }
            remaining--;
            return true;
        }

        private static long getVarLong(ByteBuffer buffer) throws IOException {
            long value = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                if (!buffer.hasRemaining()) {
                    throw new IOException("sort run truncated");
                }
                byte b = buffer.get();
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
            throw new IOException("sort run damaged: a varint over 10 bytes");
        }

        int compareTo(RunCursor other) {
            for (int c = 0; c < WIDTH; c++) {
                int r = Long.compare(tuple[c], other.tuple[c]);
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        }
    }

    /** A k-way merge of one order's runs, without repeats. */
    private static final class MergeIterator implements Iterator<long[]> {
        private final FileChannel channel;
        private final PriorityQueue<RunCursor> heads = new PriorityQueue<>(RunCursor::compareTo);
        private final long[] tuple = new long[WIDTH];
        private final long[] last = new long[WIDTH];
        private boolean any;
        private boolean ready;

        MergeIterator(Path file, List<long[]> runs) {
            try {
                this.channel = FileChannel.open(file, StandardOpenOption.READ);
                for (long[] run : runs) {
                    RunCursor cursor = new RunCursor(channel, run[0], run[1]);
                    if (cursor.advance()) {
                        heads.add(cursor);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sort runs " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public boolean hasNext() {
            try {
                while (!ready && !heads.isEmpty()) {
                    RunCursor head = heads.poll();
                    boolean repeat = any && Arrays.equals(head.tuple, last);
                    if (!repeat) {
                        System.arraycopy(head.tuple, 0, last, 0, WIDTH);
                        any = true;
                        ready = true;
                    }
                    if (head.advance()) {
                        heads.add(head);
                    }
                }
                if (!ready && heads.isEmpty()) {
                    channel.close();
                }
                return ready;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read sort runs: " + e.getMessage(), e);
            }
        }

        @Override
        public long[] next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            for (int c = 0; c < WIDTH; c++) {
                tuple[c] = last[c] ^ FLIP;
            }
            return tuple;
        }
    }
}

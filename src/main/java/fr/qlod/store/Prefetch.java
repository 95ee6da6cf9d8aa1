package fr.qlod.store;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads an iterator of fixed-width tuples ahead on a thread of its own, in blocks, so that producing
 * them (merging sort runs: reading, decoding, comparing) and consuming them (counting statistics) run
 * on both cores. The tuples come out in the same order, in one array reused from one call of {@code
 * next()} to the next, as the source gives them.
 *
 * <pre>
 * try (Prefetch ahead = Prefetch.start(runs.sorted(k), TupleRuns.WIDTH, "qlod-merge")) {
 *     while (ahead.hasNext()) { long[] tuple = ahead.next(); }
 * }
 * </pre>
 *
 * A failure of the source is thrown again by {@code hasNext()} or {@code next()}; {@link #close()}
 * stops the reading thread and waits for it, whether or not every tuple was read.
 */
final class Prefetch implements Iterator<long[]>, AutoCloseable {
    /** Tuples per block handed over: few enough to stay in the cache, enough to make each handover cheap. */
    static final int BLOCK_TUPLES = 4_096;
    /** Blocks read ahead of the consumer. */
    private static final int AHEAD = 4;

    /** A block of tuples, or the end of the source, or its failure. */
    private record Block(long[] tuples, int size, Throwable failure) {}

    private static final Block END = new Block(new long[0], 0, null);

    private final int width;
    private final BlockingQueue<Block> full = new ArrayBlockingQueue<>(AHEAD);
    /** Emptied blocks go back to the reader, so that a long merge allocates only its first few. */
    private final BlockingQueue<long[]> empty = new ArrayBlockingQueue<>(AHEAD + 2);

    private final Thread reader;
    private final long[] tuple;
    private volatile boolean closed;

    private Block current;
    private int next;
    private boolean ended;

    private Prefetch(Iterator<long[]> source, int width, String name) {
        this.width = width;
        this.tuple = new long[width];
        this.reader = new Thread(() -> read(source), name);
        reader.setDaemon(true);
    }

    /** Starts reading {@code source}, whose arrays hold {@code width} values each, on a thread named {@code name}. */
    static Prefetch start(Iterator<long[]> source, int width, String name) {
        Prefetch prefetch = new Prefetch(source, width, name);
        prefetch.reader.start();
        return prefetch;
    }

    private void read(Iterator<long[]> source) {
        try {
            while (!closed) {
                long[] block = empty.poll();
                if (block == null) {
                    block = new long[BLOCK_TUPLES * width];
                }
                int size = 0;
                while (size < BLOCK_TUPLES && source.hasNext()) {
                    System.arraycopy(source.next(), 0, block, size * width, width);
                    size++;
                }
                if (size > 0) {
                    full.put(new Block(block, size, null));
                }
                if (size < BLOCK_TUPLES) {
                    full.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                full.put(new Block(null, 0, e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean hasNext() {
        if (ended) {
            return false;
        }
        if (current != null && next < current.size) {
            return true;
        }
        if (current != null && current != END) {
            empty.offer(current.tuples);
        }
        try {
            current = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + reader.getName(), e);
        }
        next = 0;
        if (current.failure instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (current.failure instanceof Error e) {
            ended = true;
            throw e;
        }
        if (current == END) {
            ended = true;
            return false;
        }
        return true;
    }

    @Override
    public long[] next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        System.arraycopy(current.tuples, next * width, tuple, 0, width);
        next++;
        return tuple;
    }

    /**
     * Stops the reading thread and waits for it to end. It is not interrupted, which would close the
     * channel of a run file it is reading: it stops after the block it is reading, which the emptied
     * queue takes.
     */
    @Override
    public void close() {
        closed = true;
        boolean interrupted = false;
        while (reader.isAlive()) {
            full.clear();
            try {
                reader.join(10);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

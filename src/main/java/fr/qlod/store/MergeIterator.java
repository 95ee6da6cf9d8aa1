package fr.qlod.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/** A k-way merge of one order's runs, without repeats. */
final class MergeIterator implements Iterator<long[]> {
    private static final int WIDTH = TupleRuns.WIDTH;
    private static final long FLIP = TupleRuns.FLIP;

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

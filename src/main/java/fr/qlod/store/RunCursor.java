package fr.qlod.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** One run of a file, read through a buffer of its own, decoded as {@link RunFile#writeRun} encoded it. */
final class RunCursor {
    private static final int READ_BUFFER = 64 * 1024;
    private static final int WIDTH = TupleRuns.WIDTH;
    private static final long FLIP = TupleRuns.FLIP;

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
        if (buffer.remaining() < RunFile.MAX_TUPLE_BYTES) {
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

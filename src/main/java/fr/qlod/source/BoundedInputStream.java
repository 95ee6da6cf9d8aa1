package fr.qlod.source;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Stops reading past a byte budget (a zip bomb) and never closes the stream it wraps (a zip). */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String name;
    private long count;
    private long mark;

    BoundedInputStream(InputStream in, long limit, String name) {
        super(in);
        this.limit = limit;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public synchronized void mark(int readlimit) {
        super.mark(readlimit);
        mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = mark;
    }

    @Override
    public void close() {
        // the zip stream is closed by its owner
    }

    private void count(int n) {
        count += n;
        if (count > limit) {
            throw new SourceFormatException(name, null, "entry expands past " + limit / (1024 * 1024) + " MiB; refused as a zip bomb");
        }
    }
}

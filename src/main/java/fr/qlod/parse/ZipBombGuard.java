package fr.qlod.parse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * One zip entry's content, refused as a zip bomb when it expands far beyond what real dumps do
 * (question XML and JSON deflate about 10 to 30 times; a bomb, thousands of times), and never
 * closing the zip stream it wraps. Unlike commons-io's {@code BoundedInputStream}, which cuts a stream at a
 * fixed length, it refuses on the ratio of expanded to compressed bytes.
 */
final class ZipBombGuard extends FilterInputStream {
    /** Below this, any ratio is allowed: small, very regular files compress extremely well. */
    static final long FREE_BYTES = 64L * 1024 * 1024;
    /** Uncompressed bytes allowed per compressed byte read past {@link #FREE_BYTES}. */
    static final long MAX_RATIO = 200;
    /** The largest entry read whatever its ratio. */
    static final long MAX_BYTES = 8L * 1024 * 1024 * 1024;

    private final ByteCountingStream compressed;
    private final long compressedAtStart;
    private final String name;
    private long count;
    private long mark;

    ZipBombGuard(InputStream entry, ByteCountingStream compressed, String name) {
        super(entry);
        this.compressed = compressed;
        this.compressedAtStart = compressed.count();
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
        if (count <= FREE_BYTES) {
            return;
        }
        long packed = Math.max(1, compressed.count() - compressedAtStart);
        if (count > MAX_BYTES || count / packed > MAX_RATIO) {
            throw new SourceFormatException(
                    name,
                    "after " + count / (1024 * 1024) + " MiB",
                    "entry expands " + count / packed + " times its compressed size; refused as a zip bomb");
        }
    }
}

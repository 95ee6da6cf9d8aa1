package fr.qlod.parse;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * One document to read: its name (a path, or {@code archive.zip!/entry}), its first bytes for
 * sniffing, and its whole content as a stream. The stream is read once.
 */
public final class Input {
    /** How many bytes format detection looks at. */
    public static final int HEAD_SIZE = 16 * 1024;
    /** The largest single page or record file read into memory. */
    public static final int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

    private final String name;
    private final byte[] head;
    private final InputStream stream;

    private Input(String name, byte[] head, InputStream stream) {
        this.name = name;
        this.head = head;
        this.stream = stream;
    }

    /** Wraps a stream, reading its head while keeping the bytes available to the reader. */
    public static Input of(String name, InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, HEAD_SIZE * 2);
        buffered.mark(HEAD_SIZE + 1);
        byte[] head = buffered.readNBytes(HEAD_SIZE);
        buffered.reset();
        return new Input(name, head, buffered);
    }

    public static Input of(String name, byte[] bytes) {
        try {
            return of(name, new java.io.ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return name;
    }

    /** The first {@link #HEAD_SIZE} bytes (fewer for a short document). */
    public byte[] head() {
        return Arrays.copyOf(head, head.length);
    }

    /** The head decoded leniently, for sniffing only. */
    public String headText() {
        return Decoding.decode(head, null);
    }

    /** The whole content as a stream, for streaming readers. */
    public InputStream stream() {
        return stream;
    }

    /** The whole content, for page readers; refuses documents over {@link #MAX_DOCUMENT_BYTES}. */
    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(head.length, 8192));
            byte[] buffer = new byte[8192];
            int n;
            long total = 0;
            while ((n = stream.read(buffer)) > 0) {
                total += n;
                if (total > MAX_DOCUMENT_BYTES) {
                    throw new SourceFormatException(
                            name,
                            null,
                            "document larger than " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB, not a question page");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new SourceFormatException(name, null, "cannot be read: " + e.getMessage(), e);
        }
    }
}

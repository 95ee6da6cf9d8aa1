package fr.qlod.parse;

import fr.qlod.model.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads any mix of files, directories and zip archives, choosing a reader for each document by
 * its content. The entry point of the {@code source} package.
 *
 * <pre>
 * Problems problems = new Problems(ErrorPolicy.BEST_EFFORT, e -&gt; System.err.println(e.getMessage()));
 * Sources.create().read(Path.of("questions.zip"), question -&gt; handle(question), problems);
 * </pre>
 */
public final class Sources {
    private final List<QuestionReader> readers;

    private Sources(List<QuestionReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Sources with every built-in reader, in detection order. */
    public static Sources create() {
        return new Sources(Readers.all());
    }

    /** Sources with the given readers only, in that detection order. */
    public static Sources of(List<QuestionReader> readers) {
        return new Sources(readers);
    }

    public List<QuestionReader> readers() {
        return readers;
    }

    /**
     * Reads a file, every regular file below a directory (in name order), or every entry of a
     * zip archive, without unpacking it. A bad document is reported to {@code problems} (or
     * thrown, in strict mode) and the others are still read.
     */
    public void read(Path path, Consumer<? super Entity> sink, Problems problems) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .sorted(Comparator.comparing(Path::toString))
                        .toList();
            } catch (IOException e) {
                problems.report(new SourceFormatException(
                        path.toString(), null, "cannot list directory: " + e.getMessage(), e));
                return;
            }
            for (Path file : files) {
                read(file, sink, problems);
            }
            return;
        }
        if (!Files.isRegularFile(path)) {
            problems.report(new SourceFormatException(path.toString(), null, "no such file"));
            return;
        }
        try (InputStream in = Files.newInputStream(path)) {
            read(path.toString(), in, sink, problems);
        } catch (IOException e) {
            problems.report(new SourceFormatException(path.toString(), null, "cannot be read: " + e.getMessage(), e));
        }
    }

    /** Reads one document (or zip archive) from a stream. */
    public void read(String name, InputStream in, Consumer<? super Entity> sink, Problems problems) throws IOException {
        Input input = Input.of(name, in);
        byte[] head = input.head();
        if (isZip(head)) {
            readZip(name, input.stream(), sink, problems);
            return;
        }
        readDocument(input, sink, problems);
    }

    /**
     * Reads one document that is not an archive. A value the model refuses (a negative number,
     * an impossible date) that a reader let through is bad input too, and is reported as such.
     */
    public void readDocument(Input input, Consumer<? super Entity> sink, Problems problems) {
        try {
            readerFor(input).read(input, sink, problems);
        } catch (SourceFormatException e) {
            problems.report(e);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            problems.report(new SourceFormatException(input.name(), null, "invalid value: " + e.getMessage(), e));
        }
    }

    /** The reader that accepts this document's content; throws when none does. */
    public QuestionReader readerFor(Input input) {
        byte[] head = input.head();
        if (head.length == 0) {
            throw new SourceFormatException(input.name(), null, "empty file");
        }
        String text = input.headText();
        for (QuestionReader reader : readers) {
            if (reader.accepts(head, text)) {
                return reader;
            }
        }
        throw new SourceFormatException(
                input.name(), null, "matches no known question format (" + describe(head, text) + ")");
    }

    private void readZip(String name, InputStream in, Consumer<? super Entity> sink, Problems problems) {
        List<String> seen = new ArrayList<>();
        ByteCountingStream compressed = new ByteCountingStream(in);
        try (ZipInputStream zip = new ZipInputStream(compressed)) {
            ZipEntry entry;
            while ((entry = nextEntry(zip, name, seen)) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String entryName = name + "!/" + entry.getName();
                seen.add(entry.getName());
                try {
                    Input input = Input.of(entryName, new ZipBombGuard(zip, compressed, entryName));
                    if (isZip(input.head())) {
                        problems.report(new SourceFormatException(entryName, null, "nested archives are not read"));
                        continue;
                    }
                    readDocument(input, sink, problems);
                } catch (IOException | UncheckedIOException e) {
                    throw new SourceFormatException(entryName, null, "corrupt zip entry: " + e.getMessage(), e);
                }
            }
            if (seen.isEmpty()) {
                problems.report(new SourceFormatException(name, null, "zip archive holds no file"));
            }
        } catch (IOException e) {
            problems.report(new SourceFormatException(
                    name, "after entry " + seen.size(), "corrupt zip archive: " + e.getMessage(), e));
        } catch (SourceFormatException e) {
            problems.report(e);
        }
    }

    private static ZipEntry nextEntry(ZipInputStream zip, String name, List<String> seen) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ZipException e) {
            String after = seen.isEmpty() ? "at its start" : "after entry " + seen.get(seen.size() - 1);
            throw new SourceFormatException(name, after, "corrupt zip archive: " + e.getMessage(), e);
        }
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static String describe(byte[] head, String text) {
        int control = 0;
        for (int i = 0; i < Math.min(head.length, 512); i++) {
            int b = head[i] & 0xFF;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) {
                control++;
            }
        }
        if (control > 8) {
            return "binary content";
        }
        String start = text.strip();
        start = start.length() > 60 ? start.substring(0, 60) + "…" : start;
        return "starts with '" + start.replaceAll("\\s+", " ") + "'";
    }
}

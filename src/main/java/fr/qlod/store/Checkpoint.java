package fr.qlod.store;

import fr.qlod.mapping.KeySet;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * What a remote store has acknowledged of a load, kept in a file so that a load that failed or was
 * killed can be resumed without sending again what the store already holds. One line per graph
 * acknowledged: its IRI and a digest of what was sent, so that a graph whose record changed since
 * is sent again. The file is appended and synced after every acknowledged request, and deleted once
 * the load is whole. The first line names the endpoint; a file written for another endpoint is
 * ignored (and replaced).
 */
final class Checkpoint implements AutoCloseable {
    private static final String HEADER = "qlod remote load checkpoint for ";

    private final Path file;
    private final KeySet acknowledged;
    private final long resumable;
    private final FileOutputStream out;

    private Checkpoint(Path file, KeySet acknowledged, FileOutputStream out) {
        this.file = file;
        this.acknowledged = acknowledged;
        this.resumable = acknowledged.size();
        this.out = out;
    }

    /** No file: what is acknowledged is remembered for this run only. */
    static Checkpoint none() {
        return new Checkpoint(null, new KeySet(), null);
    }

    /** Opens the checkpoint file of a load into {@code endpoint}, reading what an earlier run left in it. */
    static Checkpoint open(Path file, String endpoint) {
        try {
            String header = HEADER + endpoint;
            if (Files.exists(file) && header.equals(firstLine(file))) {
                dropPartialLine(file);
                KeySet keys = new KeySet();
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    in.readLine();
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (!line.isEmpty()) {
                            keys.add(line);
                        }
                    }
                }
                return new Checkpoint(file, keys, new FileOutputStream(file.toFile(), true));
            }
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            FileOutputStream fresh = new FileOutputStream(file.toFile(), false);
            fresh.write((header + "\n").getBytes(StandardCharsets.UTF_8));
            fresh.getFD().sync();
            return new Checkpoint(file, new KeySet(), fresh);
        } catch (IOException e) {
            throw new StoreException(file.toString(), "cannot use the checkpoint file: " + e.getMessage(), e);
        }
    }

    /**
     * Cuts a last line that has no end: a load killed while appending it left it half written, and
     * the next keys appended would otherwise be glued to it (that graph, and the first of the next
     * batch, would never match). Its graph was not recorded whole, so it is sent again.
     */
    private static void dropPartialLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer one = ByteBuffer.allocate(1);
            long end = size;
            while (end > 0) {
                one.clear();
                channel.read(one, end - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                end--;
            }
            if (end < size) {
                channel.truncate(end);
                channel.force(true);
            }
        }
    }

    private static String firstLine(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return in.readLine();
        }
    }

    /** How many graphs an earlier run had acknowledged. */
    long resumable() {
        return resumable;
    }

    /**
     * Whether an earlier run had the key acknowledged. Each graph comes once in a load, so the key
     * is remembered as asked, without a second set.
     */
    boolean acknowledgedBefore(String key) {
        return !acknowledged.add(key);
    }

    /** Records keys as acknowledged, on disk before it returns. */
    void acknowledge(List<String> keys) {
        if (out == null) {
            return;
        }
        StringBuilder lines = new StringBuilder();
        keys.forEach(k -> lines.append(k).append('\n'));
        try {
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            out.getFD().sync();
        } catch (IOException e) {
            throw new StoreException(file.toString(), "cannot write the checkpoint file: " + e.getMessage(), e);
        }
    }

    /** The load is whole: the checkpoint is no longer needed. */
    void complete() {
        close();
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException(file.toString(), "cannot delete the checkpoint file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (out == null) {
            return;
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new StoreException(file.toString(), "cannot close the checkpoint file: " + e.getMessage(), e);
        }
    }
}

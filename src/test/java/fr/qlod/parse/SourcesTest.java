package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Entity;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcesTest {
    /** A reader of one-line documents "Q leg number", enough to test dispatch, walking and errors. */
    private static final QuestionReader LINES = new QuestionReader() {
        @Override
        public SourceFormat format() {
            return SourceFormat.TEXT_TABLE;
        }

        @Override
        public boolean accepts(byte[] head, String headText) {
            return headText.startsWith("Q ");
        }

        @Override
        public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
            String[] parts =
                    new String(input.bytes(), StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length != 3) {
                throw new SourceFormatException(input.name(), "line 1", "expected 'Q legislature number'");
            }
            sink.accept(Question.builder()
                    .id(new QuestionId(Integer.parseInt(parts[1]), QuestionType.QE, Integer.parseInt(parts[2])))
                    .origin(new Origin(format(), input.name(), null))
                    .build());
        }
    };

    @TempDir
    Path dir;

    private final List<String> read = new ArrayList<>();
    private final List<SourceFormatException> faults = new ArrayList<>();
    private final Problems bestEffort = new Problems(ErrorPolicy.BEST_EFFORT, faults::add);

    private void read(Path path, Problems problems) {
        Sources.of(List.of(LINES))
                .read(path, e -> read.add(e.key() + " from " + e.origin().location()), problems);
    }

    @Test
    void readsEveryFileOfADirectoryInNameOrder() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "Q 14 2");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c.txt"), "Q 14 3");
        Files.writeString(dir.resolve("a.txt"), "Q 14 1");
        read(dir, bestEffort);
        assertEquals(
                List.of(
                        "QANR5L14QE1 from " + dir.resolve("a.txt"),
                        "QANR5L14QE2 from " + dir.resolve("b.txt"),
                        "QANR5L14QE3 from " + dir.resolve("sub/c.txt")),
                read);
        assertTrue(faults.isEmpty());
    }

    @Test
    void readsZipEntriesWithoutUnpackingAndNamesThem() throws IOException {
        Path zip = zip("dump.zip", "q1.txt", "Q 15 1", "q2.txt", "Q 15 2");
        read(zip, bestEffort);
        assertEquals(List.of("QANR5L15QE1 from " + zip + "!/q1.txt", "QANR5L15QE2 from " + zip + "!/q2.txt"), read);
    }

    @Test
    void reportsABadFileAndStillReadsTheOthers() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Q 14 1");
        Files.writeString(dir.resolve("b.txt"), "<html>not a question</html>");
        Files.writeString(dir.resolve("c.txt"), "Q 14 x y");
        Files.writeString(dir.resolve("d.txt"), "");
        Files.writeString(dir.resolve("e.txt"), "Q 14 5");
        read(dir, bestEffort);
        assertEquals(2, read.size());
        assertEquals(3, faults.size());
        assertEquals(dir.resolve("b.txt").toString(), faults.get(0).file());
        assertTrue(
                faults.get(0)
                        .getMessage()
                        .contains("matches no known question format (starts with '<html>not a question</html>')"),
                faults.get(0).getMessage());
        assertEquals("line 1", faults.get(1).place());
        assertTrue(faults.get(2).getMessage().endsWith("empty file"));
    }

    @Test
    void strictModeStopsAtTheFirstBadFile() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "garbage");
        Files.writeString(dir.resolve("b.txt"), "Q 14 2");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read(dir, Problems.strict()));
        assertEquals(dir.resolve("a.txt").toString(), e.file());
        assertTrue(read.isEmpty());
    }

    @Test
    void namesBinaryContent() throws IOException {
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) i;
        }
        Files.write(dir.resolve("x.bin"), binary);
        read(dir.resolve("x.bin"), bestEffort);
        assertTrue(
                faults.get(0).getMessage().endsWith("(binary content)"),
                faults.get(0).getMessage());
    }

    @Test
    void reportsATruncatedZipWithTheEntriesReadBeforeIt() throws IOException {
        StringBuilder noise = new StringBuilder("Q 15 ");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) ('a' + random.nextInt(26)));
        }
        Path zip = zip("dump.zip", "q1.txt", "Q 15 1", "q2.txt", noise.toString());
        byte[] bytes = Files.readAllBytes(zip);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        read(truncated, bestEffort);
        assertEquals(List.of("QANR5L15QE1 from " + truncated + "!/q1.txt"), read);
        assertEquals(1, faults.size());
        assertTrue(
                faults.get(0).getMessage().contains(truncated + "!/q2.txt"),
                faults.get(0).getMessage());
    }

    @Test
    void reportsAMissingFile() {
        read(dir.resolve("nope.txt"), bestEffort);
        assertEquals(dir.resolve("nope.txt") + ": no such file", faults.get(0).getMessage());
    }

    private Path zip(String name, String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        Path path = dir.resolve(name);
        Files.write(path, bytes.toByteArray());
        return path;
    }
}

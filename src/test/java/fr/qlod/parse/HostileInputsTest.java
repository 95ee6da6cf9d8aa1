package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Entity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile documents, generated here: each is refused with an error that names the
 * file and, where there is one, the place, and the good documents of the same run are still read.
 */
class HostileInputsTest {
    @TempDir
    Path dir;

    private final List<Entity> read = new ArrayList<>();
    private final List<SourceFormatException> faults = new ArrayList<>();

    private void read(Path path) {
        Sources.create().read(path, read::add, new Problems(ErrorPolicy.BEST_EFFORT, faults::add));
    }

    private static byte[] fixture(String path) throws IOException {
        try (InputStream in = HostileInputsTest.class.getResourceAsStream("/source/" + path)) {
            return in.readAllBytes();
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    private SourceFormatException onlyFault() {
        assertEquals(1, faults.size(), faults.toString());
        return faults.get(0);
    }

    @Test
    void aZipBombIsRefusedAndTheOtherEntriesAreRead() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("QANR5L16QG57.json"));
            out.write(fixture("opendata/QANR5L16QG57.json"));
            out.putNextEntry(new ZipEntry("bomb.json"));
            String record = new String(fixture("opendata/QANR5L16QG57.json"), StandardCharsets.UTF_8).strip();
            record = record.substring(record.indexOf('{', 1), record.lastIndexOf('}'));
            out.write(("{\"questionsGouvernement\":{\"question\":[" + record + ",").getBytes(StandardCharsets.UTF_8));
            byte[] zeros = new byte[1024 * 1024];
            java.util.Arrays.fill(zeros, (byte) ' ');
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(zip) < 2 * 1024 * 1024, "the bomb is small: " + Files.size(zip));
        read(zip);
        assertEquals(2, read.size(), "the good entry and the record before the bomb are read");
        SourceFormatException e = onlyFault();
        assertEquals(zip + "!/bomb.json", e.file());
        assertTrue(e.problem().contains("refused as a zip bomb"), e.getMessage());
    }

    @Test
    void aZipEntryNamedWithDotDotIsReadInPlaceAndNothingIsWrittenOutside() throws IOException {
        Path zip = dir.resolve("sub/evil.zip");
        Files.createDirectories(zip.getParent());
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("../../escaped.json"));
            out.write(fixture("opendata/QANR5L16QG57.json"));
        }
        read(zip);
        assertEquals(1, read.size(), faults.toString());
        assertEquals(zip + "!/../../escaped.json", read.get(0).origin().location());
        assertFalse(Files.exists(dir.resolve("escaped.json")));
        assertFalse(Files.exists(dir.getParent().resolve("escaped.json")));
    }

    @Test
    void deeplyNestedJsonIsRefusedWithItsPlace() throws IOException {
        String json = "{\"question\":{\"@xsi:type\":\"QuestionEcrite_Type\",\"uid\":\"QANR5L14QE1\",\"x\":"
                + "{\"a\":".repeat(5000) + "1" + "}".repeat(5002);
        Path file = write("deep.json", json.getBytes(StandardCharsets.US_ASCII));
        read(file);
        SourceFormatException e = onlyFault();
        assertEquals(file.toString(), e.file());
        assertTrue(e.place() != null && e.place().contains("line 1"), e.getMessage());
    }

    @Test
    void deeplyNestedAmoJsonIsRefusedWithItsPlace() throws IOException {
        String json = "{\"organe\":{\"uid\":\"PO1\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}}";
        Path file = write("deep-amo.json", json.getBytes(StandardCharsets.US_ASCII));
        read(file);
        SourceFormatException e = onlyFault();
        assertTrue(e.place() != null && e.place().startsWith("line 1:"), e.getMessage());
    }

    @Test
    void deeplyNestedXmlIsRefusedWithItsPlace() throws IOException {
        String xml =
                "<questionsEcrites>" + "<question>".repeat(3000) + "</question>".repeat(3000) + "</questionsEcrites>";
        Path file = write("deep.xml", xml.getBytes(StandardCharsets.US_ASCII));
        read(file);
        SourceFormatException e = onlyFault();
        assertEquals(file.toString(), e.file());
        assertTrue(e.place() != null && e.place().contains("line 1"), e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverResolvedInAnyXmlFormat() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET-CONTENT".getBytes(StandardCharsets.US_ASCII));
        String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE %s [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n";
        List<Path> files = List.of(
                write(
                        "view.xml",
                        (doctype.formatted("QUESTION")
                                        + "<QUESTION TYPE=\"QE\"><LEGISLATURE>&xxe;</LEGISLATURE></QUESTION>")
                                .getBytes(StandardCharsets.UTF_8)),
                write(
                        "opendata.xml",
                        (doctype.formatted("question") + "<question><uid>&xxe;</uid></question>")
                                .getBytes(StandardCharsets.UTF_8)),
                write(
                        "amo.xml",
                        (doctype.formatted("organe") + "<organe><uid>PO1</uid><libelle>&xxe;</libelle></organe>")
                                .getBytes(StandardCharsets.UTF_8)));
        for (Path file : files) {
            read(file);
        }
        assertEquals(3, faults.size(), faults.toString());
        for (SourceFormatException e : faults) {
            assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
        }
        assertTrue(read.stream().noneMatch(r -> r.toString().contains("TOP-SECRET")), read.toString());
    }

    @Test
    void aHundredMegabyteSingleLineTextIsRefusedWithoutReadingItWhole() throws IOException {
        Path file = dir.resolve("huge.htm");
        byte[] page = fixture("fiche/10-30551QE.htm");
        String text = new String(page, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("<QUEST>") + "<QUEST>".length();
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(page, 0, at);
            byte[] line = "tres long texte sans fin de ligne ".repeat(30_000).getBytes(StandardCharsets.ISO_8859_1);
            for (long written = 0; written < 100L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
            out.write(page, at, page.length - at);
        }
        read(file);
        SourceFormatException e = onlyFault();
        assertEquals(file.toString(), e.file());
        assertTrue(e.problem().contains("larger than"), e.getMessage());
    }

    @Test
    void anImpossibleDateIsRefusedWithTheTagThatHoldsIt() throws IOException {
        String page = new String(fixture("fiche/10-30551QE.htm"), StandardCharsets.ISO_8859_1)
                .replaceFirst("<DPQ>[^<]*</DPQ>", "<DPQ>31/02/2014</DPQ>");
        Path file = write("impossible.htm", page.getBytes(StandardCharsets.ISO_8859_1));
        read(file);
        SourceFormatException e = onlyFault();
        assertEquals(file.toString(), e.file());
        assertTrue(e.getMessage().contains("31/02/2014"), e.getMessage());
    }

    @Test
    void negativeAndAbsurdNumbersAreRefusedRecordByRecord() throws IOException {
        String dump = new String(fixture("opendata/questions-xiv.json"), StandardCharsets.UTF_8);
        String broken = dump.replaceFirst("\"numero\": ?\"59906\"", "\"numero\": \"-59906\"");
        assertFalse(broken.equals(dump), "the fixture holds question 59906");
        Path file = write("negative.json", broken.getBytes(StandardCharsets.UTF_8));
        read(file);
        SourceFormatException e = onlyFault();
        assertTrue(e.place().contains("record 1"), e.getMessage());
        assertEquals(2, read.size(), "the other records of the dump are still read");
    }

    @Test
    void byteOrderMarksAndDeclaredButWrongEncodingsAreRead() throws IOException {
        byte[] json = fixture("opendata/QANR5L16QG57.json");
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        read(write("bom.json", withBom));
        String page = new String(fixture("table/table-seed-000.html"), Charset.forName("windows-1252"));
        assertTrue(page.contains("iso-8859-1"), "the table page declares latin-1");
        read(write(
                "cp1252.html", page.replace("d'analyse", "d\u2019analyse").getBytes(Charset.forName("windows-1252"))));
        assertTrue(faults.isEmpty(), faults.toString());
        assertEquals(2, read.size());
    }

    @Test
    void truncatedDocumentsOfEveryFormatAreNamedAndTheOthersRead() throws IOException {
        String[] fixtures = {
            "fiche/13-8810QE.htm",
            "xml-view/14-51234QE.xml",
            "opendata/questions-xiv.xml",
            "opendata/QANR5L15QE4242.json",
            "amo/export.json",
            "amo/xml/PA1857.xml",
            "dyn/html-answered.html",
            "ezpublish/ez-14-qe-answered.html",
            "table/table-seed-000.html"
        };
        for (String name : fixtures) {
            byte[] bytes = fixture(name);
            write("t-" + name.replace('/', '-'), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        }
        write("good.json", fixture("opendata/QANR5L16QG57.json"));
        read(dir);
        List<String> named = faults.stream()
                .map(SourceFormatException::file)
                .map(f -> Path.of(f).getFileName().toString())
                .toList();
        for (String name : fixtures) {
            assertTrue(named.contains("t-" + name.replace('/', '-')), name + " truncated was not reported: " + faults);
        }
        assertTrue(read.stream().anyMatch(r -> r.key().equals("QANR5L16QG57")), "the good file is read");
    }

    @Test
    void emptyAndBinaryFilesAreNamed() throws IOException {
        write("empty.xml", new byte[0]);
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        write("noise.bin", binary);
        read(dir);
        assertEquals(2, faults.size());
        assertTrue(
                faults.get(0).getMessage().endsWith("empty file"), faults.get(0).getMessage());
        assertTrue(
                faults.get(1).getMessage().endsWith("(binary content)"),
                faults.get(1).getMessage());
    }

    static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
        }
        return bytes.toByteArray();
    }
}

package fr.qlod.parse;

import static fr.qlod.parse.OpenDataJsonReaderTest.uids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import fr.qlod.model.Entity;
import fr.qlod.model.Question;
import fr.qlod.model.SourceFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ways the open data is packaged: one dump, one file per question, a zip of those, a directory. */
class OpenDataPackagingTest {
    @TempDir
    Path dir;

    @Test
    void sourcesChooseTheOpenDataReadersByContent() {
        Sources sources = Sources.create();

        assertInstanceOf(OpenDataJsonReader.class, sources.readerFor(input(OpenDataFixtures.DUMP_JSON)));
        assertInstanceOf(OpenDataJsonReader.class, sources.readerFor(input("QANR5L16QG57.json")));
        assertInstanceOf(OpenDataXmlReader.class, sources.readerFor(input(OpenDataFixtures.DUMP_XML)));
        assertInstanceOf(OpenDataXmlReader.class, sources.readerFor(input("QANR5L15QE1500.xml")));
    }

    @Test
    void readsAZipHoldingOneXmlFilePerQuestionAsInLegislatureXv() throws IOException {
        Map<String, byte[]> entries = perQuestionXml();
        entries.put("xml/QANR5L15QE1500.xml", OpenDataFixtures.bytes("QANR5L15QE1500.xml"));
        Path zip = zip("Questions_ecrites_XV.xml.zip", entries);

        Read read = read(zip);

        assertEquals(List.of(), read.problems);
        assertEquals(
                List.of("QANR5L14QE59906", "QANR5L14QE81234", "QANR5L14QOSD812", "QANR5L15QE1500"),
                uids(read.questions));
        String location = zip + "!/xml/QANR5L14QE59906.xml";
        assertEquals(OpenDataFixtures.lazaro59906(SourceFormat.OPENDATA_XML, location), read.questions.get(0));
    }

    @Test
    void readsAZipHoldingOneJsonFilePerQuestionAsFromLegislatureXvi() throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        entries.put("json/QANR5L15QE4242.json", OpenDataFixtures.bytes("QANR5L15QE4242.json"));
        entries.put("json/QANR5L16QG57.json", OpenDataFixtures.bytes("QANR5L16QG57.json"));
        Path zip = zip("Questions_gouvernement.json.zip", entries);

        Read read = read(zip);

        assertEquals(List.of(), read.problems);
        assertEquals(List.of("QANR5L15QE4242", "QANR5L16QG57"), uids(read.questions));
        assertEquals(
                zip + "!/json/QANR5L16QG57.json", read.questions.get(1).origin().location());
    }

    @Test
    void readsAZippedSingleDumpAsInLegislatureXiv() throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        entries.put("Questions_ecrites_XIV.json", OpenDataFixtures.bytes(OpenDataFixtures.DUMP_JSON));
        Path zip = zip("Questions_ecrites_XIV.json.zip", entries);

        Read read = read(zip);

        assertEquals(
                OpenDataFixtures.dump(SourceFormat.OPENDATA_JSON, zip + "!/Questions_ecrites_XIV.json"),
                read.questions);
    }

    @Test
    void readsADirectoryOfMixedJsonAndXmlFilesAndReportsTheBadOneOnly() throws IOException {
        for (Map.Entry<String, byte[]> e : perQuestionXml().entrySet()) {
            Path file = dir.resolve("questions").resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        Files.write(dir.resolve("questions/QANR5L16QG57.json"), OpenDataFixtures.bytes("QANR5L16QG57.json"));
        Files.writeString(dir.resolve("questions/QANR5L16QG58.json"), "{\"question\": {\"uid\": \"QANR5L16QG58\", ");

        Read read = read(dir.resolve("questions"));

        assertEquals(
                List.of("QANR5L16QG57", "QANR5L14QE59906", "QANR5L14QE81234", "QANR5L14QOSD812"), uids(read.questions));
        assertEquals(1, read.problems.size());
        assertEquals(
                dir.resolve("questions/QANR5L16QG58.json").toString(),
                read.problems.get(0).file());
    }

    /** The XML dump's three records cut into one namespaced file each, as the XV+ zips hold them. */
    private static Map<String, byte[]> perQuestionXml() {
        String dump = new String(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_XML), StandardCharsets.UTF_8);
        String open = "<question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ";
        Map<String, byte[]> files = new TreeMap<>();
        int from = dump.indexOf("<question ");
        while (from >= 0) {
            int end = dump.indexOf("</question>", from) + "</question>".length();
            String record = dump.substring(from, end).replaceFirst("<question ", open);
            String uid = record.substring(record.indexOf("<uid>") + 5, record.indexOf("</uid>"));
            files.put(
                    "xml/" + uid + ".xml",
                    ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + record + "\n").getBytes(StandardCharsets.UTF_8));
            from = dump.indexOf("<question ", end);
        }
        return files;
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    private static Input input(String fixture) {
        return Input.of(fixture, OpenDataFixtures.bytes(fixture));
    }

    private record Read(List<Question> questions, List<SourceFormatException> problems) {}

    private static Read read(Path path) {
        List<Question> questions = new ArrayList<>();
        List<SourceFormatException> problems = new ArrayList<>();
        Sources.create()
                .read(
                        path,
                        (Entity e) -> questions.add((Question) e),
                        new Problems(ErrorPolicy.BEST_EFFORT, problems::add));
        return new Read(questions, problems);
    }
}

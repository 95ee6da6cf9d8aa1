package fr.qlod.parse;

import static fr.qlod.parse.AmoExpected.DIR;
import static fr.qlod.parse.AmoExpected.bytes;
import static fr.qlod.parse.AmoExpected.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Entity;
import fr.qlod.model.Mandate;
import fr.qlod.model.Organ;
import fr.qlod.model.Person;
import fr.qlod.model.SourceFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the JSON form of AMO can hold or get wrong; what both forms share is in {@link AmoReadersTest}. */
class AmoJsonReaderTest {
    private static final SourceFormat JSON = SourceFormat.AMO_JSON;
    private static final Path FOLDER = DIR.resolve("json");
    private final AmoJsonReader reader = new AmoJsonReader();

    private static AmoCollected read(String name, String text) {
        return AmoCollected.read(new AmoJsonReader(), name, text);
    }

    @Test
    void readsZipBuiltAtTestTimeThroughEveryReader(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("amo.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.list(FOLDER)) {
            for (Path f : files.sorted().toList()) {
                z.putNextEntry(new ZipEntry("acteurs/" + f.getFileName()));
                z.write(bytes(f));
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("export.json"));
            z.write(bytes(DIR.resolve("export.json")));
            z.closeEntry();
        }
        AmoCollected c = AmoCollected.read(Sources.create(), zip);
        List<Entity> expected = new ArrayList<>();
        String entry = zip + "!/acteurs/";
        expected.add(AmoExpected.lazaro(origin(JSON, entry + "PA1857.json")));
        expected.add(AmoExpected.hoarau(origin(JSON, entry + "PA719002.json")));
        expected.add(AmoExpected.lazaroDeputy(origin(JSON, entry + "PM645505.json")));
        expected.add(AmoExpected.justiceValls1(origin(JSON, entry + "PO700722.json")));
        expected.add(AmoExpected.justiceValls2(origin(JSON, entry + "PO702926.json")));
        expected.addAll(AmoExpected.export(origin(JSON, zip + "!/export.json")));
        assertEquals(expected, c.entities);
        assertTrue(c.problems.isEmpty(), () -> c.problems.toString());
    }

    @Test
    void reportsActeurWithoutUidInPerEntityFile() {
        AmoCollected c = read(
                "PA0.json",
                "{\"acteur\": {\"uid\": {\"@xsi:type\": \"IdActeur_type\"},"
                        + " \"etatCivil\": {\"ident\": {\"civ\": \"M.\", \"prenom\": \"Jean\", \"nom\": \"Sansuid\"}}}}");
        assertTrue(c.entities.isEmpty());
        assertEquals("PA0.json", c.problems.get(0).file());
        assertEquals("record 1", c.problems.get(0).place());
        assertEquals("acteur has no uid", c.problems.get(0).problem());
    }

    @Test
    void reportsActeurWithoutFamilyName() {
        AmoCollected c = read(
                "PA5.json",
                "{\"acteur\": {\"uid\": {\"#text\": \"PA5\"},"
                        + " \"etatCivil\": {\"ident\": {\"civ\": \"M.\", \"prenom\": \"Jean\", \"nom\": null}}}}");
        assertTrue(c.entities.isEmpty());
        assertEquals("record 1 (PA5)", c.problems.get(0).place());
        assertEquals("acteur has no etatCivil/ident/nom", c.problems.get(0).problem());
    }

    @Test
    void reportsUnparsableDateNamingFieldAndValue() {
        AmoCollected c = read(
                "PO9.json",
                "{\"organe\": {\"uid\": \"PO9\", \"codeType\": \"GP\", \"libelle\": \"Neuf\","
                        + " \"viMoDe\": {\"dateDebut\": \"2014-13-45\", \"dateFin\": null}}}");
        assertTrue(c.entities.isEmpty());
        SourceFormatException p = c.problems.get(0);
        assertEquals("PO9.json", p.file());
        assertEquals("record 1 (PO9)", p.place());
        assertEquals("unparsable viMoDe/dateDebut '2014-13-45'", p.problem());
    }

    @Test
    void reportsBadNestedMandateButKeepsTheActeur() {
        AmoCollected c = read(
                "PA7.json",
                "{\"acteur\": {\"uid\": {\"#text\": \"PA7\"},"
                        + " \"etatCivil\": {\"ident\": {\"civ\": \"Mme\", \"prenom\": \"Anne\", \"nom\": \"Martin\"}},"
                        + " \"mandats\": {\"mandat\": ["
                        + "{\"uid\": \"PM71\", \"acteurRef\": \"PA7\", \"typeOrgane\": \"GP\", \"dateDebut\": \"2020-01-01\","
                        + " \"organes\": {\"organeRef\": \"PO1\"}},"
                        + "{\"uid\": \"PM72\", \"acteurRef\": \"PA7\", \"typeOrgane\": \"GP\", \"dateDebut\": \"2020-01-01\","
                        + " \"organes\": {\"organeRef\": null}},"
                        + "{\"uid\": \"PM73\", \"typeOrgane\": \"GP\", \"dateDebut\": \"2020-02-30\", \"organes\": {\"organeRef\": \"PO1\"}}"
                        + "]}}}");
        Person person = (Person) c.entities.get(0);
        assertEquals(
                List.of("PM71"), person.mandates().stream().map(Mandate::id).toList());
        assertEquals(2, c.problems.size());
        assertEquals("record 1, mandat 2 (PM72)", c.problems.get(0).place());
        assertEquals("mandat has no organes/organeRef", c.problems.get(0).problem());
        assertEquals("record 1, mandat 3 (PM73)", c.problems.get(1).place());
        assertEquals("unparsable dateDebut '2020-02-30'", c.problems.get(1).problem());
    }

    @Test
    void nestedMandateWithoutActeurRefBelongsToItsActeur() {
        AmoCollected c = read(
                "PA8.json",
                "{\"acteur\": {\"uid\": {\"#text\": \"PA8\"},"
                        + " \"etatCivil\": {\"ident\": {\"nom\": \"Solo\"}},"
                        + " \"mandats\": {\"mandat\": {\"uid\": \"PM81\", \"typeOrgane\": \"GP\", \"dateDebut\": \"2020-01-01\","
                        + " \"organes\": {\"organeRef\": \"PO1\"}}}}}");
        Person person = (Person) c.entities.get(0);
        assertEquals("PA8", person.mandates().get(0).personId());
        assertNull(person.civility());
        assertNull(person.givenName());
        assertNull(person.birthDate());
    }

    @Test
    void reportsStandaloneMandateWithoutActeurRefOrStartDate() {
        AmoCollected c = read(
                "mandats.json",
                "{\"export\": {\"mandats\": {\"mandat\": ["
                        + "{\"uid\": \"PM1\", \"typeOrgane\": \"GP\", \"dateDebut\": \"2020-01-01\", \"organes\": {\"organeRef\": \"PO1\"}},"
                        + "{\"uid\": \"PM2\", \"acteurRef\": \"PA2\", \"typeOrgane\": \"GP\", \"organes\": {\"organeRef\": \"PO1\"}}]}}}");
        assertTrue(c.entities.isEmpty());
        assertEquals("record 1 (PM1)", c.problems.get(0).place());
        assertEquals("mandat has no acteurRef", c.problems.get(0).problem());
        assertEquals("record 2 (PM2)", c.problems.get(1).place());
        assertEquals("mandat has no dateDebut", c.problems.get(1).problem());
    }

    @Test
    void reportsRecordTheModelRefusesWithItsReason() {
        AmoCollected c = read(
                "bad.json",
                "{\"export\": {\"organes\": {\"organe\": ["
                        + "{\"uid\": \"XX1\", \"codeType\": \"GP\", \"libelle\": \"Pas un organe\"},"
                        + "{\"uid\": \"PO2\", \"codeType\": \"GP\", \"libelle\": \"\u00c0 l'envers\","
                        + " \"viMoDe\": {\"dateDebut\": \"2020-01-02\", \"dateFin\": \"2020-01-01\"}}]}}}");
        assertTrue(c.entities.isEmpty());
        assertEquals("record 1", c.problems.get(0).place());
        assertEquals("organe XX1: not an organ id: XX1", c.problems.get(0).problem());
        assertEquals("record 2", c.problems.get(1).place());
        assertEquals(
                "organe PO2: organ PO2 ends before it starts", c.problems.get(1).problem());
    }

    @Test
    void throwsFirstRecordFaultInStrictMode() {
        String doc = "{\"organe\": {\"uid\": \"PO9\", \"libelle\": \"Neuf\", \"legislature\": \"XIV\"}}";
        SourceFormatException e = assertThrows(
                SourceFormatException.class,
                () -> reader.read(
                        Input.of("PO9.json", doc.getBytes(StandardCharsets.UTF_8)), x -> {}, Problems.strict()));
        assertEquals("record 1 (PO9)", e.place());
        assertEquals("unparsable legislature 'XIV'", e.problem());
    }

    @Test
    void truncatedExportKeepsWhatWasEmittedAndNamesTheLine() {
        String whole = new String(bytes(DIR.resolve("export.json")), StandardCharsets.UTF_8);
        String cut = whole.substring(0, whole.indexOf("PA719001") + 40);
        AmoCollected c = read("export.json", cut);
        List<Entity> all = AmoExpected.export(origin(JSON, "export.json"));
        assertEquals(all.subList(0, 6), c.entities);
        assertNotNull(c.thrown);
        assertEquals("export.json", c.thrown.file());
        long lines = cut.chars().filter(ch -> ch == '\n').count() + 1;
        assertEquals("line " + lines + ":" + (cut.length() - cut.lastIndexOf('\n')), c.thrown.place());
        assertTrue(c.thrown.problem().startsWith("malformed JSON: Unexpected end-of-input"), c.thrown.problem());
    }

    @Test
    void syntaxErrorStopsTheDocumentAtItsLine() {
        AmoCollected c = read(
                "broken.json",
                "{\"export\": {\"organes\": {\"organe\": [\n"
                        + "{\"uid\": \"PO1\", \"codeType\": \"GP\", \"libelle\": \"Un\"},\n"
                        + "{\"uid\": \"PO2\", \"codeType\": \"GP\" \"libelle\": \"Deux\"},\n"
                        + "{\"uid\": \"PO3\", \"codeType\": \"GP\", \"libelle\": \"Trois\"}]}}}");
        assertEquals(List.of("PO1"), c.entities.stream().map(Entity::key).toList());
        assertTrue(c.thrown.place().startsWith("line 3:"), c.thrown.place());
    }

    @Test
    void rejectsDocumentWithoutRecords() {
        AmoCollected c = read("empty.json", "{\"acteur\": null}");
        assertEquals("no acteur, mandat or organe", c.thrown.problem());
    }

    @Test
    void decodesEntitiesRepairsMojibakeAndFoldsSpaces() {
        AmoCollected c = read(
                "PA6.json",
                "{\"acteur\": {\"uid\": {\"#text\": \"PA6\"}, \"etatCivil\": {"
                        + "\"ident\": {\"civ\": \"Mme\", \"prenom\": \"Ma\u00c3\u00ablle\", \"nom\": \"  Le\u00a0Gall \"},"
                        + " \"infoNaissance\": {\"dateNais\": \"1980-02-29+01:00\", \"villeNais\": \"Saint-Andr&eacute;-lez-Lille\"}}}}");
        Person p = (Person) c.entities.get(0);
        assertEquals("Maëlle", p.givenName());
        assertEquals("Le Gall", p.familyName());
        assertEquals("Saint-André-lez-Lille", p.birthPlace());
        assertEquals(java.time.LocalDate.of(1980, 2, 29), p.birthDate());
    }

    @Test
    void readsUndeclaredWindows1252() {
        byte[] doc =
                "{\"organe\": {\"uid\": \"PO5\", \"codeType\": \"MINISTERE\", \"libelle\": \"Minist\u00e8re de l'\u00e9conomie\"}}"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        AmoCollected c = AmoCollected.read(reader, "PO5.json", doc);
        assertEquals("Ministère de l'économie", ((Organ) c.entities.get(0)).label());
    }

    @Test
    void acceptsItsRecordsAndExport() {
        for (String name : List.of("PA1857.json", "PM645505.json", "PO700722.json")) {
            Input input = Input.of(name, bytes(FOLDER.resolve(name)));
            assertTrue(reader.accepts(input.head(), input.headText()), name);
        }
        Input export = Input.of("export.json", bytes(DIR.resolve("export.json")));
        assertTrue(reader.accepts(export.head(), export.headText()));
        assertTrue(accepts("\uFEFF { \"organe\" : {}}"));
    }

    @Test
    void rejectsOtherFormats() throws IOException {
        try (Stream<Path> xml = Files.list(DIR.resolve("xml"))) {
            for (Path f : xml.toList()) {
                Input input = Input.of(f.toString(), bytes(f));
                assertFalse(reader.accepts(input.head(), input.headText()), f.toString());
            }
        }
        assertFalse(accepts("{\"question\": {\"@xmlns\": \"http://schemas.assemblee-nationale.fr/referentiel\","
                + " \"uid\": \"QANR5L16QG1\"}}"));
        assertFalse(accepts("{\"questionsEcrites\": {\"question\": []}}"));
        assertFalse(accepts("{\"titre\": \"acteur\", \"acteur\": {}}"));
        assertFalse(accepts("<acteur><uid>PA1</uid></acteur>"));
        assertFalse(accepts("<html><body>Question N\u00b0 1</body></html>"));
    }

    private boolean accepts(String text) {
        Input input = Input.of("x", text.getBytes(StandardCharsets.UTF_8));
        return reader.accepts(input.head(), input.headText());
    }
}

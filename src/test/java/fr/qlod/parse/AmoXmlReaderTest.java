package fr.qlod.parse;

import static fr.qlod.parse.AmoExpected.DIR;
import static fr.qlod.parse.AmoExpected.bytes;
import static fr.qlod.parse.AmoExpected.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Entity;
import fr.qlod.model.Organ;
import fr.qlod.model.Person;
import fr.qlod.model.SourceFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
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

/** What only the XML form of AMO can hold or get wrong; what both forms share is in {@link AmoReadersTest}. */
class AmoXmlReaderTest {
    private static final SourceFormat XML = SourceFormat.AMO_XML;
    private static final Path FOLDER = DIR.resolve("xml");
    private static final String NS = "xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";
    private final AmoXmlReader reader = new AmoXmlReader();

    private static AmoCollected read(String name, String text) {
        return AmoCollected.read(new AmoXmlReader(), name, text);
    }

    @Test
    void readsZipOfBothFormatsThroughEveryReader(@TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("amo.zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : List.of("xml/PA1857.xml", "json/PA1857.json", "export.xml")) {
                z.putNextEntry(new ZipEntry(name));
                z.write(bytes(DIR.resolve(name)));
                z.closeEntry();
            }
        }
        AmoCollected c = AmoCollected.read(Sources.create(), zip);
        List<Entity> expected = new ArrayList<>();
        expected.add(AmoExpected.lazaro(origin(XML, zip + "!/xml/PA1857.xml")));
        expected.add(AmoExpected.lazaro(origin(SourceFormat.AMO_JSON, zip + "!/json/PA1857.json")));
        expected.addAll(AmoExpected.export(origin(XML, zip + "!/export.xml")));
        assertEquals(expected, c.entities);
        assertTrue(c.problems.isEmpty(), () -> c.problems.toString());
    }

    @Test
    void reportsUnparsableDateNamingFieldAndValue() {
        AmoCollected c = read(
                "PA3.xml",
                "<acteur " + NS + "><uid xsi:type=\"IdActeur_type\">PA3</uid>"
                        + "<etatCivil><ident><civ>M.</civ><prenom>Paul</prenom><nom>Durand</nom></ident>"
                        + "<infoNaissance><dateNais>31/02/1970</dateNais></infoNaissance></etatCivil></acteur>");
        assertTrue(c.entities.isEmpty());
        assertEquals("record 1 (PA3)", c.problems.get(0).place());
        assertEquals(
                "unparsable etatCivil/infoNaissance/dateNais '31/02/1970'",
                c.problems.get(0).problem());
    }

    @Test
    void readsFrenchSlashedDates() {
        AmoCollected c = read(
                "PO4.xml",
                "<organe " + NS + "><uid>PO4</uid><codeType>COMPER</codeType>"
                        + "<libelle>Commission des lois</libelle><viMoDe><dateDebut>21/06/2017</dateDebut>"
                        + "<dateFin xsi:nil=\"true\"/></viMoDe><organeParent xsi:nil=\"true\"/><legislature>15</legislature></organe>");
        Organ o = (Organ) c.entities.get(0);
        assertEquals(
                new Organ(
                        "PO4",
                        origin(XML, "PO4.xml"),
                        fr.qlod.model.OrganType.OTHER,
                        "COMPER",
                        "Commission des lois",
                        null,
                        null,
                        java.time.LocalDate.of(2017, 6, 21),
                        null,
                        null,
                        15),
                o);
    }

    @Test
    void throwsFirstRecordFaultInStrictMode() {
        String doc = "<mandat " + NS + "><uid>PM1</uid><acteurRef>PA1</acteurRef><typeOrgane>GP</typeOrgane>"
                + "<dateDebut>2020-01-01</dateDebut><organes><organeRef xsi:nil=\"true\"/></organes></mandat>";
        SourceFormatException e = assertThrows(
                SourceFormatException.class,
                () -> reader.read(
                        Input.of("PM1.xml", doc.getBytes(StandardCharsets.UTF_8)), x -> {}, Problems.strict()));
        assertEquals("record 1 (PM1)", e.place());
        assertEquals("mandat has no organes/organeRef", e.problem());
    }

    @Test
    void truncatedExportKeepsWhatWasEmittedAndNamesTheLine() {
        String whole = new String(bytes(DIR.resolve("export.xml")), StandardCharsets.UTF_8);
        String cut = whole.substring(0, whole.indexOf("PA719001") + 40);
        AmoCollected c = read("export.xml", cut);
        assertEquals(AmoExpected.export(origin(XML, "export.xml")).subList(0, 6), c.entities);
        assertNotNull(c.thrown);
        assertEquals("export.xml", c.thrown.file());
        long line = cut.chars().filter(ch -> ch == '\n').count() + 1;
        assertTrue(c.thrown.place().startsWith("line " + line + ":"), c.thrown.place());
        assertTrue(c.thrown.problem().startsWith("malformed XML: "), c.thrown.problem());
    }

    @Test
    void mismatchedTagStopsTheDocument() {
        AmoCollected c = read(
                "broken.xml",
                "<export><organes>\n"
                        + "<organe><uid>PO1</uid><codeType>GP</codeType><libelle>Un</libelle></organe>\n"
                        + "<organe><uid>PO2</uid><codeType>GP</codeType><libelle>Deux</libele></organe>\n"
                        + "<organe><uid>PO3</uid><codeType>GP</codeType><libelle>Trois</libelle></organe>\n"
                        + "</organes></export>");
        assertEquals(List.of("PO1"), c.entities.stream().map(Entity::key).toList());
        assertTrue(c.thrown.place().startsWith("line 3:"), c.thrown.place());
    }

    @Test
    void refusesExternalEntities(@TempDir Path tmp) throws IOException {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE organe [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<organe><uid>PO1</uid><codeType>GP</codeType><libelle>&x;</libelle></organe>";
        AmoCollected c = read("xxe.xml", doc);
        assertTrue(c.entities.isEmpty());
        assertEquals("document type declarations are refused", c.thrown.problem());
        assertFalse(c.thrown.getMessage().contains("TOP-SECRET"));
        Input input = Input.of("xxe.xml", doc.getBytes(StandardCharsets.UTF_8));
        assertTrue(reader.accepts(input.head(), input.headText()), "sniffed, so that the refusal is reported by name");
    }

    @Test
    void refusesEntityExpansion() {
        String doc = "<?xml version=\"1.0\"?>\n<!DOCTYPE organe [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
                + "<organe><uid>PO1</uid><codeType>GP</codeType><libelle>&b;</libelle></organe>";
        AmoCollected c = read("laughs.xml", doc);
        assertTrue(c.entities.isEmpty());
        assertEquals("document type declarations are refused", c.thrown.problem());
        assertTrue(c.thrown.place().startsWith("line "), c.thrown.place());
    }

    @Test
    void readsUndeclaredWindows1252AndDeclaredLatin1() {
        Charset cp1252 = Charset.forName("windows-1252");
        byte[] undeclared =
                "<organe><uid>PO5</uid><codeType>MINISTERE</codeType><libelle>Minist\u00e8re de l'\u00e9conomie</libelle></organe>"
                        .getBytes(cp1252);
        assertEquals(
                "Ministère de l'économie",
                ((Organ) AmoCollected.read(reader, "PO5.xml", undeclared)
                                .entities
                                .get(0))
                        .label());
        byte[] declared =
                ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<organe><uid>PO6</uid><codeType>GP</codeType>"
                                + "<libelle>R\u00e9publicains</libelle></organe>")
                        .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                "Républicains",
                ((Organ) AmoCollected.read(reader, "PO6.xml", declared).entities.get(0)).label());
    }

    @Test
    void decodesCharacterReferencesAndRepairsMojibake() {
        AmoCollected c = read(
                "PA6.xml",
                "<acteur " + NS + "><uid>PA6</uid><etatCivil><ident><civ>Mme</civ>"
                        + "<prenom>Ma\u00c3\u00ablle</prenom><nom>Le&#160;Gall</nom></ident>"
                        + "<infoNaissance><dateNais>1980-02-29</dateNais><villeNais><![CDATA[Saint-Andr&eacute;-lez-Lille]]></villeNais>"
                        + "</infoNaissance></etatCivil></acteur>");
        Person p = (Person) c.entities.get(0);
        assertEquals("Maëlle", p.givenName());
        assertEquals("Le Gall", p.familyName());
        assertEquals("Saint-André-lez-Lille", p.birthPlace());
    }

    @Test
    void rejectsForeignRootAndEmptyDocument() {
        assertEquals(
                "no acteur, mandat or organe",
                read("e.xml", "<export><organes/></export>").thrown.problem());
        assertTrue(read("q.xml", "<question><uid>Q</uid></question>")
                .thrown
                .problem()
                .startsWith("root <question>"));
    }

    @Test
    void acceptsItsRecordsAndExport() {
        for (String name : List.of("PA1857.xml", "PM645505.xml", "PO700722.xml")) {
            Input input = Input.of(name, bytes(FOLDER.resolve(name)));
            assertTrue(reader.accepts(input.head(), input.headText()), name);
        }
        Input export = Input.of("export.xml", bytes(DIR.resolve("export.xml")));
        assertTrue(reader.accepts(export.head(), export.headText()));
        assertTrue(accepts("\uFEFF<?xml version=\"1.0\"?>\n<!-- AMO -->\n<amo:organe xmlns:amo=\"urn:x\"/>"));
    }

    @Test
    void rejectsOtherFormats() throws IOException {
        try (Stream<Path> json = Files.list(DIR.resolve("json"))) {
            for (Path f : json.toList()) {
                Input input = Input.of(f.toString(), bytes(f));
                assertFalse(reader.accepts(input.head(), input.headText()), f.toString());
            }
        }
        assertFalse(accepts(
                "<?xml version=\"1.0\"?>\n<question xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\">"
                        + "<uid>QANR5L15QE1</uid></question>"));
        assertFalse(accepts("<?xml version=\"1.0\"?>\n<questionsEcrites><question/></questionsEcrites>"));
        assertFalse(accepts(
                "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<QUESTION><LEGISLATURE>14</LEGISLATURE></QUESTION>"));
        assertFalse(accepts("<html><body><acteur/></body></html>"));
        assertFalse(accepts("<organes><organe/></organes>"));
    }

    private boolean accepts(String text) {
        Input input = Input.of("x", text.getBytes(StandardCharsets.UTF_8));
        return reader.accepts(input.head(), input.headText());
    }
}

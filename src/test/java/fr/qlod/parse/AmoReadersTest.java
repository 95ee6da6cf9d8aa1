package fr.qlod.parse;

import static fr.qlod.parse.AmoExpected.DIR;
import static fr.qlod.parse.AmoExpected.bytes;
import static fr.qlod.parse.AmoExpected.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Entity;
import fr.qlod.model.Mandate;
import fr.qlod.model.Person;
import fr.qlod.model.SourceFormat;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both AMO readers over the fixtures of {@code source/amo/}, whose JSON and XML forms hold the same content:
 * each test runs once a form and expects the same records ({@link AmoExpected}). What only one form can hold
 * (a JSON object for a one-element list, an XML nil element, French slashed dates…) is tested in
 * {@link AmoJsonReaderTest} and {@link AmoXmlReaderTest}.
 */
class AmoReadersTest {

    /** A form of the AMO fixtures: its format, its folder and extension, and its reader. */
    enum Form {
        JSON(SourceFormat.AMO_JSON, "json", AmoJsonReader::new) {
            @Override
            byte[] organs(int n) {
                StringBuilder big = new StringBuilder("{\"export\": {\"organes\": {\"organe\": [");
                for (int i = 0; i < n; i++) {
                    big.append(i == 0 ? "" : ",")
                            .append("{\"uid\": \"PO")
                            .append(800000 + i)
                            .append("\", \"codeType\": \"COMPER\", \"libelle\": \"Commission permanente num\u00e9ro ")
                            .append(i)
                            .append("\", \"viMoDe\": {\"dateDebut\": \"2017-06-21\", \"dateFin\": null}}");
                }
                return big.append("]}}}").toString().getBytes(StandardCharsets.UTF_8);
            }

            @Override
            String organsOneWithoutUid() {
                return "{\"export\": {\"organes\": {\"organe\": ["
                        + "{\"uid\": \"PO1\", \"codeType\": \"GP\", \"libelle\": \"Un\"},"
                        + "{\"uid\": null, \"codeType\": \"GP\", \"libelle\": \"Deux\"},"
                        + "{\"uid\": \"PO3\", \"codeType\": \"GP\", \"libelle\": \"Trois\"}]}}}";
            }
        },
        XML(SourceFormat.AMO_XML, "xml", AmoXmlReader::new) {
            @Override
            byte[] organs(int n) {
                StringBuilder big =
                        new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<export><organes>\n");
                for (int i = 0; i < n; i++) {
                    big.append("<organe><uid>PO")
                            .append(800000 + i)
                            .append("</uid><codeType>COMPER</codeType>")
                            .append("<libelle>Commission permanente num\u00e9ro ")
                            .append(i)
                            .append("</libelle>")
                            .append("<viMoDe><dateDebut>2017-06-21</dateDebut><dateFin xsi:nil=\"true\""
                                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/></viMoDe></organe>\n");
                }
                return big.append("</organes></export>").toString().getBytes(StandardCharsets.UTF_8);
            }

            @Override
            String organsOneWithoutUid() {
                return "<export xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><organes>"
                        + "<organe><uid>PO1</uid><codeType>GP</codeType><libelle>Un</libelle></organe>"
                        + "<organe><uid xsi:nil=\"true\"/><codeType>GP</codeType><libelle>Deux</libelle></organe>"
                        + "<organe><uid>PO3</uid><codeType>GP</codeType><libelle>Trois</libelle></organe>"
                        + "</organes></export>";
            }
        };

        final SourceFormat format;
        final String extension;
        final Supplier<QuestionReader> reader;

        Form(SourceFormat format, String extension, Supplier<QuestionReader> reader) {
            this.format = format;
            this.extension = extension;
            this.reader = reader;
        }

        Path folder() {
            return DIR.resolve(extension);
        }

        Path file(String id) {
            return folder().resolve(id + "." + extension);
        }

        String export() {
            return "export." + extension;
        }

        AmoCollected read(Path file) {
            return AmoCollected.read(reader.get(), file.toString(), bytes(file));
        }

        /** An export of {@code n} organs PO800000, PO800001… in this form. */
        abstract byte[] organs(int n);

        /** An export of three organs PO1, (none), PO3: the second has no uid. */
        abstract String organsOneWithoutUid();

        AmoCollected readExport() {
            return AmoCollected.read(reader.get(), export(), bytes(DIR.resolve(export())));
        }
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void readsActeurWithItsThreeNestedMandates(Form form) {
        Path file = form.file("PA1857");
        AmoCollected c = form.read(file);
        assertEquals(List.of(AmoExpected.lazaro(origin(form.format, file))), c.entities);
        assertTrue(c.problems.isEmpty());
        assertNull(c.thrown);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void readsActeurWithASingleNestedMandate(Form form) {
        Path file = form.file("PA719002");
        assertEquals(List.of(AmoExpected.hoarau(origin(form.format, file))), form.read(file).entities);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void readsStandaloneMandateWithItsConstituency(Form form) {
        Path file = form.file("PM645505");
        assertEquals(List.of(AmoExpected.lazaroDeputy(origin(form.format, file))), form.read(file).entities);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void readsOrganeWithParentAndNoBreakSpaceInLabel(Form form) {
        Path file = form.file("PO700722");
        assertEquals(List.of(AmoExpected.justiceValls1(origin(form.format, file))), form.read(file).entities);
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void readsDirectoryOfPerEntityFilesInNameOrder(Form form) {
        AmoCollected c = AmoCollected.read(Sources.of(List.of(form.reader.get())), form.folder());
        assertEquals(AmoExpected.perEntity(form.format, form.folder(), form.extension), c.entities);
        assertTrue(c.problems.isEmpty(), () -> c.problems.toString());
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void streamsCombinedExportOrganesThenActeurs(Form form) {
        AmoCollected c = form.readExport();
        assertEquals(AmoExpected.export(origin(form.format, form.export())), c.entities);
        assertTrue(c.problems.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void keepsFirstOrganeOfMandateListingSeveral(Form form) {
        Mandate party = ((Person) form.readExport().entities.get(6)).mandates().get(1);
        assertEquals("PO730001", party.organId());
        assertNull(party.legislature());
        assertNull(party.end());
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void emitsFirstRecordBeforeReadingTheWholeExport(Form form) throws IOException {
        int n = 20_000;
        byte[] doc = form.organs(n);
        long[] consumed = {0};
        long[] atFirst = {-1};
        InputStream counting = new FilterInputStream(new ByteArrayInputStream(doc)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int r = super.read(b, off, len);
                consumed[0] += Math.max(r, 0);
                return r;
            }
        };
        int[] count = {0};
        form.reader
                .get()
                .read(
                        Input.of("big." + form.extension, counting),
                        e -> {
                            if (count[0]++ == 0) {
                                atFirst[0] = consumed[0];
                            }
                        },
                        Problems.strict());
        assertEquals(n, count[0]);
        assertTrue(
                atFirst[0] < doc.length / 10,
                "read " + atFirst[0] + " of " + doc.length + " bytes before the first record");
    }

    @ParameterizedTest
    @EnumSource(Form.class)
    void reportsRecordWithoutUidAndGoesOnWithTheOthers(Form form) {
        String name = "no-uid." + form.extension;
        AmoCollected c = AmoCollected.read(form.reader.get(), name, form.organsOneWithoutUid());
        assertEquals(List.of("PO1", "PO3"), c.entities.stream().map(Entity::key).toList());
        assertEquals(1, c.problems.size());
        SourceFormatException p = c.problems.get(0);
        assertEquals(name, p.file());
        assertEquals("record 2", p.place());
        assertEquals("organe has no uid", p.problem());
        assertNull(c.thrown);
    }
}

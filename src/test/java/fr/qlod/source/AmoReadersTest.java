package fr.qlod.source;

import static fr.qlod.source.AmoExpected.DIR;
import static fr.qlod.source.AmoExpected.bytes;
import static fr.qlod.source.AmoExpected.origin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Mandate;
import fr.qlod.model.Person;
import fr.qlod.model.SourceFormat;
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
        JSON(SourceFormat.AMO_JSON, "json", AmoJsonReader::new),
        XML(SourceFormat.AMO_XML, "xml", AmoXmlReader::new);

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
}

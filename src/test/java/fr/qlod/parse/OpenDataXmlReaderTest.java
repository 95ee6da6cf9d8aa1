package fr.qlod.parse;

import static fr.qlod.model.JoType.JO_QUESTION;
import static fr.qlod.parse.OpenDataFixtures.jo;
import static fr.qlod.parse.OpenDataJsonReaderTest.uids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Allocation;
import fr.qlod.model.Author;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.parse.OpenDataFixtures.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenDataXmlReaderTest {
    private final OpenDataXmlReader reader = new OpenDataXmlReader();

    @Test
    void readsEveryFieldOfEachRecordOfALegislatureXivDump() {
        Result result = OpenDataFixtures.read(reader, OpenDataFixtures.DUMP_XML);

        assertEquals(List.of(), result.problems());
        assertEquals(OpenDataFixtures.dump(SourceFormat.OPENDATA_XML, OpenDataFixtures.DUMP_XML), result.questions());
    }

    @Test
    void readsTheSameDumpWithoutNamespaces() {
        String xml = dumpText().replace(" xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\"", "");

        Result result = OpenDataFixtures.read(reader, "plain.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), result.problems());
        assertEquals(OpenDataFixtures.dump(SourceFormat.OPENDATA_XML, "plain.xml"), result.questions());
    }

    @Test
    void readsAnyQuestionsRootSuchAsOralQuestionDumps() {
        String xml = dumpText().replace("questionsEcrites", "questionsOralesSansDebat");

        Result result = OpenDataFixtures.read(reader, "qosd.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertEquals(3, result.questions().size());
    }

    @Test
    void readsASingleNamespacedRecordWithTheAnalyseAnaFormAndMarkupWrittenAsElements() {
        String file = "QANR5L15QE1500.xml";
        Result result = OpenDataFixtures.read(reader, file);

        JoPublication question = jo(2017, 9, 26, 4561, JO_QUESTION, 39);
        MinistryRef interieur = new MinistryRef("Intérieur", "Ministère de l'intérieur", "PO740021");
        Question expected = Question.builder()
                .id(new QuestionId(15, QuestionType.QE, 1500))
                .origin(new Origin(SourceFormat.OPENDATA_XML, file, null))
                .author(new Author(null, null, "PA719020", "PA719020", null))
                .questioned(interieur)
                .allocation(new Allocation(interieur, LocalDate.of(2017, 9, 26), question))
                .indexing(new Indexing(
                        "sécurité routière",
                        "Radars",
                        List.of("Radars automatiques", "signalisation. réglementation"),
                        null))
                .published(question)
                .text("M. Paul Girard interroge M. le ministre sur la signalisation des radars.\n\n"
                        + "Il demande si les panneaux seront maintenus.")
                .build();
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(expected), result.questions());
    }

    @Test
    void truncatedDocumentIsReportedWithLineAndColumnAndEarlierRecordsAreKept() {
        String xml = dumpText();
        byte[] truncated =
                xml.substring(0, xml.indexOf("QANR5L14QOSD812") + 300).getBytes(StandardCharsets.UTF_8);

        Result result = OpenDataFixtures.read(reader, "truncated.xml", truncated);

        assertEquals(List.of("QANR5L14QE59906", "QANR5L14QE81234"), uids(result.questions()));
        assertEquals(1, result.problems().size());
        SourceFormatException fault = result.problems().get(0);
        assertEquals("truncated.xml", fault.file());
        assertTrue(fault.place().matches("record 3, line \\d+:\\d+"), fault.place());
        assertTrue(fault.problem().startsWith("malformed XML"), fault.problem());
    }

    @Test
    void recordWithoutUidIsReportedAndTheOthersAreRead() {
        String xml = dumpText().replace("<uid>QANR5L14QE81234</uid>", "");

        Result result = OpenDataFixtures.read(reader, "no-uid.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("QANR5L14QE59906", "QANR5L14QOSD812"), uids(result.questions()));
        SourceFormatException fault = result.problems().get(0);
        assertEquals(1, result.problems().size());
        assertEquals("no-uid.xml", fault.file());
        assertTrue(fault.place().matches("record 2, line \\d+:\\d+"), fault.place());
        assertEquals("missing uid", fault.problem());
    }

    @Test
    void unknownXsiTypeIsReportedAsARecordFault() {
        String xml = dumpText().replace("QuestionOrale_Type", "QuestionSenat_Type");

        Result result = OpenDataFixtures.read(reader, "type.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertEquals(2, result.questions().size());
        assertEquals(
                "unknown xsi:type 'QuestionSenat_Type'",
                result.problems().get(0).problem());
        assertTrue(result.problems().get(0).place().startsWith("record 3"));
    }

    @Test
    void missingNumberThrowsInStrictModeNamingFileAndField() {
        String xml = singleText().replace("<numero>1500</numero>", "");

        SourceFormatException e = assertThrows(
                SourceFormatException.class,
                () -> reader.read(
                        Input.of("bad.xml", xml.getBytes(StandardCharsets.UTF_8)), q -> {}, Problems.strict()));

        assertEquals("bad.xml", e.file());
        assertEquals("missing number (identifiant/numero)", e.problem());
    }

    @Test
    void refusesExternalEntities(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = singleText()
                .replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE question [<!ENTITY xxe SYSTEM \""
                                + secret.toUri() + "\">]>")
                .replace("<rubrique>sécurité routière</rubrique>", "<rubrique>&xxe;</rubrique>");

        Result result = OpenDataFixtures.read(reader, "xxe.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertTrue(result.questions().stream().noneMatch(q -> q.toString().contains("TOP-SECRET")));
        assertEquals(1, result.problems().size());
        assertFalse(result.problems().get(0).getMessage().contains("TOP-SECRET"));
    }

    @Test
    void acceptsQuestionAndQuestionsRootsOnly() {
        assertTrue(accepts(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_XML)));
        assertTrue(accepts(OpenDataFixtures.bytes("QANR5L15QE1500.xml")));
        assertTrue(accepts(("\uFEFF<?xml version=\"1.0\"?>\n<!-- dump -->\n<an:questionsGouvernement xmlns:an=\"x\">"
                        + "<an:question/></an:questionsGouvernement>")
                .getBytes(StandardCharsets.UTF_8)));
        assertFalse(accepts(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_JSON)));
        assertFalse(accepts(OpenDataFixtures.bytes("QANR5L16QG57.json")));
        assertFalse(accepts(
                "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<QUESTION TYPE=\"QE\"><LEGISLATURE>14</LEGISLATURE></QUESTION>"
                        .getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(
                accepts("<?xml version=\"1.0\"?><acteur xmlns=\"http://schemas.assemblee-nationale.fr/referentiel\"/>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertFalse(accepts(
                "<!DOCTYPE html><html><head><title>Question</title></head></html>".getBytes(StandardCharsets.UTF_8)));
    }

    private boolean accepts(byte[] content) {
        Input input = Input.of("sniffed", content);
        return reader.accepts(input.head(), input.headText());
    }

    private static String dumpText() {
        return new String(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_XML), StandardCharsets.UTF_8);
    }

    private static String singleText() {
        return new String(OpenDataFixtures.bytes("QANR5L15QE1500.xml"), StandardCharsets.UTF_8);
    }
}

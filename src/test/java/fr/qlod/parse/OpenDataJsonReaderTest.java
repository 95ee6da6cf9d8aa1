package fr.qlod.parse;

import static fr.qlod.model.JoType.JO_DEBAT;
import static fr.qlod.model.JoType.JO_QUESTION;
import static fr.qlod.parse.OpenDataFixtures.jo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Closure;
import fr.qlod.model.Erratum;
import fr.qlod.model.ErratumTarget;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import fr.qlod.parse.OpenDataFixtures.Result;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenDataJsonReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OpenDataJsonReader reader = new OpenDataJsonReader();

    @Test
    void readsEveryFieldOfEachRecordOfALegislatureXivDump() {
        Result result = OpenDataFixtures.read(reader, OpenDataFixtures.DUMP_JSON);

        assertEquals(List.of(), result.problems());
        assertEquals(OpenDataFixtures.dump(SourceFormat.OPENDATA_JSON, OpenDataFixtures.DUMP_JSON), result.questions());
    }

    @Test
    void classifiesAnUnknownClosureCodeByItsLabel() {
        Question withdrawn = OpenDataFixtures.read(reader, OpenDataFixtures.DUMP_JSON)
                .questions()
                .get(1);

        assertEquals(Status.WITHDRAWN_BY_AUTHOR, withdrawn.status());
        assertEquals("RET", withdrawn.closure().code());
    }

    @Test
    void repairsMojibakeAndDecodesEntitiesInTexts() {
        Question withdrawn = OpenDataFixtures.read(reader, OpenDataFixtures.DUMP_JSON)
                .questions()
                .get(1);

        assertTrue(withdrawn.text().contains("l’attention"), withdrawn.text());
        assertTrue(withdrawn.text().contains("les éoliennes"), withdrawn.text());
    }

    @Test
    void readsAQuestionToTheGovernmentPublishedAtItsSitting() {
        String file = "QANR5L16QG57.json";
        Result result = OpenDataFixtures.read(reader, file);

        JoPublication sitting = jo(2023, 1, 10, null, JO_DEBAT, null);
        MinistryRef economie = new MinistryRef(
                "Économie, finances, souveraineté industrielle et numérique",
                "Ministère de l'économie, des finances et de la souveraineté industrielle et numérique",
                null);
        Question expected = Question.builder()
                .id(new QuestionId(16, QuestionType.QG, 57))
                .origin(new Origin(SourceFormat.OPENDATA_JSON, file, null))
                .author(new Author(null, null, "PA793218", "PA793218", "PM842990"))
                .group(new GroupRef("Les Républicains", "LR", "PO800508"))
                .questioned(economie)
                .allocation(new Allocation(economie, LocalDate.of(2023, 1, 10), sitting))
                .indexing(new Indexing(
                        "énergie et carburants", null, List.of("Prix de l'électricité pour les boulangers"), null))
                .published(sitting)
                .answer(new Answer(
                        "PRIX DE L'ÉLECTRICITÉ POUR LES BOULANGERS\n\n"
                                + "Mme la présidente. La parole est à M. Julien Martin.\n\n"
                                + "M. Julien Martin. Monsieur le ministre, nos boulangers voient leurs factures tripler ! "
                                + "(Applaudissements sur les bancs du groupe LR.)\n\n"
                                + "M. le ministre de l’économie. Un guichet unique sera ouvert dès la semaine prochaine.",
                        sitting))
                .closure(new Closure(
                        Status.ANSWERED,
                        "REP_PUB",
                        "Réponse publiée",
                        LocalDate.of(2023, 1, 10),
                        jo(2023, 1, 10, 112, JO_DEBAT, null)))
                .build();
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(expected), result.questions());
        assertEquals("", result.questions().get(0).text());
    }

    @Test
    void readsLaterQuestionTextsAndAnswerErrataAsErrataAndEveryAnswerEntry() {
        String file = "QANR5L15QE4242.json";
        Result result = OpenDataFixtures.read(reader, file);

        String legifrance = "https://www.legifrance.gouv.fr/jorf/id/JORFCONT000036400001";
        JoPublication question = new JoPublication(LocalDate.of(2018, 1, 9), 118, JO_QUESTION, 2, legifrance);
        JoPublication answer = jo(2018, 4, 17, 3301, JO_QUESTION, 16);
        MinistryRef agriculture = new MinistryRef(
                "Agriculture et alimentation", "Ministère de l'agriculture et de l'alimentation", "PO740013");
        Question expected = Question.builder()
                .id(new QuestionId(15, QuestionType.QE, 4242))
                .origin(new Origin(SourceFormat.OPENDATA_JSON, file, null))
                .author(new Author(null, null, "PA718902", "PA718902", "PM722140"))
                .group(new GroupRef("La République en Marche", "LaREM", "PO730964"))
                .questioned(agriculture)
                .allocation(new Allocation(agriculture, LocalDate.of(2018, 1, 9), question))
                .indexing(new Indexing(
                        "agriculture", null, List.of("Aides à l'installation des jeunes agriculteurs"), null))
                .published(question)
                .text("Mme Sophie Durand attire l'attention de M. le ministre sur la dotation jeunes agriculteurs.\n"
                        + "Elle souhaite connaître le calendrier de la réforme.")
                .answer(new Answer("La réforme entrera en vigueur en 2019.\n\nUne concertation est en cours.", answer))
                .answer(new Answer(
                        "Complément de réponse : le décret a été publié le 30 mai 2018.",
                        jo(2018, 6, 5, 4790, JO_QUESTION, 23)))
                .closure(new Closure(Status.ANSWERED, "REP_PUB", "Réponse publiée", LocalDate.of(2018, 4, 17), answer))
                .signalement(jo(2018, 3, 27, 2544, JO_QUESTION, 13))
                .renewal(jo(2018, 3, 13, 2101, JO_QUESTION, 11))
                .renewal(jo(2018, 4, 10, 2987, JO_QUESTION, 15))
                .erratum(new Erratum(
                        ErratumTarget.QUESTION,
                        jo(2018, 1, 23, 512, JO_QUESTION, 4),
                        "Mme Sophie Durand attire l'attention de M. le ministre sur la dotation d'installation des "
                                + "jeunes agriculteurs."))
                .erratum(new Erratum(ErratumTarget.ANSWER, answer, "Au lieu de : « 2019 », lire : « 2020 »."))
                .build();
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(expected), result.questions());
    }

    @Test
    void readsTheAnalyseAnaFormOfTheIndexing() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(OpenDataFixtures.bytes("QANR5L15QE4242.json"));
        ObjectNode indexing = (ObjectNode) doc.path("question").path("indexationAN");
        indexing.remove("analyses");
        indexing.putObject("ANALYSE").putArray("ANA").add("Jeunes agriculteurs").add("installation. aides");

        Question q = OpenDataFixtures.read(reader, "ana.json", JSON.writeValueAsBytes(doc))
                .questions()
                .get(0);

        assertEquals(
                new Indexing("agriculture", null, List.of("Jeunes agriculteurs", "installation. aides"), null),
                q.indexing());
    }

    @Test
    void truncatedDocumentIsReportedWithLineAndColumnAndEarlierRecordsAreKept() {
        String text = new String(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_JSON), StandardCharsets.UTF_8);
        byte[] truncated =
                text.substring(0, text.indexOf("QANR5L14QOSD812") + 200).getBytes(StandardCharsets.UTF_8);

        Result result = OpenDataFixtures.read(reader, "truncated.json", truncated);

        assertEquals(List.of("QANR5L14QE59906", "QANR5L14QE81234"), uids(result.questions()));
        assertEquals(1, result.problems().size());
        SourceFormatException fault = result.problems().get(0);
        assertEquals("truncated.json", fault.file());
        assertTrue(fault.place().matches("record 3, line \\d+:\\d+"), fault.place());
        assertTrue(fault.problem().startsWith("malformed JSON"), fault.problem());
    }

    @Test
    void documentCutBetweenRecordsIsReportedAsTruncated() {
        String text = new String(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_JSON), StandardCharsets.UTF_8);
        int end = text.indexOf("{\"@xsi:type\": \"QuestionOrale_Type\"");
        byte[] truncated = text.substring(0, end).getBytes(StandardCharsets.UTF_8);

        Result result = OpenDataFixtures.read(reader, "cut.json", truncated);

        assertEquals(2, result.questions().size());
        assertEquals(1, result.problems().size());
        assertTrue(
                result.problems().get(0).place().matches("line \\d+:\\d+"),
                result.problems().get(0).place());
    }

    @Test
    void recordWithoutUidIsReportedAndTheOthersAreRead() throws Exception {
        ObjectNode doc = dump();
        ((ObjectNode) records(doc).get(1)).remove("uid");

        Result result = OpenDataFixtures.read(reader, "no-uid.json", JSON.writeValueAsBytes(doc));

        assertEquals(List.of("QANR5L14QE59906", "QANR5L14QOSD812"), uids(result.questions()));
        assertEquals(1, result.problems().size());
        SourceFormatException fault = result.problems().get(0);
        assertEquals("no-uid.json", fault.file());
        assertTrue(fault.place().startsWith("record 2"), fault.place());
        assertEquals("missing uid", fault.problem());
    }

    @Test
    void unknownXsiTypeIsReportedAsARecordFault() throws Exception {
        ObjectNode doc = dump();
        ((ObjectNode) records(doc).get(0)).put("@xsi:type", "QuestionPetition_Type");

        Result result = OpenDataFixtures.read(reader, "type.json", JSON.writeValueAsBytes(doc));

        assertEquals(2, result.questions().size());
        assertEquals(
                "unknown xsi:type 'QuestionPetition_Type'",
                result.problems().get(0).problem());
        assertTrue(result.problems().get(0).place().startsWith("record 1"));
    }

    @Test
    void missingNumberThrowsInStrictModeNamingFileAndField() throws Exception {
        SourceFormatException e = strictFault("identifiant", "numero");

        assertEquals("bad.json", e.file());
        assertEquals("missing number (identifiant/numero)", e.problem());
    }

    @Test
    void missingLegislatureThrowsInStrictModeNamingFileAndField() throws Exception {
        SourceFormatException e = strictFault("identifiant", "legislature");

        assertEquals("bad.json", e.file());
        assertEquals("missing legislature (identifiant/legislature)", e.problem());
    }

    @Test
    void missingTypeThrowsInStrictModeNamingFileAndField() throws Exception {
        SourceFormatException e = strictFault("type", "@xsi:type");

        assertEquals("bad.json", e.file());
        assertEquals("missing type (type or @xsi:type)", e.problem());
    }

    @Test
    void uidThatDisagreesWithIdentifiantIsAFault() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(OpenDataFixtures.bytes("QANR5L15QE4242.json"));
        ((ObjectNode) doc.get("question")).put("uid", "QANR5L15QE4243");

        Result result = OpenDataFixtures.read(reader, "uid.json", JSON.writeValueAsBytes(doc));

        assertEquals(List.of(), result.questions());
        assertEquals(
                "uid QANR5L15QE4243 disagrees with identifiant and type, which give QANR5L15QE4242",
                result.problems().get(0).problem());
    }

    @Test
    void typeThatDisagreesWithXsiTypeIsAFault() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(OpenDataFixtures.bytes("QANR5L15QE4242.json"));
        ((ObjectNode) doc.get("question")).put("type", "QG");

        Result result = OpenDataFixtures.read(reader, "type.json", JSON.writeValueAsBytes(doc));

        assertEquals(
                "type QG disagrees with xsi:type QuestionEcrite_Type",
                result.problems().get(0).problem());
    }

    @Test
    void documentWithoutRecordsIsReported() {
        Result result = OpenDataFixtures.read(
                reader, "empty.json", "{\"questionsEcrites\": {\"question\": []}}".getBytes(StandardCharsets.UTF_8));

        assertEquals("holds no question record", result.problems().get(0).problem());
    }

    @Test
    void acceptsSingleRecordsAndDumpsWithOrWithoutBom() {
        assertTrue(accepts(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_JSON)));
        assertTrue(accepts(OpenDataFixtures.bytes("QANR5L16QG57.json")));
        assertTrue(accepts(("\uFEFF \n{\"questionsGouvernement\": {\"question\": [{\"uid\": \"QANR5L14QG1\"}]}}")
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rejectsOtherFormats() {
        assertFalse(accepts(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_XML)));
        assertFalse(accepts(OpenDataFixtures.bytes("QANR5L15QE1500.xml")));
        assertFalse(accepts("{\"acteur\": {\"uid\": {\"#text\": \"PA1857\"}, \"etatCivil\": {}}}"
                .getBytes(StandardCharsets.UTF_8)));
        assertFalse(accepts(
                "{\"organe\": {\"uid\": \"PO702926\", \"codeType\": \"MINISTERE\"}}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(accepts("<?xml version=\"1.0\"?>\n<QUESTION TYPE=\"QE\"><LEGISLATURE>14</LEGISLATURE></QUESTION>"
                .getBytes(StandardCharsets.UTF_8)));
        assertFalse(
                accepts("ttps://www.assemblee-nationale.fr/dyn/14/questions/QANR5I 14QF59906\n\n## 14ème legislature\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertFalse(accepts("<html><body>{\"question\": \"uid\"}</body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    private boolean accepts(byte[] content) {
        Input input = Input.of("sniffed", content);
        return reader.accepts(input.head(), input.headText());
    }

    private SourceFormatException strictFault(String... removed) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(OpenDataFixtures.bytes("QANR5L15QE4242.json"));
        ObjectNode record = (ObjectNode) doc.get("question");
        if (removed[0].equals("identifiant")) {
            ((ObjectNode) record.get("identifiant")).remove(removed[1]);
        } else {
            record.remove(Arrays.asList(removed));
        }
        byte[] content = JSON.writeValueAsBytes(doc);
        return assertThrows(
                SourceFormatException.class,
                () -> reader.read(Input.of("bad.json", content), e -> {}, Problems.strict()));
    }

    private static ObjectNode dump() throws Exception {
        return (ObjectNode) JSON.readTree(OpenDataFixtures.bytes(OpenDataFixtures.DUMP_JSON));
    }

    private static ArrayNode records(ObjectNode dump) {
        return (ArrayNode) dump.path("questionsEcrites").path("question");
    }

    static List<String> uids(List<Question> questions) {
        return questions.stream().map(Question::key).toList();
    }
}

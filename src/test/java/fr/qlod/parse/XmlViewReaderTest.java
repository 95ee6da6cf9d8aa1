package fr.qlod.parse;

import static fr.qlod.parse.FicheHtmlReaderTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.SeedDocuments;
import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Entity;
import fr.qlod.model.Erratum;
import fr.qlod.model.ErratumTarget;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.JoType;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlViewReaderTest {
    private static final MinistryRef DEFENCE_BEFORE = new MinistryRef("Défense", "Ministère de la défense", "PO653280");
    private static final MinistryRef DEFENCE_AFTER = new MinistryRef("Défense", "Ministère de la défense", "PO700737");
    private static final String SECRET = "top-secret-content-of-a-local-file";
    private final XmlViewReader reader = new XmlViewReader();

    @Test
    void readsAttributionHistoryRenewalClosureAndAnswerTable() {
        JoPublication answered = new JoPublication(date(2014, 7, 22), 6231, JoType.JO_QUESTION, 29, null);
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 51234))
                .origin(new Origin(SourceFormat.XML_VIEW, "14-51234QE.xml", null))
                .author(new Author(Civility.MME, "Anne-Sophie", "Le Dantec", "PA1408", "PM640112"))
                .group(new GroupRef("Les Républicains", "LES-REP", "PO707869"))
                .constituency(new Constituency("08", "Ardennes", 3, "Alsace - Champagne-Ardenne - Lorraine"))
                .questioned(DEFENCE_BEFORE)
                .allocation(new Allocation(
                        DEFENCE_BEFORE,
                        date(2014, 3, 11),
                        new JoPublication(date(2014, 3, 11), null, JoType.JO_QUESTION, 10, null)))
                .allocation(new Allocation(
                        DEFENCE_AFTER,
                        date(2014, 4, 3),
                        new JoPublication(date(2014, 4, 3), null, JoType.JO_LOI_DECRET, null, null)))
                .indexing(new Indexing("défense", "matériels", List.of("véhicules blindés", "maintenance"), null))
                .published(new JoPublication(date(2014, 3, 11), 2262, JoType.JO_QUESTION, 10, null))
                .text("Mme Anne-Sophie Le Dantec interroge M. le ministre de la défense sur l'entretien des "
                        + "véhicules blindés.\n\nElle lui demande de préciser leur taux de disponibilité au "
                        + "31 décembre 2013.")
                .renewal(new JoPublication(date(2014, 6, 17), null, JoType.JO_QUESTION, 24, null))
                .closure(new Closure(Status.ANSWERED, "REP_PUB", "Réponse publiée", date(2014, 7, 22), answered))
                .answer(new Answer(
                        "Les données demandées figurent dans le tableau suivant :\n\n"
                                + "MATÉRIEL DISPONIBILITÉ\n(en %)\n\n2012 2013\n\n"
                                + "VBL\n(véhicule blindé léger)\n61,20 58,40\n\nVAB 1 204 1 187",
                        answered))
                .build();
        assertEquals(expected, read("14-51234QE.xml"));
    }

    @Test
    void readsQuestionWithdrawnAtTheEndOfTheMandateWithoutAnswer() {
        MinistryRef transports = new MinistryRef("Transports, mer et pêche", "Transports, mer et pêche", "PO645117");
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 7702))
                .origin(new Origin(SourceFormat.XML_VIEW, "14-7702QE.xml", null))
                .author(new Author(Civility.M, "Jean-Luc", "Marchal", "PA2231", "PM602871"))
                .group(new GroupRef("Socialiste, républicain et citoyen", "SRC", "PO656022"))
                .constituency(new Constituency("2A", "Corse-du-Sud", 1, "Corse"))
                .questioned(transports)
                .allocation(new Allocation(
                        transports,
                        date(2012, 10, 23),
                        new JoPublication(date(2012, 10, 23), null, JoType.JO_QUESTION, 43, null)))
                .indexing(new Indexing("transports aériens", "aéroports", List.of("desserte"), null))
                .published(new JoPublication(date(2012, 10, 23), 5871, JoType.JO_QUESTION, 43, null))
                .text("M. Jean-Luc Marchal interroge M. le ministre délégué chargé des transports sur la desserte "
                        + "aérienne d'Ajaccio en hiver.")
                .closure(new Closure(
                        Status.WITHDRAWN_END_OF_MANDATE,
                        "FIN_MAN",
                        "Fin de mandat",
                        date(2014, 7, 8),
                        new JoPublication(date(2014, 7, 8), 5731, JoType.JO_QUESTION, 27, null)))
                .build();
        Question q = read("14-7702QE.xml");
        assertEquals(expected, q);
        assertEquals(Status.WITHDRAWN_END_OF_MANDATE, q.status());
    }

    @Test
    void readsErrataAndSignalement() {
        MinistryRef overseas = new MinistryRef("Outre-mer", "Ministère des outre-mer", "PO645122");
        JoPublication answered = new JoPublication(date(2014, 4, 15), 1402, JoType.JO_DEBAT, 18, null);
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QOSD, 23456))
                .origin(new Origin(SourceFormat.XML_VIEW, "14-23456QOSD.xml", null))
                .author(new Author(Civility.MME, "Maëlle", "Fournier-Ribeiro", "PA610044", "PM603311"))
                .group(new GroupRef("Écologiste", "ECOLO", "PO656018"))
                .constituency(new Constituency("974", "Réunion", 5, "La Réunion"))
                .questioned(overseas)
                .allocation(new Allocation(
                        overseas,
                        date(2014, 2, 4),
                        new JoPublication(date(2014, 2, 4), null, JoType.JO_QUESTION, 5, null)))
                .indexing(new Indexing("outre-mer", "DOM : La Réunion", List.of("eau", "assainissement"), null))
                .published(new JoPublication(date(2014, 2, 4), 981, JoType.JO_QUESTION, 5, null))
                .text("Mme Maëlle Fournier-Ribeiro attire l'attention de M. le ministre des outre-mer sur "
                        + "l'assainissement à La Réunion.\n\nElle lui demande quels crédits seront engagés en 2014.")
                .erratum(new Erratum(
                        ErratumTarget.QUESTION,
                        new JoPublication(date(2014, 2, 11), 1190, JoType.JO_QUESTION, null, null),
                        null))
                .signalement(new JoPublication(date(2014, 3, 25), null, JoType.JO_QUESTION, 12, null))
                .closure(new Closure(Status.ANSWERED, "REP_PUB", "Réponse publiée", date(2014, 4, 15), answered))
                .answer(new Answer(
                        "M. le ministre des outre-mer. Madame la députée, 12 millions d'euros y seront " + "consacrés.",
                        answered))
                .erratum(new Erratum(
                        ErratumTarget.ANSWER,
                        new JoPublication(date(2014, 4, 22), 1533, JoType.JO_DEBAT, null, null),
                        null))
                .build();
        assertEquals(expected, read("14-23456QOSD.xml"));
    }

    @Test
    void decodesPredefinedAndCharacterEntities() {
        String xml = fixture("14-7702QE.xml")
                .replace(
                        "<LIBELLE>Socialiste, républicain et citoyen</LIBELLE>",
                        "<LIBELLE>Gauche d&#233;mocrate &amp; r&#xE9;publicaine</LIBELLE>");
        assertEquals(
                new GroupRef("Gauche démocrate & républicaine", "SRC", "PO656022"),
                read("amp.xml", xml).group());
    }

    @Test
    void refusesDocumentWithoutType() {
        String xml = fixture("14-7702QE.xml").replace("<QUESTION TYPE=\"QE\">", "<QUESTION>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("notype.xml", xml));
        assertEquals("notype.xml", e.file());
        assertEquals("line 2:11", e.place());
        assertTrue(e.problem().contains("QUESTION@TYPE"), e.problem());
    }

    @Test
    void sourcesReportAViewWithoutTypeAsMissingItsType() {
        String xml = fixture("14-7702QE.xml").replace("<QUESTION TYPE=\"QE\">", "<QUESTION>");
        Input input = Input.of("notype.xml", xml.getBytes(StandardCharsets.UTF_8));
        SourceFormatException e = assertThrows(
                SourceFormatException.class, () -> Sources.create().readDocument(input, q -> {}, Problems.strict()));
        assertTrue(e.problem().contains("QUESTION@TYPE"), e.problem());
    }

    @Test
    void refusesDocumentWithoutLegislature() {
        String xml = fixture("14-7702QE.xml").replace("<LEGISLATURE>14</LEGISLATURE>", "<LEGISLATURE/>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("noleg.xml", xml));
        assertEquals("noleg.xml", e.file());
        assertTrue(e.problem().contains("LEGISLATURE"), e.problem());
    }

    @Test
    void refusesDocumentWithoutNumber() {
        String xml = fixture("14-7702QE.xml").replace("<DEPOT NUMERO=\"7702\">", "<DEPOT>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("nonum.xml", xml));
        assertEquals("nonum.xml", e.file());
        assertTrue(e.problem().contains("DEPOT@NUMERO"), e.problem());
    }

    @Test
    void refusesTruncatedDocumentWithLineAndColumn() {
        String xml = fixture("14-51234QE.xml");
        String cut = xml.substring(0, xml.indexOf("<CLOTURE>") + "<CLOTURE>\n        <DATE_".length());
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("cut.xml", cut));
        assertEquals("cut.xml", e.file());
        assertTrue(e.place().matches("line \\d+:\\d+"), e.place());
        assertTrue(e.problem().startsWith("malformed XML"), e.problem());
    }

    @Test
    void neverResolvesAnExternalEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
        String xml = fixture("14-7702QE.xml")
                .replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE QUESTION [<!ENTITY xxe SYSTEM \""
                                + secret.toUri() + "\">]>\n")
                .replace("<NOM>Marchal</NOM>", "<NOM>&xxe;</NOM>");
        assertTrue(reader.accepts(xml.getBytes(StandardCharsets.UTF_8), xml));
        assertNeverLeaks("xxe.xml", xml);
    }

    @Test
    void neverFetchesAnExternalDtd(@TempDir Path dir) throws IOException {
        Path dtd = Files.writeString(dir.resolve("evil.dtd"), "<!ENTITY leak \"" + SECRET + "\">");
        String xml = fixture("14-7702QE.xml")
                .replace(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE QUESTION SYSTEM \"" + dtd.toUri()
                                + "\">\n")
                .replace("<NOM>Marchal</NOM>", "<NOM>&leak;</NOM>");
        assertNeverLeaks("dtd.xml", xml);
    }

    /** With DTDs off the entity stays undeclared: the document is refused and the file never read. */
    private void assertNeverLeaks(String name, String xml) {
        List<Entity> out = new ArrayList<>();
        SourceFormatException e = assertThrows(
                SourceFormatException.class,
                () -> reader.read(Input.of(name, xml.getBytes(StandardCharsets.UTF_8)), out::add, Problems.strict()));
        assertEquals(name, e.file());
        assertTrue(e.place().matches("line \\d+:\\d+"), e.place());
        assertFalse(e.getMessage().contains(SECRET), e.getMessage());
        assertTrue(out.isEmpty());
    }

    @Test
    void acceptsTheXmlViewWhateverItsProlog() {
        for (String name : List.of("14-51234QE.xml", "14-7702QE.xml", "14-23456QOSD.xml")) {
            byte[] bytes = resource("xml-view/" + name);
            assertTrue(reader.accepts(bytes, Decoding.decode(bytes, null)), name);
        }
        String bare = "<QUESTION TYPE=\"QG\"><LEGISLATURE>14</LEGISLATURE>";
        assertTrue(reader.accepts(bare.getBytes(StandardCharsets.UTF_8), bare));
        String commented = "\uFEFF<?xml version=\"1.0\"?>\n<!-- vue xml -->\n<QUESTION  TYPE='QE'>";
        assertTrue(reader.accepts(commented.getBytes(StandardCharsets.UTF_8), commented));
    }

    @Test
    void rejectsOtherFormats() {
        for (String name : List.of(
                "fiche/9-312QOSD.htm", "fiche/11-2204QOSD.htm", SeedDocuments.SEED_000, SeedDocuments.SEED_001)) {
            byte[] bytes = resource(name);
            assertFalse(reader.accepts(bytes, Decoding.decode(bytes, null)), name);
        }
        for (String text : FicheHtmlReaderTest.OtherFormats.ALL) {
            assertFalse(reader.accepts(text.getBytes(StandardCharsets.UTF_8), text), text);
        }
        String lowerCase = "<?xml version=\"1.0\"?>\n<question TYPE=\"QE\"><legislature>14</legislature>";
        assertFalse(reader.accepts(lowerCase.getBytes(StandardCharsets.UTF_8), lowerCase));
        String otherRoot = "<?xml version=\"1.0\"?>\n<QUESTIONS><QUESTION TYPE=\"QE\">";
        assertFalse(reader.accepts(otherRoot.getBytes(StandardCharsets.UTF_8), otherRoot));
    }

    @Test
    void sourcesDispatchTheXmlViewToThisReader() {
        Input input = Input.of("14-7702QE.xml", resource("xml-view/14-7702QE.xml"));
        assertInstanceOf(XmlViewReader.class, Sources.create().readerFor(input));
    }

    private Question read(String fixture) {
        return read(fixture, fixture(fixture));
    }

    private Question read(String name, String xml) {
        List<Entity> out = new ArrayList<>();
        reader.read(Input.of(name, xml.getBytes(StandardCharsets.UTF_8)), out::add, Problems.strict());
        assertEquals(1, out.size());
        return (Question) out.get(0);
    }

    private static String fixture(String name) {
        return new String(resource("xml-view/" + name), StandardCharsets.UTF_8);
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}

package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.SeedDocuments;
import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
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
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableHtmlReaderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String SEED = "table/table-seed-000.html";
    private static final String WITHDRAWN = "table/table-withdrawn.html";
    private final TableHtmlReader reader = new TableHtmlReader();

    private Question read(String resource) {
        return TableFixtures.read(reader, resource);
    }

    /** A fixture as text, to be altered and read again as windows-1252 bytes. */
    private static String page(String resource) {
        return new String(TableFixtures.bytes(resource), CP1252);
    }

    private Question readPage(String name, String html) {
        return TableFixtures.read(reader, name, html.getBytes(CP1252));
    }

    @Test
    void readsEveryFieldOfSeed000AsATablePage() {
        Question q = read(SEED);
        assertEquals(Seed000.expected(new Origin(SourceFormat.HTML_TABLE, SEED, null)), q);
        assertEquals(Status.ANSWERED, q.status());
    }

    @Test
    void readsTheCanonicalUrlWhenThePageNamesOne() {
        String url = "https://questions.assemblee-nationale.fr/q14/14-59906QE.htm";
        String html = page(SEED).replace("</head>", "<link rel=\"canonical\" href=\"" + url + "\" />\n</head>");
        assertEquals(url, readPage("canonical.html", html).origin().sourceUrl());
    }

    @Test
    void decodesWindows1252DeclaredAsLatin1() {
        byte[] bytes = TableFixtures.bytes(WITHDRAWN);
        assertTrue(contains(bytes, (byte) 0x92) && contains(bytes, (byte) 0x9C), "fixture holds ’ and œ as cp1252");
        Question q = read(WITHDRAWN);
        assertTrue(q.text().contains("l’attention") && q.text().contains("mettre en œuvre"), q.text());
        assertEquals(
                List.of("stations d’épuration. mise aux normes. financement."),
                q.indexing().analyses());
    }

    @Test
    void readsAWithdrawalAtTheEndOfTheMandate() {
        Question expected = Question.builder()
                .id(new QuestionId(13, QuestionType.QE, 129455))
                .origin(new Origin(SourceFormat.HTML_TABLE, WITHDRAWN, null))
                .author(new Author(Civility.MME, "Hélène", "Marchetti", null, null))
                .group(new GroupRef("Nouveau Centre", null, null))
                .constituency(new Constituency(null, "Haute-Corse", null, null))
                .questioned(MinistryRef.named("Écologie, développement durable, transports et logement"))
                .allocation(new Allocation(MinistryRef.named("Écologie, développement durable et énergie"), null, null))
                .indexing(new Indexing(
                        "eau", "assainissement", List.of("stations d’épuration. mise aux normes. financement."), null))
                .published(JoPublication.of(LocalDate.of(2012, 3, 13), 2214))
                .text("Mme Hélène Marchetti attire l’attention de Mme la ministre de l’écologie sur la mise aux normes "
                        + "des stations d’épuration des petites communes.\n\nElle souhaite connaître les moyens que "
                        + "l’État entend mettre en œuvre pour aider ces communes à financer leurs travaux.")
                .closure(new Closure(
                        Status.WITHDRAWN_END_OF_MANDATE, null, "fin de mandat", LocalDate.of(2012, 6, 19), null))
                .build();
        Question q = read(WITHDRAWN);
        assertEquals(expected, q);
        assertEquals("2B", q.constituency().departmentCode());
    }

    @Test
    void keepsAWithdrawalWhoseDateIsEmpty() {
        String html = page(WITHDRAWN)
                .replace(
                        "Question retirée le : <b>19/06/2012</b> (fin de mandat)",
                        "Question retirée le : <b></b> (fin de mandat)");
        assertEquals(
                new Closure(Status.WITHDRAWN_END_OF_MANDATE, null, "fin de mandat", null, null),
                readPage("empty-date.html", html).closure());
    }

    @Test
    void readsSignalementRenewalChangeOfAttributionAndAnswerErratum() {
        String file = "table/table-signalement.html";
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 30214))
                .origin(new Origin(SourceFormat.HTML_TABLE, file, null))
                .author(new Author(Civility.M, "Bernard", "Leclercq", null, null))
                .group(new GroupRef("Socialiste, républicain et citoyen", null, null))
                .constituency(new Constituency(null, "Pas-de-Calais", null, null))
                .questioned(MinistryRef.named("Affaires sociales et santé"))
                .allocation(new Allocation(
                        MinistryRef.named("Affaires sociales, santé et droits des femmes"),
                        LocalDate.of(2014, 4, 3),
                        null))
                .indexing(new Indexing(
                        "santé", "maladies rares", List.of("prise en charge. centres de référence."), null))
                .published(JoPublication.of(LocalDate.of(2013, 6, 25), 6543))
                .text("M. Bernard Leclercq interroge Mme la ministre des affaires sociales et de la santé sur la prise "
                        + "en charge des patients atteints de maladies rares.\n\nIl lui demande quel sera le "
                        + "calendrier du prochain plan national.")
                .answer(new Answer(
                        "Le deuxième plan national maladies rares a été prolongé jusqu'à la fin de "
                                + "l'année 2016.\n\nUne évaluation sera conduite avant l'élaboration du plan suivant.",
                        JoPublication.of(LocalDate.of(2014, 6, 3), 4521)))
                .signalement(JoPublication.of(LocalDate.of(2013, 10, 22), null))
                .renewal(JoPublication.of(LocalDate.of(2013, 10, 1), null))
                .erratum(new Erratum(ErratumTarget.ANSWER, JoPublication.of(LocalDate.of(2014, 6, 17), 4987), null))
                .build();
        assertEquals(expected, read(file));
    }

    @Test
    void readsTheDebateOfAQuestionToTheGovernmentAsItsAnswer() {
        String file = "table/table-qg.html";
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QG, 1523))
                .origin(new Origin(SourceFormat.HTML_TABLE, file, null))
                .author(new Author(Civility.MME, "Sophie", "Arnaud", null, null))
                .group(new GroupRef("Écologiste", null, null))
                .constituency(new Constituency(null, "Gironde", null, null))
                .questioned(MinistryRef.named("Logement"))
                .allocation(new Allocation(MinistryRef.named("Logement"), null, null))
                .indexing(new Indexing("logement", "logement social", List.of("construction. objectifs."), null))
                .answer(new Answer(
                        "OBJECTIFS DE CONSTRUCTION DE LOGEMENTS SOCIAUX\n\n"
                                + "M. le président. La parole est à Mme Sophie Arnaud, pour le groupe écologiste.\n\n"
                                + "Mme Sophie Arnaud. Madame la ministre, où en est l'objectif de 150 000 logements sociaux "
                                + "par an ?\n\nM. le président. La parole est à Mme la ministre de l'égalité des territoires "
                                + "et du logement.",
                        JoPublication.of(LocalDate.of(2013, 10, 16), 9876)))
                .build();
        Question q = read(file);
        assertEquals(expected, q);
        assertEquals("", q.text());
        assertNull(q.published());
    }

    @Test
    void refusesAPageWithoutNumber() {
        String html = page(SEED).replace("Question N° : <b>59906</b>", "Question N° : <b></b>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readPage("no-number.html", html));
        assertEquals("no-number.html", e.file());
        assertTrue(e.problem().contains("number"), e.problem());
    }

    @Test
    void refusesAPageWithoutLegislature() {
        String html = page(SEED).replace("14ème législature", "");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readPage("no-leg.html", html));
        assertEquals("no-leg.html", e.file());
        assertTrue(e.problem().contains("legislature"), e.problem());
    }

    @Test
    void refusesAPageWithoutType() {
        String html = page(SEED).replace("<b>Question écrite</b>", "<b></b>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readPage("no-type.html", html));
        assertEquals("no-type.html", e.file());
        assertTrue(e.problem().contains("type"), e.problem());
    }

    @Test
    void refusesATruncatedPage() {
        String html = page(SEED);
        String cut = html.substring(0, html.indexOf("<h2> Texte de la question"));
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readPage("cut.html", cut));
        assertEquals("cut.html", e.file());
        assertTrue(e.problem().contains("truncated"), e.problem());
    }

    @Test
    void acceptsTablePages() {
        for (String file : List.of(SEED, WITHDRAWN, "table/table-signalement.html", "table/table-qg.html")) {
            assertTrue(TableFixtures.accepts(reader, TableFixtures.bytes(file)), file);
        }
    }

    @Test
    void rejectsOtherFormats() {
        for (String other : List.of(
                SeedDocuments.SEED_000,
                SeedDocuments.SEED_001,
                "table/text-withdrawn.txt",
                "ezpublish/ez-14-qe-answered.html",
                "ezpublish/ez-14-qg.html",
                "ezpublish/ez-15-qe-titre.html")) {
            assertFalse(TableFixtures.accepts(reader, TableFixtures.bytes(other)), other);
        }
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }
}

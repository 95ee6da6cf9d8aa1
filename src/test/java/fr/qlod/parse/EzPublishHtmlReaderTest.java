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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EzPublishHtmlReaderTest {
    private static final String ANSWERED = "ezpublish/ez-14-qe-answered.html";
    private static final String WITHDRAWN = "ezpublish/ez-14-qe-withdrawn.html";
    private static final String QG = "ezpublish/ez-14-qg.html";
    private static final String TITRE = "ezpublish/ez-15-qe-titre.html";
    private static final String DETAIL = "https://questions.assemblee-nationale.fr/questions/detail/";
    private final EzPublishHtmlReader reader = new EzPublishHtmlReader();

    private Question read(String resource) {
        return TableFixtures.read(reader, resource);
    }

    private Question readPage(String name, String html) {
        return TableFixtures.read(reader, name, html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAnAnsweredWrittenQuestion() {
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 98765))
                .origin(new Origin(SourceFormat.HTML_EZPUBLISH, ANSWERED, DETAIL + "14/qe/98765"))
                .author(new Author(Civility.MME, "Lucie", "Fournel", "PA610111", null))
                .group(new GroupRef("Socialiste, écologiste et républicain", null, null))
                .constituency(new Constituency(null, "Puy-de-Dôme", null, null))
                .questioned(MinistryRef.named("Agriculture, agroalimentaire et forêt"))
                .allocation(new Allocation(
                        MinistryRef.named("Agriculture et alimentation"), LocalDate.of(2017, 5, 18), null))
                .indexing(new Indexing("agriculture", "semences", List.of("semences de ferme. réglementation."), null))
                .published(JoPublication.of(LocalDate.of(2017, 4, 18), 2871))
                .text("Mme Lucie Fournel attire l'attention de M. le ministre de l'agriculture sur l'usage des "
                        + "semences de ferme par les exploitants.")
                .answer(new Answer(
                        "L'utilisation des semences de ferme est encadrée par le code de la propriété "
                                + "intellectuelle.\n\nLe ministère de l'agriculture et de l'alimentation veille à la mise en "
                                + "œuvre équilibrée de ce dispositif.",
                        JoPublication.of(LocalDate.of(2017, 5, 30), 3702)))
                .build();
        Question q = read(ANSWERED);
        assertEquals(expected, q);
        assertEquals(Status.ANSWERED, q.status());
        assertEquals("63", q.constituency().departmentCode());
    }

    @Test
    void readsAWithdrawalAtTheEndOfTheMandate() {
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 104321))
                .origin(new Origin(SourceFormat.HTML_EZPUBLISH, WITHDRAWN, DETAIL + "14/qe/104321"))
                .author(new Author(Civility.M, "Armand", "Perrot", "PA2200", null))
                .group(new GroupRef("Non inscrit", null, null))
                .constituency(new Constituency(null, "Loir-et-Cher", null, null))
                .questioned(MinistryRef.named("Agriculture et alimentation"))
                .allocation(new Allocation(MinistryRef.named("Agriculture et alimentation"), null, null))
                .indexing(new Indexing(
                        "agroalimentaire", "viticulture", List.of("grêle. indemnisation. perspectives."), null))
                .published(JoPublication.of(LocalDate.of(2017, 6, 20), null))
                .text("M. Armand Perrot interroge M. le ministre de l'agriculture et de l'alimentation sur "
                        + "l'indemnisation des viticulteurs touchés par la grêle.")
                .closure(new Closure(
                        Status.WITHDRAWN_END_OF_MANDATE, null, "fin de mandat", LocalDate.of(2017, 6, 20), null))
                .build();
        Question q = read(WITHDRAWN);
        assertEquals(expected, q);
        assertEquals(Status.WITHDRAWN_END_OF_MANDATE, q.status());
    }

    @Test
    void readsTheDebateOfAQuestionToTheGovernmentAsItsAnswer() {
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QG, 4712))
                .origin(new Origin(SourceFormat.HTML_EZPUBLISH, QG, DETAIL + "14/qg/4712"))
                .author(new Author(Civility.M, "Régis", "Caron", "PA607700", null))
                .group(new GroupRef("Socialiste, écologiste et républicain", null, null))
                .constituency(new Constituency(null, "Nord", null, null))
                .questioned(MinistryRef.named("Industrie"))
                .allocation(new Allocation(MinistryRef.named("Industrie"), null, null))
                .indexing(new Indexing("industrie", "emploi", List.of("quinquennat. bilan."), null))
                .published(JoPublication.of(LocalDate.of(2017, 3, 1), null))
                .answer(new Answer(
                        "EMPLOI INDUSTRIEL DANS LE NORD\n\nM. le président. La parole est à M. Régis "
                                + "Caron, pour le groupe socialiste, écologiste et républicain.\n\nM. Régis Caron. Monsieur "
                                + "le secrétaire d'État chargé de l'industrie, quel bilan tirez-vous des cinq dernières "
                                + "années ?",
                        JoPublication.of(LocalDate.of(2017, 3, 1), 1234)))
                .build();
        Question q = read(QG);
        assertEquals(expected, q);
        assertEquals("", q.text());
    }

    @Test
    void readsTheTitleThatReplacesTeteDAnalyseFromLegislature15() {
        Question expected = Question.builder()
                .id(new QuestionId(15, QuestionType.QE, 45001))
                .origin(new Origin(SourceFormat.HTML_EZPUBLISH, TITRE, DETAIL + "15/qe/45001"))
                .author(new Author(Civility.MME, "Agathe", "Morel", "PA774000", null))
                .group(new GroupRef("Socialistes et apparentés", null, null))
                .constituency(new Constituency(null, "Seine-Maritime", null, null))
                .questioned(MinistryRef.named("Culture"))
                .allocation(new Allocation(MinistryRef.named("Culture"), null, null))
                .indexing(new Indexing("presse et livres", null, List.of(), "Accès des malvoyants aux livres"))
                .published(JoPublication.of(LocalDate.of(2022, 4, 19), 2544))
                .text("Mme Agathe Morel appelle l'attention de Mme la ministre de la culture sur l'accès des "
                        + "personnes malvoyantes aux livres adaptés.")
                .answer(new Answer(
                        "Le Gouvernement œuvre depuis plusieurs années pour l'accès au livre des "
                                + "personnes empêchées de lire.",
                        JoPublication.of(LocalDate.of(2022, 5, 10), 3101)))
                .build();
        assertEquals(expected, read(TITRE));
    }

    @Test
    void readsSignalementRenewalAndErrataLines() {
        String html = TableFixtures.text(ANSWERED)
                .replace(
                        "<div class=\"question_publish_date\">",
                        "<div class=\"question_publish_date\">\n"
                                + "<div>Date de signalement: <span class=\"question_big_content\">05/09/2017</span></div>\n"
                                + "<div>Date de renouvellement: <span class=\"question_big_content\">22/08/2017</span></div>\n"
                                + "<div>Erratum de la question publié au JO le : <span class=\"question_big_content\">25/04/2017"
                                + "</span>  page : <span class=\"question_big_content\">3010</span></div>\n");
        Question q = readPage("dates.html", html);
        assertEquals(List.of(JoPublication.of(LocalDate.of(2017, 9, 5), null)), q.signalements());
        assertEquals(List.of(JoPublication.of(LocalDate.of(2017, 8, 22), null)), q.renewals());
        assertEquals(
                List.of(new Erratum(ErratumTarget.QUESTION, JoPublication.of(LocalDate.of(2017, 4, 25), 3010), null)),
                q.errata());
    }

    @Test
    void prefersACanonicalUrlToThePdfForm() {
        String url = "https://questions.assemblee-nationale.fr/q14/14-98765QE.htm";
        String html = TableFixtures.text(ANSWERED)
                .replace("</head>", "<link rel=\"canonical\" href=\"" + url + "\">\n</head>");
        assertEquals(url, readPage("canonical.html", html).origin().sourceUrl());
    }

    @Test
    void ignoresAPdfFormOfAnotherQuestion() {
        String html = TableFixtures.text(ANSWERED).replace("/detail/14/qe/98765/", "/detail/14/qe/12345/");
        assertNull(readPage("other-form.html", html).origin().sourceUrl());
    }

    @Test
    void refusesAPageWithoutNumber() {
        String html = TableFixtures.text(ANSWERED).replace(" Question N° 98765</div>", " Question N° </div>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readPage("no-number.html", html));
        assertEquals("no-number.html", e.file());
        assertTrue(e.problem().contains("number"), e.problem());
    }

    @Test
    void refusesAPageWithoutLegislature() {
        String html = TableFixtures.text(ANSWERED).replace("14ème législature", "");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readPage("no-leg.html", html));
        assertEquals("no-leg.html", e.file());
        assertTrue(e.problem().contains("legislature"), e.problem());
    }

    @Test
    void refusesAPageWithoutType() {
        String html = TableFixtures.text(ANSWERED)
                .replace("id=\"question_col10\">Question écrite</div>", "id=\"question_col10\"></div>");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readPage("no-type.html", html));
        assertEquals("no-type.html", e.file());
        assertTrue(e.problem().contains("type"), e.problem());
    }

    @Test
    void refusesATruncatedPage() {
        String html = TableFixtures.text(ANSWERED);
        String cut = html.substring(0, html.indexOf("<section class=\"question_answer\">"));
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readPage("cut.html", cut));
        assertEquals("cut.html", e.file());
        assertTrue(e.problem().contains("truncated"), e.problem());
    }

    @Test
    void acceptsEzPublishPages() {
        for (String file : List.of(ANSWERED, WITHDRAWN, QG, TITRE)) {
            assertTrue(TableFixtures.accepts(reader, TableFixtures.bytes(file)), file);
        }
    }

    @Test
    void acceptsARealPageWhoseQuestionLiesBeyondTheHead() {
        // real pages carry 32 KB of navigation before header.question_legislature
        String html = TableFixtures.text(ANSWERED);
        int headEnd = html.indexOf("</head>");
        String padded =
                html.substring(0, headEnd) + "<!--" + "x".repeat(Input.HEAD_SIZE * 2) + "-->" + html.substring(headEnd);
        assertTrue(TableFixtures.accepts(reader, padded.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rejectsOtherFormats() {
        for (String other : List.of(
                SeedDocuments.SEED_000,
                SeedDocuments.SEED_001,
                "table/text-signalement.txt",
                "table/table-seed-000.html",
                "table/table-qg.html")) {
            assertFalse(TableFixtures.accepts(reader, TableFixtures.bytes(other)), other);
        }
    }
}

package fr.qlod.parse;

import static fr.qlod.parse.TextDynReaderTest.accepts;
import static fr.qlod.parse.TextDynReaderTest.bytes;
import static fr.qlod.parse.TextDynReaderTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

class DynHtmlReaderTest {
    private static final String ANSWERED = "html-answered.html";
    private static final String UNANSWERED = "html-unanswered.html";
    private static final String WITHDRAWN = "html-withdrawn.html";

    private final DynHtmlReader reader = new DynHtmlReader();

    @Test
    void readsEveryFieldOfAnAnsweredQuestion() {
        Question expected = Question.builder()
                .id(new QuestionId(16, QuestionType.QE, 4127))
                .origin(new Origin(
                        SourceFormat.HTML_DYN,
                        ANSWERED,
                        "https://www.assemblee-nationale.fr/dyn/16/questions/QANR5L16QE4127"))
                .author(new Author(Civility.MME, "Hélène", "Marchetti", "PA795310", null))
                .group(new GroupRef("Démocrate (MoDem et Indépendants)", null, null))
                .constituency(new Constituency("91", "Essonne", null, null))
                .questioned(MinistryRef.named("Transports"))
                .allocation(new Allocation(MinistryRef.named("Transports"), null, null))
                .indexing(new Indexing("Transports ferroviaires", null, List.of(), "Transport ferroviaire de nuit"))
                // the page comes from the header link, the date from the box; the PDF is not on Légifrance
                .published(JoPublication.of(LocalDate.of(2022, 12, 6), 5871))
                .text("Mme Hélène Marchetti interroge M. le ministre délégué chargé des transports sur l’avenir des "
                        + "trains de nuit.\n\nElle souhaite connaître le calendrier de réouverture de la ligne "
                        + "Paris – Nice et les moyens qui y seront consacrés.")
                .answer(new Answer(
                        "Le Gouvernement soutient le développement des trains de nuit, qui répondent à "
                                + "une demande croissante de mobilité décarbonée.\n\nLa ligne Paris – Nice a rouvert en "
                                + "2021 ; de nouvelles voitures seront commandées d'ici 2025.",
                        JoPublication.of(LocalDate.of(2023, 3, 7), 2210)))
                .build();

        Question actual = read(ANSWERED);

        assertEquals(expected, actual);
        assertEquals(Status.ANSWERED, actual.status());
    }

    @Test
    void readsAnUnansweredQuestionAndPrefersTheCanonicalUrl() {
        Question expected = Question.builder()
                .id(new QuestionId(17, QuestionType.QE, 1536))
                .origin(new Origin(
                        SourceFormat.HTML_DYN,
                        UNANSWERED,
                        "https://www.assemblee-nationale.fr/dyn/17/questions/QANR5L17QE1536"))
                .author(new Author(Civility.M, "Julien", "Castagné", "PA841177", null))
                .group(new GroupRef("Rassemblement National", null, null))
                .constituency(new Constituency("33", "Gironde", null, null))
                .questioned(MinistryRef.named("Éducation nationale"))
                .allocation(new Allocation(MinistryRef.named("Éducation nationale"), null, null))
                .indexing(new Indexing(
                        "Enseignement maternel et primaire", null, List.of(), "Fermeture de classes en milieu rural"))
                .published(JoPublication.of(LocalDate.of(2024, 10, 29), 5712))
                .text("M. Julien Castagné alerte Mme la ministre de l'éducation nationale sur les fermetures de "
                        + "classes annoncées dans les écoles rurales de la Gironde.")
                .build();

        Question actual = read(UNANSWERED);

        assertEquals(expected, actual);
        assertEquals(Status.PENDING, actual.status());
    }

    @Test
    void readsWithdrawalChangeOfAttributionCirconscriptionAndLegifranceLink() {
        Question expected = Question.builder()
                .id(new QuestionId(16, QuestionType.QE, 9904))
                .origin(new Origin(
                        SourceFormat.HTML_DYN,
                        WITHDRAWN,
                        "https://www.assemblee-nationale.fr/dyn/16/questions/QANR5L16QE9904"))
                .author(new Author(Civility.M, "Yannick", "Le Goff", "PA793842", null))
                .group(new GroupRef("Gauche démocrate et républicaine - NUPES", null, null))
                .constituency(new Constituency("29", "Finistère", 3, null))
                .questioned(MinistryRef.named("Transition numérique et télécommunications"))
                .allocation(new Allocation(
                        MinistryRef.named("Économie, finances, souveraineté industrielle et numérique"),
                        LocalDate.of(2023, 7, 25),
                        null))
                .indexing(new Indexing("Télécommunications", null, List.of(), "Couverture mobile des zones blanches"))
                .published(new JoPublication(
                        LocalDate.of(2023, 7, 4),
                        6123,
                        null,
                        null,
                        "https://www.legifrance.gouv.fr/jorf/jo/2023/07/04/0153"))
                // "rÃ©seau" in the page is repaired
                .text("M. Yannick Le Goff appelle l'attention de M. le ministre délégué chargé du numérique sur les "
                        + "communes du Finistère où le réseau mobile reste inaccessible.")
                .closure(new Closure(
                        Status.WITHDRAWN_BY_AUTHOR,
                        null,
                        "Retrait à l'initiative de l'auteur",
                        LocalDate.of(2024, 6, 10),
                        null))
                .build();

        Question actual = read(WITHDRAWN);

        assertEquals(expected, actual);
        assertTrue(actual.status().isWithdrawn());
    }

    @Test
    void leavesTheConstituencyEmptyWhenTheAuthorLineGivesARegion() {
        String page = fixture(ANSWERED).replace("(Essonne - Démocrate", "(Ile-de-France - Démocrate");

        Question actual = read("region.html", page);

        assertNull(actual.constituency());
        assertEquals(new GroupRef("Démocrate (MoDem et Indépendants)", null, null), actual.group());
    }

    @Test
    void keepsOnlyLegifranceLinksAsJoUrls() {
        assertTrue(DynKeyData.isLegifrance("https://www.legifrance.gouv.fr/jorf/jo/2023/07/04/0153"));
        assertFalse(DynKeyData.isLegifrance(
                "https://questions.assemblee-nationale.fr/static/16/questions/jo/jo_anq_202229.pdf"));
        assertFalse(DynKeyData.isLegifrance("https://example.org/?next=www.legifrance.gouv.fr"));
        assertFalse(DynKeyData.isLegifrance("https://legifrance.gouv.fr.example.org/jo"));
    }

    @Test
    void rebuildsTheIdFromTitleAndLegislatureWithoutTheBlockUid() {
        String page = fixture(ANSWERED).replace("data-id=\"QANR5L16QE4127 / Bloc", "data-id=\"Bloc");

        assertEquals(
                new QuestionId(16, QuestionType.QE, 4127),
                read("no-uid.html", page).id());
    }

    @Test
    void rejectsAPageWithoutNumber() {
        String page = fixture(ANSWERED)
                .replace("data-id=\"QANR5L16QE4127 / Bloc", "data-id=\"Bloc")
                .replace("Question écrite n°4127 :", "Question écrite :");

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("no-number.html", page));

        assertEquals("no-number.html", e.file());
        assertEquals("missing required field(s): number", e.problem());
    }

    @Test
    void rejectsAPageWithoutLegislature() {
        String page = fixture(ANSWERED)
                .replace("data-id=\"QANR5L16QE4127 / Bloc", "data-id=\"Bloc")
                .replace("16ème Législature", "");

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("no-leg.html", page));

        assertEquals("no-leg.html", e.file());
        assertEquals("missing required field(s): legislature", e.problem());
    }

    @Test
    void rejectsAPageWithoutType() {
        String page = fixture(ANSWERED)
                .replace("data-id=\"QANR5L16QE4127 / Bloc", "data-id=\"Bloc")
                .replace("Question écrite n°4127 :", "Question n°4127 :")
                .replace("<span class=\"_regular\">Question écrite</span>", "<span class=\"_regular\"></span>");

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("no-type.html", page));

        assertEquals("missing required field(s): type", e.problem());
    }

    @Test
    void rejectsATruncatedPage() {
        String full = fixture(ANSWERED);
        String truncated = full.substring(0, full.indexOf("Données clés"));

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("cut.html", truncated));

        assertEquals("cut.html", e.file());
        assertTrue(e.problem().contains("truncated"), e.problem());
    }

    @Test
    void rejectsAPageWithoutTheQuestionBlock() {
        String page = "<!DOCTYPE html><html><head><meta property=\"og:url\" "
                + "content=\"https://www.assemblee-nationale.fr/dyn/16/questions/QANR5L16QE1\"/></head><body></body></html>";

        SourceFormatException e = assertThrows(SourceFormatException.class, () -> read("empty.html", page));

        assertEquals(DynHtmlReader.BLOCK, e.place());
    }

    @Test
    void acceptsItsOwnPagesOnly() {
        for (String name : List.of(ANSWERED, UNANSWERED, WITHDRAWN)) {
            assertTrue(accepts(reader, fixture(name)), name);
        }
        for (String name : List.of(SeedDocuments.SEED_001, "text-unanswered.txt", "text-withdrawn.txt")) {
            assertFalse(accepts(reader, fixture(name)), name);
        }
        // an ez-publish page shares the /dyn/ assets and links to the /dyn/ question list, never a uid
        assertFalse(accepts(
                reader,
                "<!DOCTYPE html>\n<html><head><script src=\"/dyn/es6/getvariable.js\"></script>"
                        + "</head><body><div class=\"new-style-ezpublish\"><a href=\"/dyn/16/questions\">Questions</a>"
                        + "<header class=\"question_legislature\">14ème législature</header></div></body></html>"));
        assertFalse(accepts(reader, "<HTML><BODY align=center>\n<TITLE>FICHE QUESTION</TITLE>\n<LEG>9</LEG>"));
        assertFalse(
                accepts(reader, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<QUESTION TYPE=\"QE\"><LEGISLATURE>14"));
    }

    @Test
    void acceptsAPageWhoseBlockLiesBeyondTheHeadByItsUrl() {
        String page = fixture(ANSWERED)
                .replace(
                        "<body class=\"_coloration-travaux\">",
                        "<body class=\"_coloration-travaux\"><!--" + "x".repeat(Input.HEAD_SIZE) + "-->");

        assertTrue(accepts(reader, page));
        assertFalse(
                new String(Input.of("p", page.getBytes(StandardCharsets.UTF_8)).head(), StandardCharsets.UTF_8)
                        .contains("an-bloc"));
    }

    @Test
    void detectionPicksTheRightDynReader() {
        Sources sources = Sources.create();
        for (String name : List.of(ANSWERED, UNANSWERED, WITHDRAWN)) {
            assertInstanceOf(DynHtmlReader.class, sources.readerFor(Input.of(name, bytes(name))), name);
        }
        for (String name : List.of(SeedDocuments.SEED_001, "text-unanswered.txt", "text-withdrawn.txt")) {
            assertInstanceOf(TextDynReader.class, sources.readerFor(Input.of(name, bytes(name))), name);
        }
    }

    private Question read(String fixture) {
        return TextDynReaderTest.only(reader, fixture, bytes(fixture));
    }

    private Question read(String name, String content) {
        return TextDynReaderTest.only(reader, name, content.getBytes(StandardCharsets.UTF_8));
    }
}

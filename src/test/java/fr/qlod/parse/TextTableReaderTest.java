package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.SeedDocuments;
import fr.qlod.model.Allocation;
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

class TextTableReaderTest {
    private static final String SEED = SeedDocuments.SEED_000;
    private final TextTableReader reader = new TextTableReader();

    private Question read(String resource) {
        return TableFixtures.read(reader, resource);
    }

    private Question readText(String name, String content) {
        return TableFixtures.read(reader, name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryFieldOfSeed000() {
        Question q = read(SEED);
        Origin origin = new Origin(
                SourceFormat.TEXT_TABLE, SEED, "https://www.assemblee-nationale.fr/dyn/14/questions/QANR5L14QE59906");
        assertEquals(Seed000.expected(origin), q);
        assertEquals(Status.ANSWERED, q.status());
        assertNull(q.closure());
    }

    @Test
    void rebuildsTheDamagedSourceUrlFromTheFields() {
        Question q = read(SEED);
        assertEquals("QANR5L14QE59906", q.id().uid());
        assertEquals(
                "https://www.assemblee-nationale.fr/dyn/14/questions/QANR5L14QE59906",
                q.origin().sourceUrl());
    }

    @Test
    void leavesTheSourceUrlEmptyWhenTheDumpPrintsNone() {
        String dump = TableFixtures.text(SEED);
        String withoutUrl = dump.substring(dump.indexOf('\n') + 1);
        assertNull(readText("no-url.txt", withoutUrl).origin().sourceUrl());
    }

    @Test
    void splitsGroupAndDepartementOnTheLastDashOfAnUnclosedParenthesis() {
        Question q = read(SEED);
        assertEquals(new GroupRef("Union pour un Mouvement Populaire", null, null), q.group());
        assertEquals(new Constituency(null, "Nord", null, null), q.constituency());
        assertEquals("59", q.constituency().departmentCode());
        assertNull(q.constituency().number());
    }

    @Test
    void readsWithdrawalDateAndReason() {
        Question q = read("table/text-withdrawn.txt");
        Question expected = Question.builder()
                .id(new QuestionId(13, QuestionType.QE, 101734))
                .origin(new Origin(
                        SourceFormat.TEXT_TABLE,
                        "table/text-withdrawn.txt",
                        "https://www.assemblee-nationale.fr/dyn/13/questions/QANR5L13QE101734"))
                .author(new Author(Civility.MME, "Claire", "Vasseur-Delmas", null, null))
                .group(new GroupRef("Gauche démocrate et républicaine", null, null))
                .constituency(new Constituency(null, "Seine-Saint-Denis", null, null))
                .questioned(MinistryRef.named("Économie, finances et industrie"))
                .allocation(new Allocation(MinistryRef.named("Économie, finances et industrie"), null, null))
                .indexing(new Indexing(
                        "consommation", "crédit", List.of("crédit renouvelable. publicité. encadrement."), null))
                .published(JoPublication.of(LocalDate.of(2011, 3, 15), 2481))
                .text("Mme Claire Vasseur-Delmas attire l'attention de Mme la ministre de l'économie, des finances et "
                        + "de l'industrie sur la publicité faite au crédit renouvelable dans les magasins de grande "
                        + "distribution.\n\nElle lui demande si le Gouvernement entend renforcer l'encadrement de "
                        + "ces offres, notamment lorsqu'elles sont associées à une carte de fidélité.")
                .closure(new Closure(
                        Status.WITHDRAWN_BY_AUTHOR,
                        null,
                        "Retrait à l'initiative de l'auteur",
                        LocalDate.of(2011, 6, 21),
                        null))
                .build();
        assertEquals(expected, q);
        assertEquals(Status.WITHDRAWN_BY_AUTHOR, q.status());
    }

    @Test
    void keepsAWithdrawalWhoseDateIsEmpty() {
        String dump = TableFixtures.text("table/text-withdrawn.txt")
                .replace(
                        "Question retirée le : 21/06/2011 (Retrait à l'initiative de l'auteur)",
                        "Question retirée le :  (fin de mandat)");
        Question q = readText("empty-date.txt", dump);
        assertEquals(new Closure(Status.WITHDRAWN_END_OF_MANDATE, null, "fin de mandat", null, null), q.closure());
    }

    @Test
    void readsSignalementRenewalAndErratumOfAnUnansweredQuestion() {
        Question q = read("table/text-signalement.txt");
        Question expected = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 48120))
                .origin(new Origin(
                        SourceFormat.TEXT_TABLE,
                        "table/text-signalement.txt",
                        "https://www.assemblee-nationale.fr/dyn/14/questions/QANR5L14QE48120"))
                .author(new Author(Civility.M, "Olivier", "Tessier", null, null))
                .group(new GroupRef("Les Républicains", null, null))
                .constituency(new Constituency(null, "Côtes-d'Armor", null, null))
                .questioned(MinistryRef.named("Intérieur"))
                .allocation(new Allocation(MinistryRef.named("Intérieur"), null, null))
                .indexing(new Indexing(
                        "sécurité publique",
                        "sapeurs-pompiers volontaires",
                        List.of("recrutement. fidélisation."),
                        null))
                .published(JoPublication.of(LocalDate.of(2014, 2, 4), 1012))
                .text("M. Olivier Tessier appelle l'attention de M. le ministre de l'intérieur sur les difficultés "
                        + "de recrutement des sapeurs-pompiers volontaires dans les communes rurales.\n\n"
                        + "Il souhaite savoir quelles mesures le Gouvernement envisage pour mieux concilier cet "
                        + "engagement avec la vie professionnelle.")
                .signalement(JoPublication.of(LocalDate.of(2014, 5, 13), null))
                .renewal(JoPublication.of(LocalDate.of(2014, 6, 10), null))
                .erratum(new Erratum(ErratumTarget.QUESTION, JoPublication.of(LocalDate.of(2014, 2, 18), 1589), null))
                .build();
        assertEquals(expected, q);
        assertEquals(Status.PENDING, q.status());
    }

    @Test
    void refusesADumpWithoutNumber() {
        String dump = TableFixtures.text(SEED).replace("Question N° : 59906", "Question N° : ");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readText("no-number.txt", dump));
        assertEquals("no-number.txt", e.file());
        assertTrue(e.problem().contains("number"), e.problem());
    }

    @Test
    void refusesADumpWithoutLegislature() {
        String dump = TableFixtures.text(SEED).replace("## 14ème legislature", "");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readText("no-leg.txt", dump));
        assertEquals("no-leg.txt", e.file());
        assertTrue(e.problem().contains("legislature"), e.problem());
    }

    @Test
    void refusesADumpWithoutType() {
        String dump = TableFixtures.text(SEED).replace("Question écrite", "");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readText("no-type.txt", dump));
        assertEquals("no-type.txt", e.file());
        assertTrue(e.problem().contains("type"), e.problem());
    }

    @Test
    void refusesATruncatedDump() {
        String dump = TableFixtures.text(SEED);
        String truncated = dump.substring(0, dump.indexOf("## Texte de la question"));
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readText("cut.txt", truncated));
        assertEquals("cut.txt", e.file());
        assertTrue(e.problem().contains("truncated"), e.problem());
    }

    @Test
    void refusesADumpCutInsideItsHeader() {
        String dump = TableFixtures.text(SEED);
        String truncated = dump.substring(0, dump.indexOf("Question N°") + 15);
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> readText("cut.txt", truncated));
        assertEquals("cut.txt", e.file());
    }

    @Test
    void acceptsTableDumps() {
        for (String dump : List.of(SEED, "table/text-withdrawn.txt", "table/text-signalement.txt")) {
            assertTrue(TableFixtures.accepts(reader, TableFixtures.bytes(dump)), dump);
        }
    }

    @Test
    void rejectsOtherFormats() {
        for (String other : List.of(
                SeedDocuments.SEED_001,
                "table/table-seed-000.html",
                "table/table-qg.html",
                "ezpublish/ez-14-qe-answered.html",
                "ezpublish/ez-15-qe-titre.html")) {
            assertFalse(TableFixtures.accepts(reader, TableFixtures.bytes(other)), other);
        }
    }
}

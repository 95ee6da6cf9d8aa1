package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.qlod.SeedDocuments;
import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import fr.qlod.model.Constituency;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Question;
import fr.qlod.model.SourceFormat;
import fr.qlod.parse.TableLines.DateEntry;
import fr.qlod.parse.TableLines.DateKind;
import fr.qlod.parse.TableLines.Label;
import fr.qlod.parse.TableLines.Labelled;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TableLinesTest {

    @Test
    void readsEveryKindOfDatesLineEntry() {
        List<DateEntry> entries = TableLines.dates("Question publiée au JO le : 08/07/2014 page : 5800 "
                + "Réponse publiée au JO le : 16/09/2014 page : 7835 Date de changement d'attribution : 27/08/2014 "
                + "Date de signalement : 30/09/2014 Date de renouvellement : 14/10/2014 "
                + "Erratum de la question publié au JO le : 15/07/2014 page : 6001 "
                + "Erratum de la réponse publiée au JO le : 23/09/2014 page : 8012 "
                + "Question retirée le: 20/06/2017 (fin de mandat)");
        assertEquals(
                List.of(
                        new DateEntry(DateKind.QUESTION_PUBLISHED, LocalDate.of(2014, 7, 8), 5800, null),
                        new DateEntry(DateKind.ANSWER_PUBLISHED, LocalDate.of(2014, 9, 16), 7835, null),
                        new DateEntry(DateKind.ALLOCATION_CHANGED, LocalDate.of(2014, 8, 27), null, null),
                        new DateEntry(DateKind.SIGNALEMENT, LocalDate.of(2014, 9, 30), null, null),
                        new DateEntry(DateKind.RENEWAL, LocalDate.of(2014, 10, 14), null, null),
                        new DateEntry(DateKind.QUESTION_ERRATUM, LocalDate.of(2014, 7, 15), 6001, null),
                        new DateEntry(DateKind.ANSWER_ERRATUM, LocalDate.of(2014, 9, 23), 8012, null),
                        new DateEntry(DateKind.WITHDRAWN, LocalDate.of(2017, 6, 20), null, "fin de mandat")),
                entries);
    }

    @Test
    void keepsTheReasonOfAWithdrawalWithoutDate() {
        assertEquals(
                List.of(new DateEntry(DateKind.WITHDRAWN, null, null, "fin de mandat")),
                TableLines.dates("Question retirée le :  (fin de mandat)"));
    }

    @Test
    void readsLabelsWithLiteralBoldTags() {
        assertEquals(
                Optional.of(new Labelled(Label.TETE_ANALYSE, "Internet")),
                TableLines.labelled("<b>Tête d'analyse</b> >Internet"));
        assertEquals(
                Optional.of(new Labelled(Label.QUESTIONED, "Justice")),
                TableLines.labelled("Ministère interrogé > Justice"));
        assertEquals(
                Optional.of(new Labelled(Label.TITLE, "Accès aux livres")),
                TableLines.labelled("Titre > Accès aux livres"));
        assertEquals(Optional.empty(), TableLines.labelled("Auteur > quelqu'un"));
    }

    @Test
    void splitsGroupAndDepartementOnTheLastDash() {
        TableLines.AuthorLine line =
                TableLines.author("de M. Jean Dupont ( Gauche démocrate - et républicaine - Seine-Saint-Denis )", null);
        assertEquals(new Author(Civility.M, "Jean", "Dupont", null, null), line.author());
        assertEquals(new GroupRef("Gauche démocrate - et républicaine", null, null), line.group());
        assertEquals(new Constituency(null, "Seine-Saint-Denis", null, null), line.constituency());
    }

    @Test
    void readsAnAuthorWithoutGroup() {
        TableLines.AuthorLine line = TableLines.author("De Mme Anne Martin ( - Nord )", null);
        assertEquals(new Author(Civility.MME, "Anne", "Martin", null, null), line.author());
        assertNull(line.group());
        assertEquals("Nord", line.constituency().departmentName());
    }

    @Test
    void readsNumbersAndLegislatures() {
        assertEquals(59906, TableLines.number("Question N° : 59906"));
        assertEquals(104002, TableLines.number(" Question N° 104002"));
        assertEquals(14, TableLines.legislature("## 14ème legislature"));
        assertEquals(15, TableLines.legislature("15ème législature"));
    }

    @Test
    void detectsEachFixtureWithItsOwnReader() {
        Map<String, SourceFormat> expected = Map.of(
                SeedDocuments.SEED_000,
                SourceFormat.TEXT_TABLE,
                "table/text-withdrawn.txt",
                SourceFormat.TEXT_TABLE,
                "table/table-seed-000.html",
                SourceFormat.HTML_TABLE,
                "table/table-qg.html",
                SourceFormat.HTML_TABLE,
                "ezpublish/ez-14-qe-answered.html",
                SourceFormat.HTML_EZPUBLISH,
                "ezpublish/ez-15-qe-titre.html",
                SourceFormat.HTML_EZPUBLISH);
        for (Map.Entry<String, SourceFormat> e : expected.entrySet()) {
            List<Object> out = new ArrayList<>();
            Sources.create()
                    .readDocument(Input.of(e.getKey(), TableFixtures.bytes(e.getKey())), out::add, Problems.strict());
            assertEquals(1, out.size(), e.getKey());
            assertEquals(e.getValue(), ((Question) out.get(0)).origin().format(), e.getKey());
        }
    }
}

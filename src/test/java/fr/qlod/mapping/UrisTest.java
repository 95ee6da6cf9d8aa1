package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Fold;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UrisTest {
    private static final QuestionId Q = new QuestionId(14, QuestionType.QE, 59906);
    private final Uris uris = Uris.create("https://qlod.example.org/base");

    @Test
    void addsTheMissingSlashToTheBase() {
        assertEquals("https://qlod.example.org/base/", uris.base());
        assertEquals("http://localhost:3030/", Uris.create().base());
    }

    @Test
    void rejectsABaseThatIsNotAnHttpIri() {
        assertThrows(IllegalArgumentException.class, () -> Uris.create("ftp://example.org/"));
        assertThrows(IllegalArgumentException.class, () -> Uris.create("not an iri"));
        assertThrows(IllegalArgumentException.class, () -> Uris.create("http://example.org/?q=1"));
    }

    @Test
    void mintsQuestionAndPartIris() {
        String q = "https://qlod.example.org/base/id/question/QANR5L14QE59906";
        assertEquals(q, uris.question(Q));
        assertEquals(q + "/answer", uris.answer(Q, 1));
        assertEquals(q + "/answer/2", uris.answer(Q, 2));
        assertEquals(q + "/answer/publication", uris.publication(uris.answer(Q, 1)));
        assertEquals(q + "/publication", uris.publication(q));
        assertEquals(q + "/allocation/1", uris.allocation(Q, 1));
        assertEquals(q + "/signalement/2", uris.signalement(Q, 2));
        assertEquals(q + "/renewal/1", uris.renewal(Q, 1));
        assertEquals(q + "/erratum/3", uris.erratum(Q, 3));
        assertEquals(q + "/closure", uris.closure(Q));
        assertThrows(IllegalArgumentException.class, () -> uris.answer(Q, 0));
    }

    @Test
    void mintsPeopleOrgansAndNameOnlyIris() {
        String id = "https://qlod.example.org/base/id/";
        assertEquals(id + "person/PA1857", uris.person("PA1857"));
        assertEquals(id + "person/thierry-lazaro", uris.personByName("Thierry Lazaro"));
        assertEquals(id + "organ/PO702926", uris.organ("PO702926"));
        assertEquals(id + "mandate/PM645505", uris.mandate("PM645505"));
        assertEquals(id + "mandate/PM645505/period", uris.mandatePeriod("PM645505"));
        assertEquals(id + "ministry/justice", uris.ministry("Justice"));
        assertEquals(id + "group/ump", uris.group("UMP"));
        assertEquals(id + "role/membre-du", uris.role("Membre du"));
        assertEquals(id + "legislature/14", uris.legislature(14));
        assertThrows(IllegalArgumentException.class, () -> uris.person("1857"));
        assertThrows(IllegalArgumentException.class, () -> uris.organ("PA1857"));
    }

    @Test
    void mintsConstituenciesWithATwoDigitNumberOrTheWholeDepartement() {
        String id = "https://qlod.example.org/base/id/";
        assertEquals(id + "constituency/59-06", uris.constituency("59", 6));
        assertEquals(id + "constituency/59-12", uris.constituency("59", 12));
        assertEquals(id + "constituency/59", uris.constituency("59", null));
        assertEquals(id + "constituency/2a-01", uris.constituency("2A", 1));
        assertEquals(id + "constituency/971-04", uris.constituency("971", 4));
        assertEquals(
                id + "constituency/francais-etablis-hors-de-france-03",
                uris.constituency("Français établis hors de France", 3));
        assertEquals(id + "departement/59", uris.departement("59"));
        assertEquals("http://id.insee.fr/geo/departement/2A", Uris.insee("2A"));
    }

    @Test
    void mintsIndexingReportAndFingerprintIris() {
        String id = "https://qlod.example.org/base/id/";
        assertEquals(id + "rubrique/telecommunications", uris.rubrique("Télécommunications"));
        assertEquals(id + "tete-analyse/internet", uris.teteAnalyse("Internet"));
        assertEquals(
                id + "analyse/cybercriminalite-rapport-preconisations",
                uris.analyse("cybercriminalité. rapport. préconisations."));
        assertEquals(id + "report/2014-06-30-x", uris.report("2014-06-30-x"));
        assertEquals(id + "report/2014-06-30-x/recommendation/3", uris.recommendation("2014-06-30-x", 3));
        assertEquals(
                id + "answer-text/0123456789abcdef0123456789abcdef",
                uris.answerText("0123456789abcdef0123456789abcdef" + "f".repeat(32)));
        assertThrows(IllegalArgumentException.class, () -> uris.report("Not A Slug"));
    }

    @Test
    void mintsNamedGraphs() {
        String g = "https://qlod.example.org/base/graph/";
        assertEquals(g + "question/QANR5L14QE59906", uris.questionGraph(Q));
        assertEquals(g + "person/PA1857", uris.personGraph("PA1857"));
        assertEquals(g + "organ/PO702926", uris.organGraph("PO702926"));
        assertEquals(g + "mandate/PM645505", uris.mandateGraph("PM645505"));
        assertEquals(g + "links/identical-answers", uris.linksGraph("identical-answers"));
    }

    @Test
    void mapsAResourceToItsDocument() {
        assertEquals("https://qlod.example.org/base/doc/question/QANR5L14QE59906", uris.document(uris.question(Q)));
        assertTrue(uris.isResource(uris.person("PA1857")));
        assertThrows(IllegalArgumentException.class, () -> uris.document("https://elsewhere.org/id/x"));
    }

    @Test
    void slugsAreLowerCaseWithoutAccentsAndWithSingleHyphens() {
        assertEquals("telecommunications", Uris.slug("Télécommunications"));
        assertEquals("cote-d-or", Uris.slug("Côte-d'Or"));
        assertEquals("oeuvres-d-art", Uris.slug("Œuvres d’art"));
        assertEquals("r-ump", Uris.slug("  R-UMP  "));
        assertEquals("jean-paul-exemple", Uris.slug("Jean-Paul  EXEMPLE"));
        assertEquals("l-etat", Uris.slug("l\u00A0État"));
        assertThrows(IllegalArgumentException.class, () -> Uris.slug(" -- "));
    }

    @Test
    void slugsRandomTextAsTheRegularExpressionsOfItsDefinitionDo() {
        Random random = new Random(7);
        String alphabet = "aZ09 -_'’.éÉœŒßç\u00A0\tЖ";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String expected =
                    Fold.key(text.toString()).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
            if (expected.isEmpty()) {
                assertThrows(IllegalArgumentException.class, () -> Uris.slug(text.toString()));
            } else {
                assertEquals(expected, Uris.slug(text.toString()), text.toString());
            }
        }
    }

    @Test
    void cutsLongSlugsAtAHyphen() {
        String slug = Uris.slug("mot ".repeat(60));
        assertTrue(slug.length() <= Uris.MAX_SLUG, slug);
        assertTrue(slug.endsWith("mot"), slug);
    }
}

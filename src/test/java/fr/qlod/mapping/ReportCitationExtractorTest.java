package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.RecommendationKind;
import fr.qlod.model.ReportCitation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReportCitationExtractorTest {
    private static final String CYBER = "groupe de travail interministériel sur la lutte contre la cybercriminalité";

    @Test
    void findsTheSeedsReportAuthorDateAndRecommendation() {
        assertEquals(
                List.of(new ReportCitation(CYBER, LocalDate.of(2014, 6, 30), RecommendationKind.RECOMMANDATION, 3)),
                ReportCitationExtractor.extract(Seeds.seed000().text()));
        assertEquals(
                List.of(new ReportCitation(CYBER, LocalDate.of(2014, 6, 30), RecommendationKind.RECOMMANDATION, 43)),
                ReportCitationExtractor.extract(Seeds.seed001().text()));
    }

    @Test
    void slugsTheReportFromItsDateAndAuthorWithoutSmallWords() {
        assertEquals(
                "2014-06-30-groupe-de-travail-interministeriel-lutte-contre-cybercriminalite",
                ReportCitationExtractor.reportSlug(
                        ReportCitationExtractor.extract(Seeds.seed000().text()).get(0)));
        assertEquals(
                "mission-information-eau",
                ReportCitationExtractor.reportSlug(new ReportCitation(
                        "mission d'information sur l'eau", null, RecommendationKind.PROPOSITION, 1)));
    }

    @Test
    void readsSeveralNumbersAndEveryWordForARecommendation() {
        String text =
                "M. X interroge M. le ministre sur le rapport de la mission d'évaluation de la politique du logement, "
                        + "publié le 12/03/2019, et notamment sur les préconisations n°s 4, 5 et 12 ainsi que la proposition n° 7.";
        List<ReportCitation> got = ReportCitationExtractor.extract(text);
        String author = "mission d'évaluation de la politique du logement";
        LocalDate date = LocalDate.of(2019, 3, 12);
        assertEquals(
                List.of(
                        new ReportCitation(author, date, RecommendationKind.PRECONISATION, 4),
                        new ReportCitation(author, date, RecommendationKind.PRECONISATION, 5),
                        new ReportCitation(author, date, RecommendationKind.PRECONISATION, 12),
                        new ReportCitation(author, date, RecommendationKind.PROPOSITION, 7)),
                got);
    }

    @Test
    void namesAPersonWhenTheReportIsAPersonsOwn() {
        String text =
                "Mme Y attire l'attention sur le rapport remis par M. Jean Dupont, dont la recommandation n° 9 reste lettre morte.";
        assertEquals(
                List.of(new ReportCitation("Jean Dupont", null, RecommendationKind.RECOMMANDATION, 9)),
                ReportCitationExtractor.extract(text));
    }

    @Test
    void findsNothingWithoutANumberedRecommendationOrWithoutAnAuthor() {
        assertTrue(
                ReportCitationExtractor.extract("Le groupe de travail a formulé 55 propositions qui visent à protéger.")
                        .isEmpty());
        assertTrue(ReportCitationExtractor.extract("Il demande la suite donnée à la recommandation n° 3 du rapport.")
                .isEmpty());
        assertTrue(ReportCitationExtractor.extract("La proposition de loi n° 1234 est discutée.")
                .isEmpty());
        assertTrue(ReportCitationExtractor.extract("").isEmpty());
        assertTrue(ReportCitationExtractor.extract(null).isEmpty());
    }

    @Test
    void findsRecommendationWordsInAnyCaseTheirPatternAccepts() {
        // the quick check that skips most texts must let through whatever the pattern matches
        for (String word : List.of(
                "RECOMMANDATION",
                "Propositions",
                "PRÉCONISATION",
                "preconisation",
                "propoſition",
                "recommandatİon",
                "RECOMMANDATİON")) {
            String text = "Elle rappelle la " + word + " n° 6 du groupe de travail sur la forêt, remis en 2015.";
            assertEquals(
                    List.of(6),
                    ReportCitationExtractor.extract(text).stream()
                            .map(ReportCitation::number)
                            .toList(),
                    word);
        }
        assertEquals(0, ReportCitationExtractor.wordStarts("Le ministre répond le 3 mars 2015.").length);
    }

    /** The numbers found by trying the pattern at every position, not only at word starts: the oracle. */
    private static Map<Integer, RecommendationKind> numbersByFind(String t) {
        Map<Integer, RecommendationKind> numbers = new LinkedHashMap<>();
        Matcher m = ReportCitationExtractor.NUMBERS.matcher(t);
        while (m.find()) {
            RecommendationKind kind = ReportCitationExtractor.kind(m.group(1));
            numbers.putIfAbsent(Integer.parseInt(m.group(2)), kind);
            Matcher more = Pattern.compile("\\d{1,3}").matcher(m.group(3));
            while (more.find()) {
                numbers.putIfAbsent(Integer.parseInt(more.group()), kind);
            }
        }
        numbers.remove(0);
        return numbers;
    }

    @Test
    void findsTheNumbersAFullScanFindsOnRandomText() {
        String[] pieces = {
            "recommandation",
            "Recommandations",
            "RECOMMANDATION",
            "proposition",
            "propoſitions",
            "préconisation",
            "PRÉCONISATIONS",
            "preconisation",
            "recommandatİon",
            " n° ",
            " n°s ",
            " nos ",
            " numéro ",
            " no. ",
            "3",
            "12",
            "407",
            "0",
            " et ",
            ", ",
            " & ",
            "-",
            "la ",
            "des ",
            "x",
            "é",
            "\n",
            " "
        };
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int j = random.nextInt(14); j > 0; j--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(numbersByFind(t), ReportCitationExtractor.numbers(t), () -> "for \"" + t + "\"");
        }
    }
}

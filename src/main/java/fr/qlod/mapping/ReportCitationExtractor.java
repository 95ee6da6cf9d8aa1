package fr.qlod.mapping;

import fr.qlod.model.Fold;
import fr.qlod.model.RecommendationKind;
import fr.qlod.model.ReportCitation;
import fr.qlod.parse.FrenchDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbered recommendations of a report that a question's text cites
 * ("la recommandation n° 3", "les propositions n° 3 et 7", "préconisation n°5") together with the
 * report's author ("du groupe de travail interministériel sur la lutte contre la cybercriminalité")
 * and date ("le rapport remis le 30 juin 2014").
 *
 * <pre>
 * List&lt;ReportCitation&gt; citations = ReportCitationExtractor.extract(question.text());
 * String slug = ReportCitationExtractor.reportSlug(citations.get(0));
 * // 2014-06-30-groupe-de-travail-interministeriel-lutte-contre-cybercriminalite
 * </pre>
 *
 * A text that cites numbers but names no recognisable author yields no citation: without an
 * author the report cannot be told apart from any other.
 */
public final class ReportCitationExtractor {
    private static final String NUMBER_MARK = "(?:n\\s*[°º]\\s*s?|nos?\\.?|num[ée]ros?)";
    /** "recommandation n° 3", "propositions n° 3 et 7", "préconisations nos 4, 5 et 12". */
    static final Pattern NUMBERS = Pattern.compile(
            "\\b(recommandation|proposition|pr[ée]conisation)s?\\s+" + NUMBER_MARK + "\\s*(\\d{1,3})"
                    + "((?:\\s*(?:,|et|&)\\s*(?:" + NUMBER_MARK + "\\s*)?\\d{1,3}\\b)*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern MORE_NUMBERS = Pattern.compile("\\d{1,3}");
    private static final char[] FOLDED_LATIN1 = new char[0x100];

    static {
        for (char c = 0; c < FOLDED_LATIN1.length; c++) {
            FOLDED_LATIN1[c] = Character.toLowerCase(Character.toUpperCase(c));
        }
    }
    /** The body that wrote the report, after "du", "de la", "par le"…, up to what follows its name. */
    private static final Pattern BODY = Pattern.compile(
            "\\b(?:du|de la|de l'|par le|par la|par l')\\s*"
                    + "((?:groupe de travail|mission|commission|comit[ée]|conseil|cour des comptes|inspection|"
                    + "haut conseil|haute autorit[ée]|autorit[ée]|office|observatoire|d[ée]l[ée]gation|agence|"
                    + "institut|m[ée]diateur|d[ée]fenseur des droits)\\b[^.;:()\\n]*?)"
                    + "(?=\\s+(?:formul[ée]e?s?|remise?s?|publi[ée]e?s?|rendue?s?|pr[ée]sent[ée]e?s?|dans (?:le|son) rapport|"
                    + "qui|et lui|relatives?|visant)\\b|\\s*[,.;:(]|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "le rapport de M. Jean Dupont", "rapport remis … par Mme Anne Martin". */
    private static final Pattern PERSON = Pattern.compile(
            "\\brapport\\b[^.;]{0,80}?\\b(?:de|par)\\s+(?:M\\.|Mme|Monsieur|Madame)\\s+"
                    + "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){0,3})",
            Pattern.UNICODE_CASE);

    private static final Pattern REPORT = Pattern.compile("\\brapport\\b", Pattern.CASE_INSENSITIVE);
    /** A full stop ending a sentence, not the one of "M." or "Mme." nor of an initial. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\p{Lu})(?<!Mme)\\.(?:\\s|$)");
    /** How far after "rapport" its date may be written. */
    private static final int DATE_WINDOW = 100;

    private static final Set<String> SLUG_STOP_WORDS =
            Set.of("le", "la", "les", "l", "sur", "du", "des", "d", "et", "au", "aux", "un", "une", "a");

    private ReportCitationExtractor() {}

    /** The citations of a text, one per recommendation number, in the order the text gives them. */
    public static List<ReportCitation> extract(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('’', '\'');
        Map<Integer, RecommendationKind> numbers = numbers(t);
        if (numbers.isEmpty()) {
            return List.of();
        }
        String author = author(t);
        if (author == null) {
            return List.of();
        }
        LocalDate date = reportDate(t);
        List<ReportCitation> out = new ArrayList<>();
        numbers.forEach((n, kind) -> out.add(new ReportCitation(author, date, kind, n)));
        return out;
    }

    /**
     * The slug of a report: its date (ISO) and its author without articles and small words, e.g.
     * {@code 2014-06-30-groupe-de-travail-interministeriel-lutte-contre-cybercriminalite}.
     */
    public static String reportSlug(ReportCitation citation) {
        StringBuilder words = new StringBuilder();
        for (String w : Uris.slug(citation.reportAuthor()).split("-")) {
            if (!SLUG_STOP_WORDS.contains(w)) {
                words.append(words.length() == 0 ? "" : "-").append(w);
            }
        }
        String author = words.length() == 0 ? Uris.slug(citation.reportAuthor()) : words.toString();
        return Uris.slug((citation.reportDate() == null ? "" : citation.reportDate() + "-") + author);
    }

    /** The numbers cited, each with the word that introduced it, in the order of the text. */
    static Map<Integer, RecommendationKind> numbers(String t) {
        Map<Integer, RecommendationKind> numbers = new LinkedHashMap<>();
        Matcher m = NUMBERS.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        int end = 0;
        for (int start : wordStarts(t)) {
            if (start < end) {
                continue;
            }
            m.region(start, t.length());
            if (!m.lookingAt()) {
                continue;
            }
            end = m.end();
            RecommendationKind kind = kind(m.group(1));
            add(numbers, m.group(2), kind);
            Matcher more = MORE_NUMBERS.matcher(m.group(3));
            while (more.find()) {
                add(numbers, more.group(), kind);
            }
        }
        return numbers;
    }

    /**
     * Where {@link #NUMBERS} may match: the starts of its words, found by their ends ("…ommandation",
     * "…oposition", "…conisation", each a fixed number of letters after the word's start) in the text
     * folded as the pattern compares (case-insensitive, Unicode cases). The pattern tries only these
     * places instead of every position of every text; {@link Matcher#find} finds the same
     * matches, since a match can start nowhere else.
     */
    static int[] wordStarts(String t) {
        String f = fold(t);
        List<Integer> starts = new ArrayList<>();
        collect(f, "ommandation", 3, starts);
        collect(f, "oposition", 2, starts);
        collect(f, "conisation", 3, starts);
        return starts.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    private static void collect(String folded, String end, int before, List<Integer> starts) {
        for (int i = folded.indexOf(end); i >= 0; i = folded.indexOf(end, i + 1)) {
            if (i >= before) {
                starts.add(i - before);
            }
        }
    }

    /** Each character as a case-insensitive, Unicode-case pattern compares it: the lower case of its upper case. */
    private static String fold(String t) {
        char[] folded = new char[t.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = t.charAt(i);
            folded[i] = c < FOLDED_LATIN1.length ? FOLDED_LATIN1[c] : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(folded);
    }

    private static void add(Map<Integer, RecommendationKind> numbers, String digits, RecommendationKind kind) {
        int n = Integer.parseInt(digits);
        if (n > 0) {
            numbers.putIfAbsent(n, kind);
        }
    }

    static RecommendationKind kind(String word) {
        String w = Fold.key(word);
        if (w.startsWith("proposition")) {
            return RecommendationKind.PROPOSITION;
        }
        if (w.startsWith("preconisation")) {
            return RecommendationKind.PRECONISATION;
        }
        return RecommendationKind.RECOMMANDATION;
    }

    private static String author(String t) {
        Matcher m = BODY.matcher(t);
        if (m.find()) {
            return m.group(1).replaceAll("\\s+", " ").strip();
        }
        m = PERSON.matcher(t);
        if (m.find()) {
            return m.group(1).replaceAll("\\s+", " ").strip();
        }
        return null;
    }

    private static LocalDate reportDate(String t) {
        Matcher m = REPORT.matcher(t);
        while (m.find()) {
            String window = t.substring(m.end(), Math.min(t.length(), m.end() + DATE_WINDOW));
            Matcher end = SENTENCE_END.matcher(window);
            if (end.find()) {
                window = window.substring(0, end.start());
            }
            var date = FrenchDates.find(window);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }
}

package fr.qlod.parse;

import fr.qlod.model.Author;
import fr.qlod.model.Constituency;
import fr.qlod.model.Fold;
import fr.qlod.model.GroupRef;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The lines shared by the "table" family of pages (the 2009–2015 table page, its text dump and
 * the ez-publish page of legislatures 14–16): "label &gt; value" cells, the header's number,
 * legislature and author, and the dates line where every JO publication, withdrawal and
 * change of attribution is written one after the other.
 */
final class TableLines {

    /** The labels of "label &gt; value" cells. */
    enum Label {
        QUESTIONED,
        ALLOCATED,
        RUBRIQUE,
        TETE_ANALYSE,
        ANALYSE,
        TITLE
    }

    /** One "label &gt; value" cell. */
    record Labelled(Label label, String value) {}

    /** The kinds of entries of the dates line. */
    enum DateKind {
        QUESTION_PUBLISHED,
        ANSWER_PUBLISHED,
        WITHDRAWN,
        ALLOCATION_CHANGED,
        SIGNALEMENT,
        RENEWAL,
        QUESTION_ERRATUM,
        ANSWER_ERRATUM
    }

    /**
     * One entry of the dates line.
     *
     * @param kind   what the entry says
     * @param date   its date, or null when the source leaves it empty
     * @param page   its JO page, or null
     * @param reason the parenthesised reason of a withdrawal, or null
     */
    record DateEntry(DateKind kind, LocalDate date, Integer page, String reason) {}

    /**
     * The author as the header prints him or her: "de M. Thierry Lazaro ( Group - Département )".
     */
    record AuthorLine(Author author, GroupRef group, Constituency constituency) {}

    /** The labels of the dates line, in an order where no label is a prefix of a later one. */
    private static final Pattern DATE_LABEL = Pattern.compile(
            "(Question\\s+publi[ée]e\\s+au\\s+JO\\s+le)"
                    + "|(R[ée]ponse\\s+publi[ée]e\\s+au\\s+JO\\s+le)"
                    + "|(Question\\s+retir[ée]e\\s+le)"
                    + "|(Date\\s+de\\s+changement\\s+d['’]\\s*attribution)"
                    + "|(Date\\s+de\\s+signalement)"
                    + "|(Date\\s+de\\s+renouvellement)"
                    + "|(Erratum\\s+de\\s+la\\s+question\\s+publi[ée]e?\\s+au\\s+JO\\s+le)"
                    + "|(Erratum\\s+de\\s+la\\s+r[ée]ponse\\s+publi[ée]e?\\s+au\\s+JO\\s+le)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final DateKind[] DATE_KINDS = {
        DateKind.QUESTION_PUBLISHED, DateKind.ANSWER_PUBLISHED, DateKind.WITHDRAWN, DateKind.ALLOCATION_CHANGED,
        DateKind.SIGNALEMENT, DateKind.RENEWAL, DateKind.QUESTION_ERRATUM, DateKind.ANSWER_ERRATUM,
    };
    private static final Pattern SLASHED_DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern PAGE = Pattern.compile("page\\s*:?\\s*(\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern NUMBER = Pattern.compile(
            "Question\\s+N\\s*\\S{0,2}\\s*:?\\s*(\\d{1,7})\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEGISLATURE = Pattern.compile(
            "(\\d{1,2})\\s*(?:e|è|ème|eme|ᵉ|e?r)?\\s*l[ée]gislature", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]*>");
    private static final Pattern AUTHOR_PREFIX = Pattern.compile("^de\\s+", Pattern.CASE_INSENSITIVE);
    private static final String GROUP_SEPARATOR = " - ";
    private static final Pattern ABSOLUTE_URL = Pattern.compile("https?://\\S+");

    private TableLines() {}

    /**
     * Reads a "label &gt; value" cell ("Rubrique &gt;télécommunications",
     * "&lt;b&gt;Tête d'analyse&lt;/b&gt; &gt;Internet"); empty when the label is not one of ours.
     */
    static Optional<Labelled> labelled(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        String t = TAG.matcher(Texts.clean(cell).replace('\n', ' ')).replaceAll("");
        int gt = t.indexOf('>');
        if (gt < 0) {
            return Optional.empty();
        }
        Label label = label(t.substring(0, gt));
        if (label == null) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(label, t.substring(gt + 1).strip()));
    }

    private static Label label(String text) {
        String key = fold(text).replace('’', '\'').replace(":", "").strip();
        switch (key) {
            case "ministere interroge":
                return Label.QUESTIONED;
            case "ministere attributaire":
                return Label.ALLOCATED;
            case "rubrique":
                return Label.RUBRIQUE;
            case "tete d'analyse":
                return Label.TETE_ANALYSE;
            case "analyse":
                return Label.ANALYSE;
            case "titre":
                return Label.TITLE;
            default:
                return null;
        }
    }

    /**
     * Splits a dates line into its entries, whether it is one line of text (the text dump), a
     * cell split by {@code <br>} or a list of {@code div}s. Entries without a label are ignored.
     */
    static List<DateEntry> dates(String text) {
        List<DateEntry> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        String t = Texts.clean(text).replace('\n', ' ');
        Matcher m = DATE_LABEL.matcher(t);
        DateKind kind = null;
        int start = 0;
        while (m.find()) {
            if (kind != null) {
                entries.add(entry(kind, t.substring(start, m.start())));
            }
            kind = kindOf(m);
            start = m.end();
        }
        if (kind != null) {
            entries.add(entry(kind, t.substring(start)));
        }
        return entries;
    }

    private static DateKind kindOf(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return DATE_KINDS[g - 1];
            }
        }
        throw new IllegalStateException("no label group matched");
    }

    private static DateEntry entry(DateKind kind, String body) {
        String b = body.strip();
        LocalDate date = null;
        int afterDate = 0;
        Matcher d = SLASHED_DATE.matcher(b);
        try {
            if (d.find()) {
                date = FrenchDates.expect(d.group());
                afterDate = d.end();
            } else {
                date = FrenchDates.find(b).orElse(null);
            }
        } catch (DateTimeException e) {
            date = null;
        }
        Matcher p = PAGE.matcher(b);
        Integer page = p.find() ? positiveOrNull(p.group(1)) : null;
        String reason = null;
        if (kind == DateKind.WITHDRAWN) {
            Matcher r = REASON.matcher(b);
            if (r.find(afterDate)) {
                reason = r.group(1).strip();
            }
        }
        return new DateEntry(kind, date, page, reason == null || reason.isEmpty() ? null : reason);
    }

    private static Integer positiveOrNull(String digits) {
        int n = Integer.parseInt(digits);
        return n > 0 ? n : null;
    }

    /** The question number of "Question N° : 59906" or "Question N° 104002", or null. */
    static Integer number(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = NUMBER.matcher(Texts.clean(text).replace('\n', ' '));
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n > 0 ? n : null;
    }

    /** The legislature of "14ème législature", "## 14ème legislature", or null. */
    static Integer legislature(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LEGISLATURE.matcher(Texts.clean(text).replace('\n', ' '));
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return n > 0 ? n : null;
    }

    /**
     * Reads the author cell: "De M. Thierry Lazaro (Union pour un Mouvement Populaire - Nord", with
     * or without the closing parenthesis. Group and département are split on the LAST " - ", as
     * département names hold hyphens without spaces. Returns null when no name is printed.
     *
     * @param personId the actor id when the page links to the deputy's page, else null
     */
    static AuthorLine author(String cell, String personId) {
        String t = Texts.clean(cell).replace('\n', ' ').strip();
        t = AUTHOR_PREFIX.matcher(t).replaceFirst("");
        int open = t.indexOf('(');
        String name = (open < 0 ? t : t.substring(0, open)).strip();
        if (name.isEmpty()) {
            return null;
        }
        Author author = Names.givenFirst(name, personId, null);
        if (open < 0) {
            return new AuthorLine(author, null, null);
        }
        String inside = t.substring(open + 1);
        int close = inside.lastIndexOf(')');
        if (close >= 0) {
            inside = inside.substring(0, close);
        }
        String padded = " " + inside.strip() + " ";
        int dash = padded.lastIndexOf(GROUP_SEPARATOR);
        String group = dash < 0 ? padded.strip() : padded.substring(0, dash).strip();
        String department = dash < 0
                ? null
                : padded.substring(dash + GROUP_SEPARATOR.length()).strip();
        return new AuthorLine(
                author,
                group.isEmpty() ? null : new GroupRef(group, null, null),
                department == null || department.isEmpty() ? null : new Constituency(null, department, null, null));
    }

    /** The page's own URL when it names it in a canonical link or an {@code og:url}, else null. */
    static String canonicalUrl(Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.attr("href") : null;
        if (url == null || url.isBlank()) {
            Element og = doc.selectFirst("meta[property=og:url][content]");
            url = og != null ? og.attr("content") : null;
        }
        return url != null && ABSOLUTE_URL.matcher(url.strip()).matches() ? url.strip() : null;
    }

    /** Lower case without accents, for comparing labels. */
    static String fold(String text) {
        return Fold.key(text).replaceAll("\\s+", " ").strip();
    }
}

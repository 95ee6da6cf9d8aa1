package fr.qlod.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The upper-case pseudo-tags of a FICHE page ({@code <NUM>80900</NUM>}), found in the decoded
 * source text rather than in a parsed DOM: legislature 11 nests whole {@code <html>} documents
 * inside the texts, and an HTML parser moves the pseudo-tags around when it repairs them.
 */
final class FicheTags {
    private static final Pattern DATE = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Compiled tag patterns, shared by every page. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final String file;
    private final String text;

    FicheTags(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /**
     * Checks that every listed pseudo-tag that opens also closes, so that a truncated page is
     * refused instead of yielding a question with silently missing parts.
     */
    void expectClosed(List<String> tags) {
        for (String tag : tags) {
            Matcher open = open(tag).matcher(text);
            int from = 0;
            while (open.find(from)) {
                Matcher close = close(tag).matcher(text);
                if (!close.find(open.end())) {
                    throw new SourceFormatException(
                            file, place(open.start()), "truncated document: <" + tag + "> is never closed");
                }
                from = close.end();
            }
        }
    }

    /** The raw HTML content of every occurrence of a tag, in document order. */
    List<String> rawAll(String tag) {
        List<String> out = new ArrayList<>();
        Matcher m = element(tag).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The raw HTML content of the first occurrence of a tag, or null when the page has none. */
    String raw(String tag) {
        Matcher m = element(tag).matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** The offset of the first occurrence of a tag, or -1. */
    int offset(String tag) {
        Matcher m = open(tag).matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** The clean text of a tag, paragraphs kept; "" when absent or empty. */
    String text(String tag) {
        return Texts.fromHtml(raw(tag));
    }

    /** The clean text of a tag on one line; null when absent or blank. */
    String line(String tag) {
        String t = text(tag).replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** The date a tag holds, alone or after a label; null when empty; throws on an impossible date. */
    LocalDate date(String tag) {
        List<LocalDate> dates = dates(tag);
        return dates.isEmpty() ? null : dates.get(0);
    }

    /** Every date written in every occurrence of a tag ("10/01/2000, 12/06/2000"). */
    List<LocalDate> dates(String tag) {
        List<LocalDate> out = new ArrayList<>();
        for (String raw : rawAll(tag)) {
            String t = Texts.fromHtml(raw);
            if (t.isBlank()) {
                continue;
            }
            Matcher m = DATE.matcher(t);
            int found = 0;
            while (m.find()) {
                out.add(parseDate(tag, m.group()));
                found++;
            }
            if (found == 0) {
                LocalDate other = FrenchDates.find(t)
                        .orElseThrow(() -> new SourceFormatException(
                                file, place(offset(tag)), "<" + tag + "> holds no date: '" + t.strip() + "'"));
                out.add(other);
            }
        }
        return out;
    }

    /** A page number: the first run of digits, null when empty or zero. */
    Integer page(String tag) {
        String t = line(tag);
        if (t == null) {
            return null;
        }
        Matcher m = DIGITS.matcher(t);
        if (!m.find()) {
            throw new SourceFormatException(
                    file, place(offset(tag)), "<" + tag + "> is not a page number: '" + t + "'");
        }
        int page = Integer.parseInt(m.group());
        return page > 0 ? page : null;
    }

    /** "line 12:5" for an offset in the decoded text. */
    String place(int offset) {
        if (offset < 0) {
            return null;
        }
        return HtmlPages.place(text, offset);
    }

    private LocalDate parseDate(String tag, String date) {
        try {
            return FrenchDates.expect(date);
        } catch (DateTimeException e) {
            throw new SourceFormatException(file, place(offset(tag)), "<" + tag + "> " + e.getMessage(), e);
        }
    }

    private static Pattern element(String tag) {
        return PATTERNS.computeIfAbsent(
                tag + "*",
                t -> Pattern.compile(
                        "<" + tag + "\\s*>(.*?)</" + tag + "\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    }

    private static Pattern open(String tag) {
        return PATTERNS.computeIfAbsent("<" + tag, t -> Pattern.compile("<" + tag + "\\s*>", Pattern.CASE_INSENSITIVE));
    }

    private static Pattern close(String tag) {
        return PATTERNS.computeIfAbsent(
                "/" + tag, t -> Pattern.compile("</" + tag + "\\s*>", Pattern.CASE_INSENSITIVE));
    }
}

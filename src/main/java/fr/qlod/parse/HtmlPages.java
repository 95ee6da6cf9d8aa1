package fr.qlod.parse;

import java.util.regex.Pattern;

/**
 * Checks shared by the HTML page readers. Every page the Assemblée serves ends with
 * {@code </html>}, so a page without it was cut short in transfer or on disk, and reading it
 * would silently lose the end of a text.
 */
final class HtmlPages {
    private static final Pattern END =
            Pattern.compile("</html>\\s*(<!--.*?-->\\s*)*\\z", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private HtmlPages() {}

    /** Throws when the decoded page does not end with {@code </html>}. */
    static void requireEnd(String file, String text) {
        int tail = Math.max(0, text.length() - 4096);
        if (!END.matcher(text).region(tail, text.length()).find()) {
            throw new SourceFormatException(file, place(text, text.length()), "truncated document: no closing </html>");
        }
    }

    /** "line 12:5" for an offset in a decoded text. */
    static String place(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ":" + (offset - lineStart + 1);
    }
}

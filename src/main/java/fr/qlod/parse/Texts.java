package fr.qlod.parse;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Clean text for the model: HTML reduced to text with its paragraphs kept (separated by one
 * blank line), entities decoded, no-break spaces made plain, runs of white space folded.
 */
public final class Texts {
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "table",
            "tr",
            "ul",
            "ol",
            "li",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "blockquote",
            "center",
            "section",
            "article",
            "header",
            "footer",
            "pre",
            "dl",
            "dt",
            "dd",
            "quest",
            "rep",
            "comprep");

    private Texts() {}

    /**
     * Cleans plain text: paragraphs are separated by blank lines; single newlines are kept inside a
     * paragraph. Each line loses its leading and trailing white space and its runs of spaces, tabs and
     * form feeds become one space; no-break spaces count as spaces, zero-width spaces and BOMs are
     * dropped. One pass over the text, as it runs on every text of every record.
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        // arrays, not builders or charAt, as this runs on every character read. The result is never longer
        // than the text: each character kept comes from one of it, each separator from as many line breaks
        char[] in = text.toCharArray();
        char[] out = new char[n];
        char[] line = new char[n];
        int length = 0;
        int lineLength = 0;
        int blank = 0;
        for (int i = 0; i <= n; i++) {
            char c = i == n ? '\n' : in[i];
            if (c == '\r') {
                if (i + 1 < n && in[i + 1] == '\n') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\n') {
                // the line ends: stripped, it joins the paragraphs, or counts as blank
                int start = 0;
                int end = lineLength;
                while (start < end && Character.isWhitespace(line[start])) {
                    start++;
                }
                while (end > start && Character.isWhitespace(line[end - 1])) {
                    end--;
                }
                if (start == end) {
                    blank++;
                } else {
                    if (length > 0) {
                        out[length++] = '\n';
                        if (blank > 0) {
                            out[length++] = '\n';
                        }
                    }
                    System.arraycopy(line, start, out, length, end - start);
                    length += end - start;
                    blank = 0;
                }
                lineLength = 0;
                continue;
            }
            switch (c) {
                case '\u00A0', '\u202F', '\u2007' -> c = ' ';
                case '\u200B', '\uFEFF' -> {
                    continue;
                }
                default -> {}
            }
            boolean fold = c == ' ' || c == '\t' || c == '\u000B' || c == '\f';
            if (fold && lineLength > 0 && line[lineLength - 1] == ' ') {
                continue;
            }
            line[lineLength++] = fold ? ' ' : c;
        }
        return new String(out, 0, length);
    }

    /** Decodes HTML entities in text that is otherwise plain ("l&#8217;Etat" becomes "l’Etat"). */
    public static String unescape(String text) {
        return text == null ? null : Parser.unescapeEntities(text, false);
    }

    /** Reduces an HTML fragment (as found inside XML CDATA or JSON strings) to clean text. */
    public static String fromHtml(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0) {
            return clean(unescape(html));
        }
        return fromHtml(Jsoup.parseBodyFragment(html).body());
    }

    /** Reduces an element's content to clean text with paragraph breaks at block elements and double {@code <br>}. */
    public static String fromHtml(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text) {
                            out.append(text.getWholeText().replace('\n', ' '));
                        } else if (node instanceof Element e) {
                            String tag = e.normalName();
                            if (tag.equals("br")) {
                                out.append('\n');
                            } else if (BLOCKS.contains(tag)) {
                                out.append("\n\n");
                            } else if (tag.equals("td") || tag.equals("th")) {
                                out.append(' ');
                            }
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                            out.append("\n\n");
                        }
                    }
                },
                element);
        // a line of spaces and tabs only is blank to clean() already
        return clean(out.toString());
    }
}

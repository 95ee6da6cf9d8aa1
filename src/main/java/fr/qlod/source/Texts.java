package fr.qlod.source;

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
    private static final Set<String> BLOCKS = Set.of("p", "div", "table", "tr", "ul", "ol", "li", "h1", "h2",
            "h3", "h4", "h5", "h6", "blockquote", "center", "section", "article", "header", "footer", "pre",
            "dl", "dt", "dd", "quest", "rep", "comprep");

    private Texts() {
    }

    /** Cleans plain text: paragraphs are separated by blank lines; single newlines are kept inside a paragraph. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n')
                .replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2007', ' ')
                .replace("\u200B", "").replace("\uFEFF", "");
        StringBuilder out = new StringBuilder(t.length());
        int blank = 0;
        for (String line : t.split("\n", -1)) {
            String folded = line.replaceAll("[ \\t\\x0B\\f]+", " ").strip();
            if (folded.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(folded);
            blank = 0;
        }
        return out.toString();
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
        NodeTraversor.traverse(new NodeVisitor() {
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
        }, element);
        return clean(out.toString().replaceAll("\n[ \\t]*\n", "\n\n"));
    }
}

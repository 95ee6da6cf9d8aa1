package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.qlod.RandomText;
import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void keepsParagraphsAsBlankLineSeparatedBlocks() {
        assertEquals(
                "Première phrase.\n\nDeuxième paragraphe.",
                Texts.fromHtml("<p>Première  phrase.</p><p>Deuxième\nparagraphe.</p>"));
        assertEquals("Un.\n\nDeux.", Texts.fromHtml("Un.<br><br>Deux."));
        assertEquals("Ligne un\nligne deux", Texts.fromHtml("Ligne un<br>ligne deux"));
    }

    @Test
    void decodesEntitiesAndMakesNoBreakSpacesPlain() {
        assertEquals("l’État : 194 588 euros", Texts.fromHtml("l&#8217;&Eacute;tat&nbsp;: 194&#160;588 euros"));
        assertEquals("M. Le Pen ?", Texts.clean("M.\u00a0Le\u00a0Pen\u202f?"));
    }

    @Test
    void toleratesStrayClosingTagsOfOpenDataTexts() {
        assertEquals(
                "EXPULSION\n\nMme la présidente. La parole est à Mme Le Pen.",
                Texts.fromHtml("</p><p align=\"CENTER\"> EXPULSION <a name=PG1></a> </p><br>"
                        + "<strong>Mme\u00a0la présidente. </strong>La parole est à Mme\u00a0Le\u00a0Pen.<br> <p>"));
    }

    @Test
    void foldsWhiteSpaceInPlainText() {
        assertEquals("a b\n\nc", Texts.clean("  a \t b \r\n\r\n\r\n   c  "));
    }

    /** {@link Texts#clean} defined by regular expressions, slowly and plainly: its oracle. */
    private static String cleanByRegex(String text) {
        String t = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u00A0', ' ')
                .replace('\u202F', ' ')
                .replace('\u2007', ' ')
                .replace("\u200B", "")
                .replace("\uFEFF", "");
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

    @Test
    void cleanGivesWhatTheRegexDefinitionGaveOnRandomText() {
        String alphabet = "ab é\t\n\r\u000B\f\u00A0\u202F\u2007\u200B\uFEFF\u2003\u3000\u001C\u0085\u2028.";
        for (String s : RandomText.strings(alphabet, 24, 20_000, 9)) {
            assertEquals(cleanByRegex(s), Texts.clean(s), () -> "for " + RandomText.escaped(s));
        }
    }

    @Test
    void cleanTreatsLinesOfSpacesAndTabsAsBlank() {
        // what lets fromHtml skip the regular expression that emptied such lines before cleaning
        String alphabet = "a \t\n\r\u00A0\u2003";
        for (String s : RandomText.strings(alphabet, 24, 20_000, 13)) {
            assertEquals(
                    Texts.clean(s.replaceAll("\n[ \\t]*\n", "\n\n")),
                    Texts.clean(s),
                    () -> "for " + RandomText.escaped(s));
        }
    }
}

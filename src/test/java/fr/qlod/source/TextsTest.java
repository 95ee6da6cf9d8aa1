package fr.qlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void keepsParagraphsAsBlankLineSeparatedBlocks() {
        assertEquals("Première phrase.\n\nDeuxième paragraphe.",
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
        assertEquals("EXPULSION\n\nMme la présidente. La parole est à Mme Le Pen.",
                Texts.fromHtml("</p><p align=\"CENTER\"> EXPULSION <a name=PG1></a> </p><br>"
                        + "<strong>Mme\u00a0la présidente. </strong>La parole est à Mme\u00a0Le\u00a0Pen.<br> <p>"));
    }

    @Test
    void foldsWhiteSpaceInPlainText() {
        assertEquals("a b\n\nc", Texts.clean("  a \t b \r\n\r\n\r\n   c  "));
    }
}

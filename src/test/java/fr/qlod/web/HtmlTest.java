package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Cie&quot;",
                Html.escape("<script>alert('x')</script> & \"Cie\""));
    }

    @Test
    void escapesNullAsEmpty() {
        assertEquals("", Html.escape(null));
    }

    @Test
    void splitsTextIntoParagraphsOnBlankLines() {
        assertEquals(
                List.of("Premier <b>.", "Second suite."),
                TextBlock.of("Texte", null, "Premier <b>.\n\n  \nSecond\nsuite.\n")
                        .paragraphs());
    }

    @Test
    void pageTitleIsEscapedAndPageHasNoScript() {
        String page = Html.errorPage(404, "<script>x</script>", "<p>corps</p>");

        assertTrue(page.contains("<title>&lt;script&gt;x&lt;/script&gt; — qlod</title>"), page);
        assertFalse(page.contains("<script"));
        assertTrue(page.contains("&lt;p&gt;corps&lt;/p&gt;"), page);
    }
}

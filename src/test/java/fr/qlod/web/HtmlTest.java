package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapesMarkupAndQuotes() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Cie&quot;",
                Html.escape("<script>alert('x')</script> & \"Cie\""));
    }

    @Test
    void escapesNullAsEmpty() {
        assertEquals("", Html.escape(null));
    }

    @Test
    void splitsTextIntoParagraphsOnBlankLines() {
        assertEquals("<p>Premier &lt;b&gt;.</p>\n<p>Second<br>suite.</p>\n",
                Html.paragraphs("Premier <b>.\n\n  \nSecond\nsuite.\n"));
    }

    @Test
    void pageTitleIsEscapedAndPageHasNoScript() {
        String page = Html.page("<script>x</script>", "", "<p>corps</p>");

        assertTrue(page.contains("<title>&lt;script&gt;x&lt;/script&gt; — qlod</title>"));
        assertFalse(page.contains("<script"));
    }
}

package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.qlod.RandomText;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DecodingTest {
    private static final String FRENCH = "Réponse à l’honorable parlementaire : œuvre « déjà » publiée…";

    @Test
    void readsUtf8() {
        assertEquals(FRENCH, Decoding.decode(FRENCH.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void readsWindows1252EvenWhenDeclaredLatin1() {
        byte[] bytes = FRENCH.getBytes(Charset.forName("windows-1252"));
        assertEquals(FRENCH, Decoding.decode(bytes, "iso-8859-1"));
    }

    @Test
    void readsLatin1WithoutDeclaration() {
        String latin = "Ministère de l'intérieur et de l'aménagement du territoire";
        assertEquals(latin, Decoding.decode(latin.getBytes(StandardCharsets.ISO_8859_1), null));
    }

    @Test
    void skipsUtf8AndUtf16ByteOrderMarks() {
        byte[] utf8 = FRENCH.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        assertEquals(FRENCH, Decoding.decode(withBom, null));
        byte[] utf16 = ("\uFEFF" + FRENCH).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(FRENCH, Decoding.decode(utf16, null));
    }

    @Test
    void repairsUtf8ThatWasDecodedAsWindows1252Upstream() {
        String mojibake = new String(FRENCH.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        assertEquals(FRENCH, Decoding.repairMojibake(mojibake));
        assertEquals(FRENCH, Decoding.decode(mojibake.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void leavesGenuineTextAlone() {
        String text = "À Paris, Ça va ; Âge d'or ; Ærø";
        assertEquals(text, Decoding.repairMojibake(text));
    }

    /** {@link Decoding#repairMojibake} defined by regular expressions instead of a scanner: its oracle. */
    private static final Pattern MOJIBAKE = Pattern.compile(
            "[\u00C2-\u00DF][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
                    + "\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]"
                    + "|[\u00E0-\u00EF][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152"
                    + "\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]{2}");

    private static String repairByRegex(String text) {
        if (text.indexOf('\u00C3') < 0
                && text.indexOf('\u00C2') < 0
                && text.indexOf('\u00E2') < 0
                && text.indexOf('\u00C5') < 0) {
            return text;
        }
        Matcher m = MOJIBAKE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            byte[] raw = Decoding.toWindows1252Bytes(m.group());
            String fixed = raw == null ? null : Decoding.strictUtf8(raw, 0, raw.length);
            if (fixed != null) {
                out.append(text, last, m.start()).append(fixed);
                last = m.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    @Test
    void repairGivesWhatTheRegexDefinitionGaveOnRandomText() {
        String utf8AsCp1252 = new String("é€’œ…«à€ ".getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        String alphabet = "aé" + utf8AsCp1252 + "\u00C2\u00C3\u00C5\u00E2\u00EF\u00DF\u00BF\u0080\u0081\u00A0\u00F0";
        for (String s : RandomText.strings(alphabet, 16, 20_000, 11)) {
            assertEquals(repairByRegex(s), Decoding.repairMojibake(s), () -> "for " + RandomText.escaped(s));
        }
    }
}

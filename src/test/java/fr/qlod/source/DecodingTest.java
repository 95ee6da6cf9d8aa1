package fr.qlod.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
}

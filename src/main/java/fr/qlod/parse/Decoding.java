package fr.qlod.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a page into text whatever the page claims: a BOM wins, then valid UTF-8,
 * else windows-1252 (the Assemblée's "iso-8859-1" pages really are windows-1252, and latin-1
 * text decodes the same way). UTF-8 read as windows-1252 somewhere upstream ("Ã©") is repaired.
 */
public final class Decoding {
    /** windows-1252's 0x80-0x9F row; the five undefined bytes keep their latin-1 code point. */
    private static final char[] CP1252_HIGH =
            ("\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
                            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178")
                    .toCharArray();

    private static final String CP1252_HIGH_TEXT = new String(CP1252_HIGH);

    private Decoding() {}

    /**
     * Decodes bytes to text.
     *
     * @param bytes    the raw document
     * @param declared a charset the document declares, or null; only UTF-16 declarations are
     *                 trusted over the content, since the Assemblée's declarations are unreliable
     */
    public static String decode(byte[] bytes, String declared) {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return repairMojibake(new String(bytes, 3, n - 3, StandardCharsets.UTF_8));
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16BE);
        }
        if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, n - 2, StandardCharsets.UTF_16LE);
        }
        if (declared != null && declared.toUpperCase(java.util.Locale.ROOT).startsWith("UTF-16")) {
            return new String(bytes, Charset.forName(declared));
        }
        String utf8 = strictUtf8(bytes, 0, n);
        if (utf8 != null) {
            return repairMojibake(utf8);
        }
        return repairMojibake(windows1252(bytes, 0, n));
    }

    /** Decodes windows-1252, keeping the five undefined bytes as their latin-1 code points. */
    static String windows1252(byte[] bytes, int offset, int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xFF;
            chars[i] = b >= 0x80 && b < 0xA0 ? CP1252_HIGH[b - 0x80] : (char) b;
        }
        return new String(chars);
    }

    /** Returns the text when the bytes are valid UTF-8, null otherwise. */
    static String strictUtf8(byte[] bytes, int offset, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, length));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Repairs UTF-8 text that was decoded as windows-1252 or latin-1 before it reached us
     * ("rÃ©ponse" becomes "réponse"); text without such sequences is returned unchanged. A
     * candidate is a lead character of a two-byte (U+00C2–U+00DF) or three-byte (U+00E0–U+00EF)
     * sequence followed by as many continuation bytes as they look in windows-1252; it is replaced
     * when its bytes are valid UTF-8. Candidates are taken left to right and never overlap.
     */
    public static String repairMojibake(String text) {
        if (text.indexOf('\u00C3') < 0
                && text.indexOf('\u00C2') < 0
                && text.indexOf('\u00E2') < 0
                && text.indexOf('\u00C5') < 0) {
            return text;
        }
        StringBuilder out = null;
        int last = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int length = c >= '\u00C2' && c <= '\u00DF' ? 2 : c >= '\u00E0' && c <= '\u00EF' ? 3 : 0;
            if (length == 0
                    || i + length > n
                    || !continuation(text.charAt(i + 1))
                    || length == 3 && !continuation(text.charAt(i + 2))) {
                i++;
                continue;
            }
            byte[] raw = toWindows1252Bytes(text.substring(i, i + length));
            String fixed = raw == null ? null : strictUtf8(raw, 0, raw.length);
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(text.length());
                }
                out.append(text, last, i).append(fixed);
                last = i + length;
            }
            i += length;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    /** A UTF-8 continuation byte (0x80–0xBF) as it looks once decoded as windows-1252. */
    private static boolean continuation(char c) {
        return c >= '\u0080' && c <= '\u00BF' || c > '\u00FF' && CP1252_HIGH_TEXT.indexOf(c) >= 0;
    }

    /** The windows-1252 bytes that decode to {@code s}, or null if some character has none. */
    static byte[] toWindows1252Bytes(String s) {
        byte[] out = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x100) {
                out[i] = (byte) c;
                continue;
            }
            int index = CP1252_HIGH_TEXT.indexOf(c);
            if (index < 0) {
                return null;
            }
            out[i] = (byte) (0x80 + index);
        }
        return out;
    }
}

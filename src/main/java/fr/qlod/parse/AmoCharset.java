package fr.qlod.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides whether a streamed AMO document may be handed to its parser as bytes (UTF-8, a BOM or a
 * declared encoding, which the parsers detect themselves) or must be decoded as windows-1252, the
 * Assemblée's usual undeclared encoding.
 */
final class AmoCharset {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private AmoCharset() {}

    /** True when the head is valid UTF-8, allowing a sequence cut at its end. */
    static boolean isUtf8(byte[] head) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(head), out, false);
        return !result.isError();
    }

    /** True when the head starts with a UTF-16 or UTF-32 byte-order mark or has NUL bytes (UTF-16/32 text). */
    static boolean isWide(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE || (head[0] & 0xFF) == 0xFF)) {
            return true;
        }
        for (int i = 0; i < Math.min(head.length, 4); i++) {
            if (head[i] == 0) {
                return true;
            }
        }
        return false;
    }
}

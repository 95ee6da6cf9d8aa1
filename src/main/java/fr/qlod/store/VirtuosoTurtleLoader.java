package fr.qlod.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The SPARQL query that hands a batch of N-Quads to Virtuoso's own Turtle loader, {@code
 * DB.DBA.TTLP} with its N-Quads flag (512), called through Virtuoso's {@code sql:} functions: the
 * store parses the batch as a file it loads, at about ten times the triples per second of the same
 * triples in {@code INSERT DATA}, which Virtuoso 7.2 compiles to SQL first (about 1 ms of its CPU a
 * triple, measured on 256 KiB requests). The batch travels gzipped and in base64, unpacked by the
 * store ({@code bif:gzip_uncompress}, {@code bif:decode_base64}): Virtuoso's SPARQL parser spends
 * more on a long literal than its loader spends on the triples (12,000 quads as 2 MB of literal
 * text: 1.0 s of its CPU, of which the loader itself 0.3 s; gzipped, a tenth of the text, 0.4 s).
 * The base64 goes as a concatenation of string literals of at most {@value #PIECE} characters:
 * the parser takes a time that grows with the square of one literal's length. Every character
 * outside ASCII is written as an N-Quads escape ({@code \u00e9}) before compression: the loader
 * reads a narrow string, and refuses the {@code NVARCHAR} a literal with other characters would
 * be. Virtuoso lets only its administrators ({@code dba}) call the loader from SPARQL.
 */
final class VirtuosoTurtleLoader {
    static final int PIECE = 16_000;
    private static final int NQUADS = 512;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private VirtuosoTurtleLoader() {}

    /** The query loading {@code nquads} (UTF-8); {@code graph} is the loader's default graph, which no quad uses. */
    static String query(byte[] nquads, String graph) {
        String packed = Base64.getEncoder().encodeToString(gzip(ascii(new String(nquads, StandardCharsets.UTF_8))));
        StringBuilder q = new StringBuilder(packed.length() + packed.length() / PIECE * 4 + 200)
                .append("SELECT (sql:TTLP(bif:gzip_uncompress(bif:decode_base64(bif:concat(");
        int start = 0;
        do {
            int end = Math.min(packed.length(), start + PIECE);
            if (start > 0) {
                q.append(", ");
            }
            // base64 has no character a SPARQL string literal must escape
            q.append('"').append(packed, start, end).append('"');
            start = end;
        } while (start < packed.length());
        q.append("))), \"\", \"");
        escape(q, graph);
        return q.append("\", ").append(NQUADS).append(") AS ?loaded) {}").toString();
    }

    /**
     * Whether the store lets this user call the loader from SPARQL: one query loading nothing (Virtuoso
     * answers 400, "security restrictions", to a user who is not an administrator).
     */
    static boolean allowed(RemoteHttp http) {
        return http.query(query(new byte[0], "urn:qlod:nothing"), "text/csv").ok();
    }

    /** N-Quads text with every character outside ASCII written as its N-Quads escape. */
    static String ascii(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + text.length() / 16).append(text, 0, i);
            }
            int cp = text.codePointAt(i);
            if (cp > 0xFFFF) {
                out.append("\\U").append(HEX.toHexDigits(cp));
            } else {
                out.append("\\u").append(HEX.toHexDigits((short) cp));
            }
            i += Character.charCount(cp) - 1;
        }
        return out == null ? text : out.toString();
    }

    /** The ASCII text gzipped at the fastest level: the store's time, not the ratio, is what counts. */
    private static byte[] gzip(String ascii) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ascii.length() / 8 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 1 << 16) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            zip.write(ascii.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code text} inside a SPARQL string literal: only its backslashes and quotes need escaping here (an IRI). */
    private static void escape(StringBuilder q, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                q.append('\\');
            }
            q.append(c);
        }
    }
}

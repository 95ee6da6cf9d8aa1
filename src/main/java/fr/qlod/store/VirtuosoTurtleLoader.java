package fr.qlod.store;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The SPARQL query that hands a batch of N-Quads to Virtuoso's own Turtle loader, {@code
 * DB.DBA.TTLP} with its N-Quads flag (512), called through Virtuoso's {@code sql:} functions: the
 * store parses the batch as a file it loads, at about ten times the triples per second of the same
 * triples in {@code INSERT DATA}, which Virtuoso 7.2 compiles to SQL first (about 1 ms of its CPU a
 * triple, measured on 256 KiB requests). The N-Quads go as a concatenation of string literals of
 * at most {@value #PIECE} characters: Virtuoso's SPARQL parser takes a time that grows with the
 * square of one literal's length (a 655 KB literal took 1.3 s of its CPU, the same text in 41
 * pieces 0.19 s). Every character outside ASCII is written as an N-Quads escape ({@code \u00e9}),
 * which the loader reads back: a literal with other characters reaches it as {@code NVARCHAR},
 * which it refuses. Virtuoso lets only its administrators ({@code dba}) call the loader from SPARQL.
 */
final class VirtuosoTurtleLoader {
    static final int PIECE = 16_000;
    private static final int NQUADS = 512;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private VirtuosoTurtleLoader() {}

    /** The query loading {@code nquads} (UTF-8); {@code graph} is the loader's default graph, which no quad uses. */
    static String query(byte[] nquads, String graph) {
        String text = new String(nquads, StandardCharsets.UTF_8);
        StringBuilder q =
                new StringBuilder(text.length() + text.length() / 8 + 200).append("SELECT (sql:TTLP(bif:concat(");
        int start = 0;
        do {
            int end = Math.min(text.length(), start + PIECE);
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
                end--;
            }
            if (start > 0) {
                q.append(", ");
            }
            literal(q, text, start, end);
            start = end;
        } while (start < text.length());
        q.append("), \"\", ");
        literal(q, graph, 0, graph.length());
        return q.append(", ").append(NQUADS).append(") AS ?loaded) {}").toString();
    }

    /**
     * Whether the store lets this user call the loader from SPARQL: one query loading nothing (Virtuoso
     * answers 400, "security restrictions", to a user who is not an administrator).
     */
    static boolean allowed(RemoteHttp http) {
        return http.query(query(new byte[0], "urn:qlod:nothing"), "text/csv").ok();
    }

    /** A SPARQL string literal of {@code text[start, end)}, ASCII only, as N-Quads escapes. */
    private static void literal(StringBuilder q, String text, int start, int end) {
        q.append('"');
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"') {
                q.append('\\').append(c);
            } else if (c == '\n') {
                q.append("\\n");
            } else if (c == '\r') {
                q.append("\\r");
            } else if (c < 0x80) {
                q.append(c);
            } else {
                // the N-Quads escape, its backslash escaped for the SPARQL literal
                int cp = text.codePointAt(i);
                if (cp > 0xFFFF) {
                    q.append("\\\\U").append(HEX.toHexDigits(cp));
                } else {
                    q.append("\\\\u").append(HEX.toHexDigits((short) cp));
                }
                i += Character.charCount(cp) - 1;
            }
        }
        q.append('"');
    }
}

package fr.qlod.mapping;

import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * Links the questions that received an answer with the same text. Every answer already points
 * to its {@code qlod:AnswerText} fingerprint; this collector keeps only each question's
 * fingerprints, as numbers, while a conversion runs (seeded from the store when loading into one),
 * then writes {@code qlod:sameAnswerAs} between the questions of each fingerprint into the graph
 * {@code {base}graph/links/identical-answers}, in a fixed order.
 *
 * <pre>
 * IdenticalAnswers links = new IdenticalAnswers();
 * questions.forEach(links::add);
 * links.emit(out, context);
 * </pre>
 *
 * A text shared by more than {@value #MAX_GROUP} questions (a boilerplate answer) gets no pairwise
 * links, which would grow as the square of the group: its questions are joined through the
 * shared {@code qlod:AnswerText} resource only.
 */
public final class IdenticalAnswers {
    /** The name of the links graph. */
    public static final String GRAPH_NAME = "identical-answers";
    /** The largest group of questions linked pairwise. */
    public static final int MAX_GROUP = 100;

    /** The query of what a store holds that the links are computed from: each question's uid and answer fingerprints. */
    public static final String STORED = String.join(
            "\n",
            "PREFIX qlod: <" + Qlod.NS + ">",
            "SELECT ?uid ?fingerprint WHERE { GRAPH ?g {",
            "  ?q qlod:uid ?uid ; qlod:answer ?a . ?a qlod:hasAnswerText ?t . ?t qlod:fingerprint ?fingerprint } }");

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{16,}");

    /**
     * The first 64 bits of the fingerprint of each answer of each question, by question ({@link
     * #pack}): about 80 bytes an answered question; a question read again replaces its entry.
     */
    private final Map<Long, long[]> fingerprintsByQuestion = new HashMap<>();

    private final boolean seeded;

    /** An empty collector, for a conversion that starts from nothing. */
    public IdenticalAnswers() {
        this.seeded = false;
    }

    private IdenticalAnswers(boolean seeded) {
        this.seeded = seeded;
    }

    /**
     * A collector seeded with every question already in a dataset (read in its own read
     * transaction), so that a load adding questions to a store relinks them with those already
     * there. It always writes its links graph, even empty, so that the graph of an earlier load is
     * replaced when no text is shared any more.
     */
    public static IdenticalAnswers of(DatasetGraph dataset) {
        IdenticalAnswers links = new IdenticalAnswers(true);
        Txn.executeRead(dataset, () -> {
            try (QueryExec exec = QueryExec.dataset(dataset).query(STORED).build()) {
                exec.select()
                        .forEachRemaining(row -> links.addStored(
                                row.get("uid").getLiteralLexicalForm(),
                                row.get("fingerprint").getLiteralLexicalForm()));
            }
        });
        return links;
    }

    /**
     * A collector to be seeded with {@link #addStored} from the answers of {@link #STORED} asked of a
     * store that is not a local dataset (a remote SPARQL store).
     */
    public static IdenticalAnswers seeded() {
        return new IdenticalAnswers(true);
    }

    /** Adds one row of {@link #STORED}: a stored question's uid and one of its answer fingerprints. */
    public void addStored(String uid, String fingerprint) {
        // a fingerprint this converter did not write (edited through /update) is ignored
        if (HEX.matcher(fingerprint).matches()) {
            QuestionId.parse(uid).ifPresent(id -> append(pack(id), prefix(fingerprint)));
        }
    }

    /** Records the fingerprint of each non-empty answer of a question, replacing what was known of it. */
    public void add(Question q) {
        long[] keys = q.answers().stream()
                .filter(a -> !a.text().isEmpty())
                .mapToLong(a -> prefix(fingerprint(a.text())))
                .toArray();
        if (keys.length == 0) {
            fingerprintsByQuestion.remove(pack(q.id()));
        } else {
            fingerprintsByQuestion.put(pack(q.id()), keys);
        }
    }

    private void append(long question, long key) {
        long[] keys = fingerprintsByQuestion.get(question);
        long[] more = keys == null ? new long[1] : Arrays.copyOf(keys, keys.length + 1);
        more[more.length - 1] = key;
        fingerprintsByQuestion.put(question, more);
    }

    /** The groups of two or more question uids that share an answer text, by fingerprint order, uids sorted. */
    public List<List<String>> groups() {
        Map<Long, SortedSet<String>> byFingerprint = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        fingerprintsByQuestion.values().forEach(keys -> {
            for (long k : keys) {
                counts.merge(k, 1, Integer::sum);
            }
        });
        fingerprintsByQuestion.forEach((question, keys) -> {
            for (long k : keys) {
                if (counts.get(k) > 1) {
                    byFingerprint
                            .computeIfAbsent(k, x -> new TreeSet<>())
                            .add(unpack(question).uid());
                }
            }
        });
        List<Long> shared = new ArrayList<>(byFingerprint.keySet());
        shared.sort(Long::compareUnsigned);
        List<List<String>> groups = new ArrayList<>();
        for (Long k : shared) {
            SortedSet<String> uids = byFingerprint.get(k);
            if (uids.size() > 1) {
                groups.add(List.copyOf(uids));
            }
        }
        return groups;
    }

    /** A question id in one long: legislature, type and number. */
    private static long pack(QuestionId id) {
        return ((long) id.legislature() << 40) | ((long) id.type().ordinal() << 32) | (id.number() & 0xffffffffL);
    }

    private static QuestionId unpack(long packed) {
        return new QuestionId((int) (packed >>> 40), QuestionType.values()[(int) (packed >>> 32) & 0xff], (int) packed);
    }

    /** The first 64 bits of a fingerprint given in hex digits. */
    private static long prefix(String hex) {
        return Long.parseUnsignedLong(hex.substring(0, 16), 16);
    }

    /**
     * Writes the links graph: nothing when no answer text is shared, unless the collector was
     * seeded from a store (then the graph's provenance alone, which replaces a stale graph).
     */
    public void emit(StreamRDF out, MappingContext context) {
        List<List<String>> groups = groups();
        if (groups.isEmpty() && !seeded) {
            return;
        }
        Uris uris = context.uris();
        GraphWriter w = new GraphWriter(out, uris.linksGraph(GRAPH_NAME));
        Provenance.emit(w, context);
        for (List<String> uids : groups) {
            if (uids.size() > MAX_GROUP) {
                continue;
            }
            for (String a : uids) {
                Node qa = GraphWriter.iri(uris.question(QuestionId.parse(a).orElseThrow()));
                for (String b : uids) {
                    if (!a.equals(b)) {
                        w.add(
                                qa,
                                Qlod.Nodes.sameAnswerAs,
                                GraphWriter.iri(
                                        uris.question(QuestionId.parse(b).orElseThrow())));
                    }
                }
            }
        }
    }

    /**
     * The SHA-256 (64 hex digits) of an answer text normalised so that copies differing only in
     * case, white space, apostrophes, quotes or Unicode composition match.
     */
    public static String fingerprint(String text) {
        Memo memo = LAST.get();
        if (memo.text != text) {
            memo.fingerprint = compute(text);
            memo.text = text;
        }
        return memo.fingerprint;
    }

    /**
     * The last text fingerprinted on this thread: the mapper and this collector ask for the same
     * answer's, one after the other, and a fingerprint costs a normalisation and a SHA-256 of the text.
     */
    private static final ThreadLocal<Memo> LAST = ThreadLocal.withInitial(Memo::new);

    private static final class Memo {
        private String text;
        private String fingerprint;
    }

    private static String compute(String text) {
        byte[] normalised =
                simple(text) ? normaliseSimple(text) : normaliseAny(text).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(SHA_256.get().digest(normalised));
    }

    /** A SHA-256 digest per thread: {@code digest()} resets it. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    });

    /** The fingerprint's normalisation as its definition states it, for any text. */
    static String normaliseAny(String text) {
        char[] chars = Normalizer.normalize(text, Normalizer.Form.NFKC).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = quote(chars[i]);
        }
        return foldAsciiWhiteSpace(new String(chars).toLowerCase(Locale.ROOT)).strip();
    }

    /**
     * The characters that NFKC leaves as they are, whatever surrounds them, and that lower-case one to
     * one: those of Latin-1 to Spacing Modifier Letters (below U+0300, where the combining marks begin)
     * and of General Punctuation to Currency Symbols (U+2000–U+20CF), that NFKC maps to themselves,
     * save U+0130, which lower-cases to two characters. No character of these ranges composes with
     * another, so a text made of them alone is its own NFKC form; French answers almost always are
     * (no-break spaces are plain by then, see {@code Texts.clean}).
     */
    private static final boolean[] SIMPLE = new boolean[0x20D0];

    static {
        for (char c = 0; c < SIMPLE.length; c++) {
            String s = String.valueOf(c);
            SIMPLE[c] = (c < 0x300 || c >= 0x2000)
                    && c != '\u0130'
                    && Normalizer.normalize(s, Normalizer.Form.NFKC).equals(s);
        }
    }

    private static boolean simple(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= SIMPLE.length || !SIMPLE[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #normaliseAny} in UTF-8, in one pass and without intermediate strings, for a text of
     * {@link #SIMPLE} characters only: each of them is its own NFKC form and lower-cases alone.
     */
    static byte[] normaliseSimple(String text) {
        int n = text.length();
        char[] chars = new char[n];
        int length = 0;
        boolean inRun = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                chars[length++] = Character.toLowerCase(quote(c));
            } else if (!inRun) {
                chars[length++] = ' ';
            }
            inRun = space;
        }
        int start = 0;
        int end = length;
        while (start < end && Character.isWhitespace(chars[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        byte[] bytes = new byte[3 * (end - start)];
        int b = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[b++] = (byte) c;
            } else if (c < 0x800) {
                bytes[b++] = (byte) (0xC0 | c >> 6);
                bytes[b++] = (byte) (0x80 | c & 0x3F);
            } else {
                bytes[b++] = (byte) (0xE0 | c >> 12);
                bytes[b++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[b++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(bytes, b);
    }

    /** Apostrophes and quotation marks as their ASCII forms. */
    private static char quote(char c) {
        return switch (c) {
            case '’', '‘', 'ʼ', '`', '´' -> '\'';
            case '“', '”', '«', '»', '„' -> '"';
            default -> c;
        };
    }

    /** Replaces each run of the characters of the regex class {@code \\s} ({@code [ \\t\\n\\x0B\\f\\r]}) by one space. */
    private static String foldAsciiWhiteSpace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString();
    }
}

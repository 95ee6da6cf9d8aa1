package fr.qlod.rdf;

import fr.qlod.model.Answer;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Links the questions that received an answer with the same text. Every answer already points
 * to its {@code qlod:AnswerText} fingerprint; this collector keeps only fingerprint → uids while
 * a conversion runs, then writes {@code qlod:sameAnswerAs} between the questions of each
 * fingerprint into the graph {@code {base}graph/links/identical-answers}, in a fixed order.
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

    private final Map<String, SortedSet<String>> uidsByFingerprint = new TreeMap<>();

    /** Records the fingerprint of each non-empty answer of a question. */
    public void add(Question q) {
        for (Answer a : q.answers()) {
            if (!a.text().isEmpty()) {
                String key = fingerprint(a.text()).substring(0, Uris.FINGERPRINT_DIGITS);
                uidsByFingerprint.computeIfAbsent(key, k -> new TreeSet<>()).add(q.key());
            }
        }
    }

    /** The groups of two or more question uids that share an answer text, by fingerprint order. */
    public List<List<String>> groups() {
        List<List<String>> groups = new ArrayList<>();
        for (SortedSet<String> uids : uidsByFingerprint.values()) {
            if (uids.size() > 1) {
                groups.add(List.copyOf(uids));
            }
        }
        return groups;
    }

    /** Writes the links graph (nothing when no answer text is shared). */
    public void emit(StreamRDF out, MappingContext context) {
        List<List<String>> groups = groups();
        if (groups.isEmpty()) {
            return;
        }
        Uris uris = context.uris();
        GraphWriter w = new GraphWriter(out, uris.linksGraph(GRAPH_NAME));
        Provenance.emit(w, context, null);
        for (List<String> uids : groups) {
            if (uids.size() > MAX_GROUP) {
                continue;
            }
            for (String a : uids) {
                Node qa = GraphWriter.iri(uris.question(QuestionId.parse(a).orElseThrow()));
                for (String b : uids) {
                    if (!a.equals(b)) {
                        w.add(qa, Qlod.Nodes.sameAnswerAs, GraphWriter.iri(uris.question(QuestionId.parse(b).orElseThrow())));
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
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[’‘ʼ`´]", "'").replaceAll("[“”«»„]", "\"")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(t.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

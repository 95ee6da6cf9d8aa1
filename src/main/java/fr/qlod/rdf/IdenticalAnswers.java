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
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Links the questions that received an answer with the same text. Every answer already points
 * to its {@code qlod:AnswerText} fingerprint; this collector keeps only fingerprint → uids while
 * a conversion runs (seeded from the store when loading into one), then writes {@code qlod:sameAnswerAs} between the questions of each
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

    private static final String STORED = String.join("\n",
            "PREFIX qlod: <" + Qlod.NS + ">",
            "SELECT ?uid ?fingerprint WHERE { GRAPH ?g {",
            "  ?q qlod:uid ?uid ; qlod:answer ?a . ?a qlod:hasAnswerText ?t . ?t qlod:fingerprint ?fingerprint } }");

    /** The fingerprints (key digits) of each question's answers; a question read again replaces its entry. */
    private final Map<String, List<String>> fingerprintsByUid = new TreeMap<>();
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
                exec.select().forEachRemaining(row -> {
                    String key = row.get("fingerprint").getLiteralLexicalForm();
                    links.add(row.get("uid").getLiteralLexicalForm(),
                            key.substring(0, Math.min(key.length(), Uris.FINGERPRINT_DIGITS)));
                });
            }
        });
        return links;
    }

    /** Records the fingerprint of each non-empty answer of a question, replacing what was known of it. */
    public void add(Question q) {
        List<String> keys = new ArrayList<>();
        for (Answer a : q.answers()) {
            if (!a.text().isEmpty()) {
                keys.add(fingerprint(a.text()).substring(0, Uris.FINGERPRINT_DIGITS));
            }
        }
        if (keys.isEmpty()) {
            fingerprintsByUid.remove(q.key());
        } else {
            fingerprintsByUid.put(q.key(), keys);
        }
    }

    private void add(String uid, String key) {
        fingerprintsByUid.computeIfAbsent(uid, u -> new ArrayList<>()).add(key);
    }

    /** The groups of two or more question uids that share an answer text, by fingerprint order. */
    public List<List<String>> groups() {
        Map<String, SortedSet<String>> uidsByFingerprint = new TreeMap<>();
        fingerprintsByUid.forEach((uid, keys) -> keys.forEach(
                key -> uidsByFingerprint.computeIfAbsent(key, k -> new TreeSet<>()).add(uid)));
        List<List<String>> groups = new ArrayList<>();
        for (SortedSet<String> uids : uidsByFingerprint.values()) {
            if (uids.size() > 1) {
                groups.add(List.copyOf(uids));
            }
        }
        return groups;
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

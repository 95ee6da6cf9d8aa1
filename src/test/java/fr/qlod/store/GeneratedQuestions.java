package fr.qlod.store;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;

/**
 * Generated records for the crash test, and the main of the JVM that the test kills: it opens the
 * store, starts a large load, prints {@value #MARKER} once well into it, and goes on loading.
 */
public final class GeneratedQuestions {
    static final String MARKER = "LOAD-IN-PROGRESS";
    static final String WORD = "zythologie";
    private static final int MARK_AT = 20_000;
    private static final Node QUESTION_TEXT = NodeFactory.createURI("https://w3id.org/qlod#questionText");

    private GeneratedQuestions() {}

    /** {@code GeneratedQuestions DIR RECORDS}: loads RECORDS generated records into the store at DIR. */
    public static void main(String[] args) {
        int records = Integer.parseInt(args[1]);
        try (QuestionStore store = QuestionStore.open(Path.of(args[0]))) {
            store.load(records(records, MARK_AT, () -> {
                System.out.println(MARKER);
                System.out.flush();
            }));
        }
    }

    /** RECORDS records of 5 quads each; calls the marker action after MARK records. */
    static Consumer<StreamRDF> records(int records, int mark, Runnable marker) {
        return out -> {
            for (int i = 0; i < records; i++) {
                if (i == mark) {
                    marker.run();
                }
                Node graph = NodeFactory.createURI("http://example.test/graph/question/GEN" + i);
                Node question = NodeFactory.createURI("http://example.test/id/question/GEN" + i);
                out.quad(Quad.create(
                        graph,
                        question,
                        RDFS.label.asNode(),
                        NodeFactory.createLiteralLang("Question générée n° " + i, "fr")));
                out.quad(Quad.create(
                        graph,
                        question,
                        QUESTION_TEXT,
                        NodeFactory.createLiteralLang("Une question sur la " + WORD + " numéro " + i, "fr")));
                for (int k = 0; k < 3; k++) {
                    out.quad(Quad.create(
                            graph,
                            question,
                            RDFS.seeAlso.asNode(),
                            NodeFactory.createURI("http://example.test/id/question/GEN" + (i + k + 1))));
                }
            }
        };
    }
}

package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ttlp} protocol against a real Virtuoso: what its Turtle loader stores is what was
 * sent, whatever the characters (quotes, backslashes, line breaks, accents, characters outside the
 * Basic Multilingual Plane, in literals and IRIs) and however the batch was cut into literals; and
 * the protocol is chosen by default only for a user Virtuoso lets call the loader.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VirtuosoTurtleLoaderIT {
    private static final String GRAPHS = "http://example.test/graph/";

    private VirtuosoProcess virtuoso;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        virtuoso = VirtuosoProcess.start(folder.resolve("virtuoso"));
    }

    @AfterAll
    void stop() {
        if (virtuoso != null) {
            virtuoso.close();
        }
    }

    @Test
    void storesEveryCharacterAsSentAcrossManyLiterals() {
        DatasetGraph sent = DatasetGraphFactory.createGeneral();
        String tricky = "l'\"été\" \\ C:\\temp\nligne 2\r\tfin 😀 — œ";
        // about 100 KB a graph, with numbers that do not repeat: even gzipped, each batch is cut
        // into several literals, some cuts inside a quad
        Random numbers = new Random(42);
        StringBuilder longText = new StringBuilder();
        while (longText.length() < 100_000) {
            longText.append("Réponse du ministre 😀 à la question n° ")
                    .append(numbers.nextLong())
                    .append(". ");
        }
        for (int i = 0; i < 30; i++) {
            Node g = NodeFactory.createURI(GRAPHS + "question/" + i);
            Node s = NodeFactory.createURI("http://example.test/id/question/é" + i);
            sent.add(Quad.create(g, s, RDFS.label.asNode(), NodeFactory.createLiteralLang(tricky + i, "fr")));
            sent.add(Quad.create(g, s, RDFS.comment.asNode(), NodeFactory.createLiteralString(longText + "" + i)));
            sent.add(Quad.create(
                    g,
                    s,
                    RDFS.seeAlso.asNode(),
                    NodeFactory.createLiteralDT("2024-01-0" + (1 + i % 9), XSDDatatype.XSDdate)));
        }

        RemoteLoadResult result = target(RemoteProtocol.TTLP).load(StoreFixtures.producer(sent));

        assertEquals(30, result.load().graphsAdded());
        assertTrue(result.requests() > 2, "requests: " + result.requests());
        DatasetGraph stored = virtuoso.graphs(GRAPHS);
        assertTrue(IsoMatcher.isomorphic(sent, stored), () -> "differs: " + RemoteStore.missing(sent, stored));
    }

    @Test
    void isTheDefaultForAnAdministratorOnly() throws Exception {
        assertEquals(RemoteProtocol.TTLP, target(null).protocol());

        virtuoso.createUpdateUser("loader", "l0ader");
        RemoteTarget loader = RemoteTarget.create(virtuoso.loadEndpoint())
                .credentials("loader", "l0ader")
                .build();

        assertEquals(RemoteProtocol.UPDATE, loader.protocol());
    }

    private RemoteTarget target(RemoteProtocol protocol) {
        return RemoteTarget.create(URI.create(virtuoso.loadEndpoint().toString()))
                .protocol(protocol)
                .credentials(virtuoso.user(), virtuoso.password())
                .batchBytes(256 << 10)
                .build();
    }
}

package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Loading into a second, real Fuseki through the Graph Store Protocol. */
class RemoteLoadIT {

    @Test
    void putsEachGraphIntoTheRemoteStore() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", remote, true)
                .build()
                .start();
        try {
            DatasetGraph data = StoreFixtures.read(StoreFixtures.QUESTIONS);
            URI endpoint = URI.create("http://localhost:" + server.getHttpPort() + "/ds");

            LoadResult result = QuestionStore.loadRemote(endpoint, StoreFixtures.producer(data));
            LoadResult again = QuestionStore.loadRemote(endpoint, StoreFixtures.producer(data));

            assertEquals(4, result.graphs());
            assertEquals(result, again);
            Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(data, remote)));
        } finally {
            server.stop();
        }
    }

    @Test
    void mergesAMentionGraphWithWhatTheRemoteStoreHolds() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", remote, true)
                .build()
                .start();
        try {
            URI endpoint = URI.create("http://localhost:" + server.getHttpPort() + "/ds");
            Node mention = NodeFactory.createURI("http://example.test/graph/mention/legislature/14");
            Node legislature = NodeFactory.createURI("http://example.test/id/legislature/14");
            Node generated = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
            Node fr = NodeFactory.createLiteralLang("14e législature", "fr");
            Node en = NodeFactory.createLiteralLang("14th legislature", "en");

            LoadResult first = QuestionStore.loadRemote(endpoint, out -> {
                out.quad(Quad.create(mention, mention, generated, NodeFactory.createLiteralString("first")));
                out.quad(Quad.create(mention, legislature, RDFS.label.asNode(), fr));
            });
            LoadResult second = QuestionStore.loadRemote(endpoint, out -> {
                out.quad(Quad.create(mention, mention, generated, NodeFactory.createLiteralString("second")));
                out.quad(Quad.create(mention, legislature, RDFS.label.asNode(), en));
            });

            assertEquals(new LoadResult(0, 0, 1, 2), first);
            assertEquals(new LoadResult(0, 1, 0, 2), second);
            DatasetGraph expected = DatasetGraphFactory.createGeneral();
            expected.add(mention, mention, generated, NodeFactory.createLiteralString("second"));
            expected.add(mention, legislature, RDFS.label.asNode(), fr);
            expected.add(mention, legislature, RDFS.label.asNode(), en);
            Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(expected, remote)));
        } finally {
            server.stop();
        }
    }

    @Test
    void aRefusedPutNamesTheGraphAndStatus() {
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ro", DatasetGraphFactory.createTxnMem(), false)
                .build()
                .start();
        try {
            URI endpoint = URI.create("http://localhost:" + server.getHttpPort() + "/ro");
            Node graph = NodeFactory.createURI("http://example.test/graph/x");

            StoreException e = assertThrows(
                    StoreException.class,
                    () -> QuestionStore.loadRemote(
                            endpoint,
                            out -> out.quad(Quad.create(
                                    graph, graph, RDFS.label.asNode(), NodeFactory.createLiteralString("x")))));

            assertEquals(graph.getURI(), e.graph());
            assertEquals(405, e.httpStatus());
            assertEquals(endpoint.toString(), e.location());
            assertTrue(e.getMessage().contains("405"), e.getMessage());
        } finally {
            server.stop();
        }
    }

    @Test
    void anUnreachableEndpointIsAStoreException() {
        StoreException e = assertThrows(
                StoreException.class,
                () -> QuestionStore.loadRemote(
                        URI.create("http://localhost:1/ds"),
                        StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS))));

        assertEquals(0, e.httpStatus());
        assertTrue(e.graph().startsWith("http://example.test/graph/"), e.graph());
    }
}

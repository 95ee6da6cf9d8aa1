package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RemoteTargetTest {

    @Test
    void choosesItsTurtleLoaderForVirtuosoSparqlEndpointsAndPutsForItsGraphStore() {
        String server = "Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu";

        assertEquals(RemoteProtocol.TTLP, RemoteTarget.detect(server, URI.create("http://h:8890/sparql-auth")));
        assertEquals(
                RemoteProtocol.GSP, RemoteTarget.detect(server, URI.create("http://h:8890/sparql-graph-crud-auth")));
    }

    @Test
    void choosesNQuadsForFusekiAndPutsForAnUnknownStore() {
        assertEquals(
                RemoteProtocol.QUADS, RemoteTarget.detect("Apache Jena Fuseki (5.6.0)", URI.create("http://h/ds")));
        assertEquals(RemoteProtocol.GSP, RemoteTarget.detect("", URI.create("http://h/store")));
    }

    @Test
    void refusesAUserWithoutPassword() {
        RemoteTarget.Builder b = RemoteTarget.create(URI.create("http://h/ds"))
                .protocol(RemoteProtocol.GSP)
                .credentials("dba", null);

        assertThrows(IllegalArgumentException.class, b::build);
    }

    @Test
    void keysDifferWhenAGraphsContentChanges() {
        var g = org.apache.jena.graph.NodeFactory.createURI("http://example.test/graph/question/Q1");

        assertEquals(RemoteLoader.key(g, "a".getBytes()), RemoteLoader.key(g, "a".getBytes()));
        org.junit.jupiter.api.Assertions.assertNotEquals(
                RemoteLoader.key(g, "a".getBytes()), RemoteLoader.key(g, "b".getBytes()));
    }

    @Test
    void aGraphsKeyDoesNotDependOnTheOrderOfItsTriples() {
        var g = org.apache.jena.graph.NodeFactory.createURI("http://example.test/graph/question/Q1");
        String a = "<http://example.test/id/q> <http://example.test/p> \"a\" .\n";
        String b = "<http://example.test/id/q> <http://example.test/p> \"b\"@fr .\n";

        assertEquals(RemoteLoader.key(g, (a + b).getBytes()), RemoteLoader.key(g, (b + a).getBytes()));
        org.junit.jupiter.api.Assertions.assertNotEquals(
                RemoteLoader.key(g, (a + b).getBytes()),
                RemoteLoader.key(
                        org.apache.jena.graph.NodeFactory.createURI("http://example.test/graph/Q2"),
                        (a + b).getBytes()));
    }
}

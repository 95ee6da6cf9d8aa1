package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeFileLengthTest {
    @Test
    void nodesWrittenWithTheKeptLengthReadBackAfterReopening(@TempDir Path dir) {
        Location location = Location.create(dir);
        DatasetGraph dataset = DatabaseMgr.connectDatasetGraph(location);
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset);
        assertTrue(
                NodeFileLength.install(
                        NodeIds.storage(tdb.getQuadTable().getNodeTupleTable().getNodeTable())),
                "the node table of Jena " + FreshStoreLoad.JENA_CHECKED + " takes the length cache");
        List<Quad> quads = new ArrayList<>();
        Node graph = NodeFactory.createURI("http://example.org/g");
        for (int i = 0; i < 2_000; i++) {
            // short literals, IRIs, and texts longer than the write buffer, which go to the file directly
            String text = i % 97 == 0 ? "x".repeat(300_000 + i) : "réponse n° " + i;
            quads.add(Quad.create(
                    graph,
                    NodeFactory.createURI("http://example.org/s/" + i),
                    NodeFactory.createURI("http://example.org/p/" + (i % 7)),
                    NodeFactory.createLiteralString(text)));
        }
        Txn.executeWrite(dataset, () -> quads.subList(0, 1_000).forEach(dataset::add));
        // a transaction that is aborted truncates the file back
        try {
            Txn.executeWrite(dataset, () -> {
                dataset.add(Quad.create(
                        graph,
                        NodeFactory.createURI("http://example.org/aborted"),
                        NodeFactory.createURI("http://example.org/p/0"),
                        NodeFactory.createLiteralString("y".repeat(200_000))));
                throw new IllegalStateException("abort");
            });
        } catch (IllegalStateException expected) {
            // as intended
        }
        Txn.executeWrite(dataset, () -> quads.subList(1_000, quads.size()).forEach(dataset::add));
        TDBInternal.expel(dataset);

        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(location);
        Txn.executeRead(reopened, () -> assertEquals(new HashSet<>(quads), new HashSet<>(iterate(reopened.find()))));
        TDBInternal.expel(reopened);
    }

    private static List<Quad> iterate(java.util.Iterator<Quad> it) {
        List<Quad> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}

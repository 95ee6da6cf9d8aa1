package fr.qlod.store;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/** Test data for the store: the TriG fixtures of {@code src/test/resources/web/}. */
final class StoreFixtures {
    static final String QUESTIONS = "web/questions.trig";

    private StoreFixtures() {}

    static DatasetGraph read(String resource) {
        return RDFDataMgr.loadDatasetGraph(resource);
    }

    /** A producer sending every quad of the dataset, grouped by graph. */
    static Consumer<StreamRDF> producer(DatasetGraph data) {
        return out -> {
            Iterator<Node> graphs = data.listGraphNodes();
            while (graphs.hasNext()) {
                data.find(graphs.next(), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::quad);
            }
        };
    }

    /** Quads per named graph, the store's state in a comparable form. */
    static Map<String, Long> counts(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new TreeMap<>();
            Iterator<Quad> quads = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (quads.hasNext()) {
                counts.merge(quads.next().getGraph().toString(), 1L, Long::sum);
            }
            return counts;
        });
    }
}

package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import fr.qlod.store.QuestionStore.LoadPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A load into the empty store counts its statistics graph from its own sorted tuples, before the
 * indexes exist; a load into a store holding data counts it over the store. Both must give the same
 * graph, for every breakdown, from the same input (the demo corpus's first load is checked against
 * plain SPARQL aggregations by {@code StatisticsIT}). Neither takes a statistics graph from its input.
 * A store whose statistics an earlier form counted has them counted again when it is opened.
 */
class FreshLoadStatisticsIT {
    private static final Node STATISTICS = NodeFactory.createURI(Qlod.STATISTICS_GRAPH);

    @TempDir
    Path dir;

    @Test
    void countsTheSameStatisticsFromTheLoadsSortAsOverTheStoreForTheEdgeCases() {
        assertSameStatistics("edge", StoreFixtures.producer(StoreFixtures.read("store/statistics-edge-cases.trig")));
    }

    @Test
    void countsTheSameStatisticsFromTheLoadsSortAsOverTheStoreForQuestionsInSeveralGraphs() {
        assertSameStatistics("paged", PagedQueriesIT::questions);
    }

    @ParameterizedTest
    @EnumSource(LoadPath.class)
    void countsAStatisticsGraphOfTheInputAgainInsteadOfLoadingIt(LoadPath path) {
        Consumer<StreamRDF> data = PagedQueriesIT::questions;
        Consumer<StreamRDF> withStatistics = out -> {
            out.quad(Quad.create(
                    STATISTICS,
                    NodeFactory.createURI(Qlod.STATISTICS_GRAPH + "/stale"),
                    RDFS.label.asNode(),
                    NodeFactory.createLiteralString("figures of another load")));
            data.accept(out);
        };
        Graph expected = statistics(dir.resolve("plain"), data, LoadPath.TRANSACTIONAL);
        Graph loaded = statistics(dir.resolve("with-statistics"), withStatistics, path);
        assertTrue(loaded.isIsomorphicWith(expected), "the input's statistics graph is counted again");
        try (QuestionStore store = QuestionStore.open(dir.resolve("with-statistics"))) {
            String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query 'figures' }";
            assertEquals(
                    0L,
                    (long) Txn.calculateRead(
                            store.dataset(),
                            () -> Iter.count(QueryExec.dataset(store.dataset())
                                    .query(search)
                                    .select())),
                    "nor does its text go to the text index");
        }
    }

    @Test
    void aStoreCountedByAnEarlierQlodIsCountedAgainWhenOpened() throws IOException {
        Path db = dir.resolve("earlier");
        Graph expected = statistics(db, PagedQueriesIT::questions, LoadPath.FASTEST);
        // as the previous form left a store: no months of the changes, and no format recorded
        List<Quad> months = withoutMonths(db);
        assertTrue(months.size() > 10, "month quads to take out: " + months.size());
        Files.delete(db.resolve("statistics-format.txt"));

        assertTrue(statisticsOf(db).isIsomorphicWith(expected), "the months are counted again");
        assertTrue(Files.exists(db.resolve("statistics-format.txt")));

        // a store of this form is not counted again at every opening
        withoutMonths(db);
        assertEquals(expected.size() - months.size(), statisticsOf(db).size());
    }

    /** Deletes the month slices and the days' months from the statistics graph of the store at {@code db}; returns them. */
    private static List<Quad> withoutMonths(Path db) {
        try (QuestionStore store = QuestionStore.open(db)) {
            return Txn.calculateWrite(store.dataset(), () -> {
                List<Quad> months = new ArrayList<>();
                store.dataset()
                        .find(STATISTICS, Node.ANY, Qlod.Nodes.breakdown, Qlod.Nodes.byReallocationMonth)
                        .forEachRemaining(slice -> store.dataset()
                                .find(STATISTICS, slice.getSubject(), Node.ANY, Node.ANY)
                                .forEachRemaining(months::add));
                store.dataset()
                        .find(STATISTICS, Node.ANY, Qlod.Nodes.ofReallocationMonth, Node.ANY)
                        .forEachRemaining(months::add);
                List<Quad> distinct = months.stream().distinct().toList();
                distinct.forEach(store.dataset()::delete);
                return distinct;
            });
        }
    }

    private static Graph statisticsOf(Path db) {
        try (QuestionStore store = QuestionStore.open(db)) {
            return copyOfStatistics(store);
        }
    }

    private void assertSameStatistics(String name, Consumer<StreamRDF> data) {
        Graph counted = statistics(dir.resolve(name + "-transactional"), data, LoadPath.TRANSACTIONAL);
        Graph fresh = statistics(dir.resolve(name + "-fresh"), data, LoadPath.FASTEST);
        assertTrue(counted.size() > 100, "a statistics graph worth comparing: " + counted.size() + " triples");
        assertEquals(counted.size(), fresh.size());
        assertTrue(fresh.isIsomorphicWith(counted), "the same statistics graph from both loads");
    }

    /** The statistics graph of a new store at {@code db} after one load of {@code data} by {@code path}. */
    private static Graph statistics(Path db, Consumer<StreamRDF> data, LoadPath path) {
        try (QuestionStore store = QuestionStore.open(db)) {
            store.load(data, path);
            return copyOfStatistics(store);
        }
    }

    private static Graph copyOfStatistics(QuestionStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().getGraph(STATISTICS).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}

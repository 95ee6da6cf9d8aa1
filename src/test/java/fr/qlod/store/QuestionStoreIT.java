package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionStoreIT {
    private static final Node QUESTION = NodeFactory.createURI("http://example.test/id/question/QANR5L14QE59906");
    private static final Node QUESTION_GRAPH =
            NodeFactory.createURI("http://example.test/graph/question/QANR5L14QE59906");
    private static final Node PERSON = NodeFactory.createURI("http://example.test/id/person/PA1857");
    private static final Node PERSON_GRAPH = NodeFactory.createURI("http://example.test/graph/person/PA1857");

    @TempDir
    Path dir;

    QuestionStore store;

    @BeforeEach
    void openStore() {
        store = QuestionStore.open(dir.resolve("db"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void loadsEveryGraphAndCountsThem() {
        DatasetGraph data = StoreFixtures.read(StoreFixtures.QUESTIONS);
        LoadResult result = store.load(StoreFixtures.producer(data));

        assertEquals(new LoadResult(0, 0, 4, Txn.calculateRead(data, () -> (long) countQuads(data))), result);
        assertEquals(StoreFixtures.counts(data), StoreFixtures.counts(store.dataset()));
        assertNotNull(store.lastLoad());
    }

    @Test
    void queriesSeeTheUnionOfNamedGraphsAsDefaultGraph() {
        store.load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS)));

        List<String> names = select("SELECT ?n { <" + PERSON.getURI() + "> <" + FOAF.name.getURI() + "> ?n }", "n");

        assertEquals(List.of("Thierry Lazaro"), names);
    }

    @Test
    void reloadingTheSameInputChangesNothing() {
        DatasetGraph data = StoreFixtures.read(StoreFixtures.QUESTIONS);
        store.load(StoreFixtures.producer(data));
        Map<String, Long> before = StoreFixtures.counts(store.dataset());

        LoadResult again = store.load(StoreFixtures.producer(data));

        assertEquals(4, again.graphsReplaced());
        assertEquals(0, again.graphsAdded());
        assertEquals(before, StoreFixtures.counts(store.dataset()));
    }

    @Test
    void loadingANewerRecordReplacesOnlyItsGraph() {
        store.load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS)));
        Map<String, Long> before = StoreFixtures.counts(store.dataset());
        Node newName = NodeFactory.createLiteralString("Thierry Lazaro-Dupont");

        LoadResult result = store.load(out -> out.quad(Quad.create(PERSON_GRAPH, PERSON, FOAF.name.asNode(), newName)));

        assertEquals(new LoadResult(1, 0, 0, 1), result);
        Map<String, Long> after = StoreFixtures.counts(store.dataset());
        assertEquals(1L, after.get(PERSON_GRAPH.getURI()));
        before.remove(PERSON_GRAPH.getURI());
        after.remove(PERSON_GRAPH.getURI());
        assertEquals(before, after);
        assertEquals(
                List.of("Thierry Lazaro-Dupont"),
                select("SELECT ?n { <" + PERSON.getURI() + "> <" + FOAF.name.getURI() + "> ?n }", "n"));
    }

    @Test
    void aFailingProducerLeavesStoreAndTextIndexUnchanged() {
        store.load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS)));
        Map<String, Long> before = StoreFixtures.counts(store.dataset());
        IllegalStateException failure = new IllegalStateException("reader failed");

        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> store.load(out -> {
                    out.quad(Quad.create(
                            QUESTION_GRAPH,
                            QUESTION,
                            RDFS.label.asNode(),
                            NodeFactory.createLiteralLang("Question sur les ornithorynques", "fr")));
                    out.quad(Quad.create(
                            NodeFactory.createURI("http://example.test/graph/question/new"),
                            NodeFactory.createURI("http://example.test/id/question/new"),
                            RDFS.label.asNode(),
                            NodeFactory.createLiteralLang("Les ornithorynques", "fr")));
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertEquals(before, StoreFixtures.counts(store.dataset()));
        assertEquals(List.of(), search("ornithorynque"));
        assertEquals(List.of(QUESTION.getURI()), search("cybercriminalité").subList(0, 1));
    }

    /** The TDB2 generations in the store's folder ({@code Data-0001}…), and anything else a load left there. */
    private List<String> generations() {
        try (var files = Files.list(dir.resolve("db").resolve("tdb2"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Data"))
                    .sorted()
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aLoadIntoTheEmptyStoreSwitchesToANewGenerationAndDropsTheEmptyOne() {
        assertEquals(List.of("Data-0001"), generations());
        DatasetGraph data = StoreFixtures.read(StoreFixtures.QUESTIONS);

        store.load(StoreFixtures.producer(data));

        assertEquals(List.of("Data-0002"), generations());
        assertEquals(StoreFixtures.counts(data), StoreFixtures.counts(store.dataset()));
        assertTrue(Txn.calculateRead(store.dataset(), () -> data.stream().allMatch(store.dataset()::contains)));
        assertEquals(List.of(QUESTION.getURI()), search("cybercriminalité").subList(0, 1));
    }

    @Test
    void aFailingLoadIntoTheEmptyStoreLeavesItEmptyWithNoPartGenerationOrIndexEntry() {
        IllegalStateException failure = new IllegalStateException("reader failed");

        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> store.load(out -> {
                    StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS))
                            .accept(out);
                    throw failure;
                }));

        assertSame(failure, thrown);
        assertEquals(List.of("Data-0001"), generations());
        assertTrue(Txn.calculateRead(store.dataset(), store.dataset()::isEmpty));
        assertEquals(List.of(), search("cybercriminalité"));
        assertFalse(Files.exists(dir.resolve("db").resolve("text-index.loading")));
        // and the store still takes a load
        store.load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS)));
        assertEquals(List.of(QUESTION.getURI()), search("cybercriminalité").subList(0, 1));
    }

    @Test
    void theStoreLoadedIntoAnEmptyOneReopensWithItsDataAndIndex() {
        DatasetGraph data = StoreFixtures.read(StoreFixtures.QUESTIONS);
        store.load(StoreFixtures.producer(data));
        store.close();

        store = QuestionStore.open(dir.resolve("db"));

        assertEquals(StoreFixtures.counts(data), StoreFixtures.counts(store.dataset()));
        assertEquals(List.of(QUESTION.getURI()), search("cybercriminalité").subList(0, 1));
        assertEquals(
                List.of("Thierry Lazaro"),
                select("SELECT ?n { <" + PERSON.getURI() + "> <" + FOAF.name.getURI() + "> ?n }", "n"));
    }

    @Test
    void aStoreLoadedIntoAnEmptyOneTakesLaterWritesWithoutOverwritingItsIndexes() {
        // enough quads for every index to span many blocks, so that a block allocated at a wrong
        // limit by the next write would land on one the load wrote
        store.load(GeneratedQuestions.records(3_000, -1, () -> {}));
        store.close();
        store = QuestionStore.open(dir.resolve("db"));
        Node graph = NodeFactory.createURI("http://example.test/graph/question/LATER");
        List<Quad> later = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            later.add(Quad.create(
                    graph,
                    NodeFactory.createURI("http://example.test/id/question/LATER" + i),
                    RDFS.label.asNode(),
                    NodeFactory.createLiteralString("Question ajoutée n° " + i)));
        }

        store.load(out -> later.forEach(out::quad));
        store.close();
        store = QuestionStore.open(dir.resolve("db"));

        DatasetGraph expected = DatasetFactory.createGeneral().asDatasetGraph();
        GeneratedQuestions.records(3_000, -1, () -> {}).accept(StreamRDFLib.dataset(expected));
        later.forEach(expected::add);
        Set<Quad> wanted = new HashSet<>();
        expected.find().forEachRemaining(wanted::add);
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraphTDB tdb = store.storage();
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            for (TupleIndex index : quads.getTupleTable().getIndexes()) {
                Set<Quad> found = new HashSet<>();
                index.all().forEachRemaining(tuple -> {
                    Node[] n = new Node[4];
                    for (int c = 0; c < 4; c++) {
                        n[c] = quads.getNodeTable().getNodeForNodeId(tuple.get(c));
                    }
                    found.add(Quad.create(n[0], n[1], n[2], n[3]));
                });
                found.removeIf(q -> q.getGraph().getURI().equals(Qlod.STATISTICS_GRAPH));
                Set<Quad> lost = new HashSet<>(wanted);
                lost.removeAll(found);
                found.removeAll(wanted);
                assertTrue(
                        lost.isEmpty() && found.isEmpty(),
                        () -> index.getName() + ": " + lost.size() + " quads lost, e.g. "
                                + lost.stream().findFirst() + "; " + found.size() + " unexpected, e.g. "
                                + found.stream().findFirst());
            }
        });
    }

    @Test
    void searchFindsAnotherInflectionOfAFrenchWord() {
        store.load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS)));

        Set<String> found = new TreeSet<>(search("cybercriminalités"));

        assertEquals(Set.of(QUESTION.getURI(), QUESTION.getURI() + "/answer"), found);
        assertEquals(List.of("http://example.test/id/question/QANR5L14QG00123"), search("producteur"));
    }

    @Test
    void replacingAGraphRemovesItsOldWordsFromTheIndex() {
        store.load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS)));

        Node organ = NodeFactory.createURI("http://example.test/id/organ/PO702926");
        assertEquals(List.of(organ.getURI()), search("Office"));

        store.load(out -> out.quad(Quad.create(
                NodeFactory.createURI("http://example.test/graph/organ/PO702926"),
                organ,
                RDFS.label.asNode(),
                NodeFactory.createLiteralLang("Place Beauvau", "fr"))));

        assertEquals(List.of(), search("Office"));
        assertEquals(List.of(organ.getURI()), search("Beauvau"));
    }

    @Test
    void aMentionGraphIsMergedNotReplacedAndKeepsOnlyItsLatestProvenance() {
        Node mention = NodeFactory.createURI("http://example.test/graph/mention/legislature/14");
        Node legislature = NodeFactory.createURI("http://example.test/id/legislature/14");
        Node generated = NodeFactory.createURI("http://www.w3.org/ns/prov#generatedAtTime");
        Node fr = NodeFactory.createLiteralLang("Quatorzième législature", "fr");
        Node en = NodeFactory.createLiteralLang("Fourteenth legislature", "en");
        store.load(out -> {
            out.quad(Quad.create(mention, mention, generated, NodeFactory.createLiteralString("first")));
            out.quad(Quad.create(mention, legislature, RDFS.label.asNode(), fr));
        });

        LoadResult second = store.load(out -> {
            out.quad(Quad.create(mention, mention, generated, NodeFactory.createLiteralString("second")));
            out.quad(Quad.create(mention, legislature, RDFS.label.asNode(), fr));
            out.quad(Quad.create(mention, legislature, RDFS.label.asNode(), en));
        });

        assertEquals(new LoadResult(0, 1, 0, 3), second);
        assertEquals(
                List.of("Fourteenth legislature", "Quatorzième législature"),
                select(
                        "SELECT ?l { GRAPH <" + mention.getURI() + "> { <" + legislature.getURI()
                                + "> ?p ?l } } ORDER BY ?l",
                        "l"));
        assertEquals(
                List.of("second"),
                select("SELECT ?t { GRAPH <" + mention.getURI() + "> { <" + mention.getURI() + "> ?p ?t } }", "t"));
        // the label already stored was not indexed a second time
        assertEquals(
                List.of(legislature.getURI()),
                select(
                        "PREFIX text: <http://jena.apache.org/text#> " + "SELECT ?s { ?s text:query \"Quatorzième\" }",
                        "s"));
    }

    @Test
    void anInterruptedLoadMarkerRebuildsTheTextIndexAtOpen() throws Exception {
        store.load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS)));
        store.close();
        Path db = dir.resolve("db");
        TextIndexing.delete(db.resolve(QuestionStore.TEXT_FOLDER));
        Files.createDirectories(db.resolve(QuestionStore.TEXT_FOLDER));
        Files.writeString(db.resolve("text-index.loading"), "killed");

        store = QuestionStore.open(db);

        assertEquals(List.of(PERSON.getURI(), QUESTION.getURI()), search("Lazaro"));
        assertFalse(Files.exists(db.resolve("text-index.loading")));
    }

    @Test
    void refusesTriplesOutsideNamedGraphs() {
        StoreException e = assertThrows(
                StoreException.class,
                () -> store.load(out -> out.quad(Quad.create(
                        Quad.defaultGraphIRI, PERSON, FOAF.name.asNode(), NodeFactory.createLiteralString("x")))));

        assertTrue(e.getMessage().contains("outside any named graph"), e.getMessage());
        assertEquals(dir.resolve("db").toString(), e.location());
        assertTrue(StoreFixtures.counts(store.dataset()).isEmpty());
    }

    @Test
    void aLockedDirectoryIsAStoreException() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");

        StoreException e = assertThrows(StoreException.class, () -> QuestionStore.open(file));

        assertEquals(file.toString(), e.location());
    }

    private List<String> search(String words) {
        return select(
                "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"" + words
                        + "\" } ORDER BY ?s",
                "s");
    }

    private List<String> select(String query, String variable) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> values = new ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(query, DatasetFactory.wrap(store.dataset()))) {
                ResultSet results = exec.execSelect();
                results.forEachRemaining(row -> {
                    var node = row.get(variable);
                    values.add(node.isLiteral() ? node.asLiteral().getLexicalForm() : node.toString());
                });
            }
            return values;
        });
    }

    private static int countQuads(DatasetGraph data) {
        int[] n = {0};
        data.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }
}

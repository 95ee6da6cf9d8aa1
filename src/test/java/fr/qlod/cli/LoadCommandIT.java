package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.Qlod;
import fr.qlod.store.QuestionStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qlod load} end to end on the demo corpus: a real TDB2 store, and a real second Fuseki for --endpoint. */
class LoadCommandIT {
    @TempDir
    Path dir;

    private Path amo;
    private final List<String> inputs = new ArrayList<>();
    private final CliRun cli = new CliRun();
    private final StringWriter err = cli.err;

    @BeforeEach
    void copyCorpus() throws IOException {
        List<List<Path>> files = DemoCommand.extract(Files.createDirectories(dir.resolve("corpus")));
        amo = files.get(0).get(0);
        files.get(1).forEach(p -> inputs.add(p.toString()));
    }

    private int load(String... options) {
        List<String> args = new ArrayList<>(List.of("load", "--amo", amo.toString()));
        args.addAll(List.of(options));
        args.addAll(inputs);
        return cli.run(args.toArray(String[]::new));
    }

    private static DatasetGraph copy(Path db) {
        try (QuestionStore store = QuestionStore.open(db)) {
            DatasetGraph copy = DatasetGraphFactory.createTxnMem();
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
            return copy;
        }
    }

    private static long count(Path db, String select) {
        try (QuestionStore store = QuestionStore.open(db)) {
            return Txn.calculateRead(store.dataset(), () -> {
                try (QueryExec exec =
                        QueryExec.dataset(store.dataset()).query(select).build()) {
                    return exec.select().next().get("n").getLiteralValue() instanceof Number n ? n.longValue() : -1L;
                }
            });
        }
    }

    @Test
    void loadingTheSameInputTwiceChangesNothing() {
        Path db = dir.resolve("db");
        assertEquals(0, load("--db", db.toString()), err.toString());
        DatasetGraph first = copy(db);
        assertEquals(0, load("--db", db.toString()), err.toString());
        DatasetGraph second = copy(db);
        assertEquals(first.stream().count(), second.stream().count());
        assertTrue(IsoMatcher.isomorphic(first, second), "a second identical load must leave the store identical");
        assertTrue(
                err.toString()
                        .contains("42 records read, no error; loaded into " + db
                                + ": 0 graphs added, 58 replaced, 73 merged, "),
                err.toString());
    }

    @Test
    void transactionalLoadsAnEmptyStoreInItsFirstGenerationWithTheSameDataAsTheDefaultPath() throws IOException {
        Path plain = dir.resolve("plain");
        assertEquals(0, load("--db", plain.toString(), "--transactional"), err.toString());
        Path fresh = dir.resolve("fresh");
        assertEquals(0, load("--db", fresh.toString()), err.toString());
        assertEquals(List.of("Data-0001"), generations(plain), "the transactional path writes the live generation");
        assertEquals(List.of("Data-0002"), generations(fresh), "the default path switches in a new generation");
        DatasetGraph transactional = copy(plain);
        assertTrue(transactional.stream().count() > 0);
        assertTrue(IsoMatcher.isomorphic(copy(fresh), transactional), "both paths must load the same quads");
        assertEquals(count(fresh, TEXT_MATCHES), count(plain, TEXT_MATCHES), "both paths must index the same texts");
        assertTrue(count(plain, TEXT_MATCHES) > 0);
    }

    private static final String TEXT_MATCHES =
            "PREFIX text: <http://jena.apache.org/text#> " + "SELECT (COUNT(*) AS ?n) { ?s text:query 'ministre' }";

    private static List<String> generations(Path db) throws IOException {
        try (var folders = Files.list(db.resolve("tdb2"))) {
            return folders.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("Data-"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void linksTheSeedsIdenticalAnswersAcrossSeparateLoads() throws IOException {
        Path db = dir.resolve("db");
        String seed000 = inputs.get(0);
        String seed001 = inputs.get(1);
        inputs.clear();
        inputs.add(seed000);
        assertEquals(0, load("--db", db.toString()), err.toString());
        inputs.clear();
        inputs.add(seed001);
        assertEquals(0, load("--db", db.toString()), err.toString());
        assertEquals(
                2,
                count(
                        db,
                        "PREFIX qlod: <https://w3id.org/qlod#> SELECT (COUNT(*) AS ?n) "
                                + "{ ?a qlod:sameAnswerAs ?b }"),
                "59906 and 60037, loaded apart, are linked both ways");
    }

    @Test
    void aNewerVersionOfARecordReplacesThatRecordOnly() throws IOException {
        Path db = dir.resolve("db");
        assertEquals(0, load("--db", db.toString()), err.toString());
        DatasetGraph before = copy(db);
        Path dump = Path.of(inputs.get(2));
        Files.writeString(
                dump,
                Files.readString(dump)
                        .replace("Le fonds interministériel de prévention", "Le fonds national de prévention"));
        assertEquals(0, load("--db", db.toString()), err.toString());
        DatasetGraph after = copy(db);
        String graph = "http://localhost:3030/graph/question/QANR5L14QE200001";
        before.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().equals(graph)) {
                assertFalse(
                        IsoMatcher.isomorphic(before.getGraph(g), after.getGraph(g)),
                        "the edited record's graph changed");
            } else {
                // the generation time follows the newest input file, so only it may differ elsewhere
                assertEquals(withoutTimes(before.getGraph(g)), withoutTimes(after.getGraph(g)), g + " changed");
            }
        });
        assertEquals(
                1,
                count(
                        db,
                        "PREFIX qlod: <https://w3id.org/qlod#> SELECT (COUNT(*) AS ?n) "
                                + "{ ?a qlod:answerText ?t FILTER CONTAINS(?t, \"fonds national de prévention\") }"));
    }

    /** The graph's triples without generation times, which follow the newest input file. */
    private static List<String> withoutTimes(org.apache.jena.graph.Graph g) {
        return g.stream()
                .filter(t -> !t.getPredicate().getURI().endsWith("generatedAtTime"))
                .map(Object::toString)
                .sorted()
                .toList();
    }

    @Test
    void aSecondSourceOfOneQuestionInALoadIsReportedAndNotMerged() throws IOException {
        Path db = dir.resolve("db");
        Path page = dir.resolve("corpus/59906.html");
        try (InputStream in = getClass().getResourceAsStream("/source/table/table-seed-000.html")) {
            Files.copy(in, page);
        }
        inputs.clear();
        inputs.add(page.toString());
        inputs.add(dir.resolve("corpus/seed-000-QANR5L14QE59906.txt").toString());
        assertEquals(0, load("--db", db.toString()), err.toString());
        assertEquals(
                1,
                count(
                        db,
                        "PREFIX qlod: <https://w3id.org/qlod#> SELECT (COUNT(*) AS ?n) "
                                + "{ GRAPH <http://localhost:3030/graph/question/QANR5L14QE59906> { ?g qlod:sourceFormat ?f } }"),
                "one source's provenance, not two merged");
        assertEquals(
                1,
                count(
                        db,
                        "PREFIX qlod: <https://w3id.org/qlod#> SELECT (COUNT(*) AS ?n) "
                                + "{ GRAPH ?g { ?g qlod:sourceFormat \"HTML_TABLE\" } }"),
                "the page, read first, is kept");
        assertTrue(err.toString().contains("QANR5L14QE59906: record read again from " + inputs.get(1)), err.toString());
    }

    @Test
    void aStrictLoadThatMeetsABadFileLeavesTheStoreUnchanged() throws IOException {
        Path db = dir.resolve("db");
        assertEquals(0, load("--db", db.toString()), err.toString());
        DatasetGraph before = copy(db);
        Path bad = dir.resolve("corpus/zz-truncated.json");
        Files.writeString(bad, "{\"questionsEcrites\":{\"question\":[{\"uid\":\"QANR5L14QE9");
        inputs.add(0, Path.of(inputs.get(2)).toString());
        inputs.add(bad.toString());
        assertEquals(3, load("--db", db.toString(), "--strict"), err.toString());
        assertTrue(err.toString().contains(bad.toString()), err.toString());
        assertTrue(IsoMatcher.isomorphic(before, copy(db)), "the store is as before the failed load");
    }

    @Test
    void aBestEffortLoadNamesTheBadFileAndLoadsTheOthers() throws IOException {
        Path db = dir.resolve("db");
        Path bad = dir.resolve("corpus/zz-truncated.json");
        Files.writeString(bad, "{\"questionsEcrites\":{\"question\":[{\"uid\":\"QANR5L14QE9");
        inputs.add(bad.toString());
        assertEquals(3, load("--db", db.toString()), err.toString());
        assertTrue(err.toString().contains("qlod: " + bad), err.toString());
        assertEquals(
                17,
                count(
                        db,
                        "PREFIX qlod: <https://w3id.org/qlod#> SELECT (COUNT(DISTINCT ?q) AS ?n) { ?q a qlod:Question }"));
    }

    @Test
    void loadsIntoARemoteStoreOverTheGraphStoreProtocol() {
        Path db = dir.resolve("db");
        assertEquals(0, load("--db", db.toString()), err.toString());
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer server = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", remote, true)
                .build()
                .start();
        try {
            assertEquals(0, load("--endpoint", "http://localhost:" + server.getHttpPort() + "/ds"), err.toString());
            DatasetGraph local = copy(db);
            // the statistics graph is counted by a local store only
            local.removeGraph(NodeFactory.createURI(Qlod.STATISTICS_GRAPH));
            Txn.executeRead(
                    remote,
                    () -> assertTrue(
                            IsoMatcher.isomorphic(local, remote),
                            "the remote store holds what the local load holds, but the local statistics"));
        } finally {
            server.stop();
        }
    }
}

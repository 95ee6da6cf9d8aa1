package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.bench.GeneratedDump;
import fr.qlod.mapping.Qlod;
import fr.qlod.store.QuestionStore;
import fr.qlod.store.RemoteStore;
import fr.qlod.web.QlodServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qlod load --endpoint} into a real remote store, step after step, each compared with the same
 * loads into a local TDB2 store: the demo corpus, the demo again, every demo IRI served by {@code
 * qlod serve --endpoint} as by the local server, a newer version of one record, a load killed with
 * SIGKILL in the middle then resumed, and a concept spelled differently by later loads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RemoteLoadScenario {
    static final String GRAPHS = "http://localhost:3030/graph/";
    private static final int KILLED_RECORDS = 600;
    private static final Node HYDRA_NEXT = NodeFactory.createURI("http://www.w3.org/ns/hydra/core#next");

    Path dir;

    RemoteStore remote;
    Path local;
    Path passwordFile;
    List<Path> amo;
    List<Path> inputs;

    /** Starts the store under test. */
    abstract RemoteStore start(Path folder) throws Exception;

    /**
     * The batch size of the load killed: small enough for many acknowledged requests before the
     * kill, large enough for the store's time per request.
     */
    abstract String killedBatchSize();

    /** Whether the store has a full-text search of its own that {@code qlod serve --endpoint} uses. */
    abstract boolean textSearch();

    /** What the store needs before its text search sees what was loaded. */
    void beforeSearch() throws Exception {}

    /** Whether the remote search is checked through the served pages. */
    boolean checksSearch() {
        return true;
    }

    /** The protocols exercised, the first being the store's default; each later step uses the next in turn. */
    abstract List<String> protocols();

    @BeforeAll
    void startStore(@TempDir Path folder) throws Exception {
        dir = folder;
        remote = start(dir.resolve("store"));
        passwordFile = Files.writeString(dir.resolve("password"), remote.password() + "\n");
        List<List<Path>> demo = DemoCommand.extract(Files.createDirectories(dir.resolve("demo")));
        amo = demo.get(0);
        inputs = demo.get(1);
        local = dir.resolve("local");
    }

    @AfterAll
    void stopStore() {
        if (remote != null) {
            remote.close();
        }
    }

    @Test
    @Order(1)
    void theDemoCorpusLoadsAsIntoALocalStore() {
        loadBoth(protocols().get(0), inputs, true);

        assertSameAsLocal("after the demo");
    }

    @Test
    @Order(2)
    void reloadingTheDemoLeavesTheStoreIsomorphic() {
        DatasetGraph before = remote.graphs(GRAPHS);

        CliRun cli = loadRemote(protocol(1), inputs);

        assertTrue(cli.err.toString().contains("0 graphs added"), cli.err::toString);
        assertTrue(IsoMatcher.isomorphic(before, remote.graphs(GRAPHS)), "the demo loaded again changed the store");
        assertSameAsLocal("after the demo again");
    }

    @Test
    @Order(4)
    void aNewerRecordReplacesOnlyItsGraph() throws IOException {
        Path older = GeneratedDump.write(dir.resolve("older.json"), 1);
        // without the AMO files, whose graphs would be written again with the newer input's date
        loadBoth(protocol(2), List.of(older), false);
        DatasetGraph before = remote.graphs(GRAPHS);
        Path newer = Files.writeString(
                dir.resolve("newer.json"),
                Files.readString(older).replace("jeunes agriculteurs et la", "jeunes agricultrices et la"));

        loadBoth(protocol(2), List.of(newer), false);

        DatasetGraph after = remote.graphs(GRAPHS);
        Set<String> changed = changedGraphs(before, after);
        String record = GRAPHS + "question/QANR5L15QE" + GeneratedDump.FIRST;
        assertTrue(changed.contains(record), "the newer record's graph did not change: " + changed);
        assertEquals(
                Set.of(),
                changed.stream()
                        .filter(g ->
                                // the concept schemes are written by every conversion, as the mention graphs are
                                !g.equals(record)
                                        && !g.contains("/graph/mention/")
                                        && !g.contains("/graph/links/")
                                        && !g.endsWith("/graph/schemes"))
                        .collect(Collectors.toSet()),
                "record graphs changed besides " + record);
        assertSameAsLocal("after a newer record");
    }

    @Test
    @Order(5)
    void aLoadKilledMidWayResumesWithoutResendingWhatWasAcknowledged() throws Exception {
        Path dump = GeneratedDump.write(dir.resolve("many.json"), KILLED_RECORDS);
        Path checkpoint = dir.resolve("killed.checkpoint");
        Process child = forkedLoad(dump, checkpoint);
        // killed once the store has acknowledged a few batches, well before the end
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && acknowledged(checkpoint) < 20 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(child.isAlive(), "the load ended before it could be killed");
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        long acknowledged = acknowledged(checkpoint);
        assertTrue(acknowledged > 0 && acknowledged < KILLED_RECORDS, "acknowledged before the kill: " + acknowledged);

        String before = head(checkpoint);
        Process again = forkedLoad(dump, checkpoint);
        assertTrue(again.waitFor(180, TimeUnit.SECONDS), "the resumed load did not end");
        String log = Files.readString(dir.resolve("killed-load.log"));
        assertEquals(0, again.exitValue(), log);
        assertTrue(
                log.matches("(?s).*, (\\d+) acknowledged by an earlier run not sent again.*"),
                () -> log + " after the checkpoint " + before);
        long notSent = Long.parseLong(log.replaceAll("(?s).*, (\\d+) acknowledged by an earlier.*", "$1"));
        assertEquals(acknowledged, notSent, "graphs skipped on resuming");
        assertFalse(Files.exists(checkpoint), "the checkpoint of a whole load is deleted");
        forkedLocalLoad(dump);
        assertSameAsLocal("after a killed and resumed load");
    }

    @Test
    @Order(6)
    void aConceptNamedByLaterLoadsKeepsOnePreferredLabelAsInTheLocalStore() throws IOException {
        Path dump = GeneratedDump.write(dir.resolve("one.json"), 1);
        String analyse = "Aides \\u00e0 l'installation des jeunes agriculteurs";
        assertTrue(Files.readString(dump).contains(analyse), "the generated record's analyse");
        // each spelling in a record of its own; mixed case is preferred to capitals, then code-point order
        List<String> spellings = List.of("ZYTHOLOGIE ARTISANALE", "Zythologie artisanale", "zythologie artisanale");
        for (int i = 0; i < spellings.size(); i++) {
            String number = Integer.toString(GeneratedDump.FIRST + 700 + i);
            Path file = Files.writeString(
                    dir.resolve("spelling-" + i + ".json"),
                    Files.readString(dump)
                            .replace(analyse, spellings.get(i))
                            .replace("QANR5L15QE" + GeneratedDump.FIRST, "QANR5L15QE" + number)
                            .replace("\"" + GeneratedDump.FIRST + "\"", "\"" + number + "\""));
            loadBoth(protocol(4 + i), List.of(file), false);
        }

        Node concept = NodeFactory.createURI("http://localhost:3030/id/analyse/zythologie-artisanale");
        DatasetGraph stored = remote.graphs(GRAPHS);
        Set<String> preferred = new HashSet<>();
        stored.find(Node.ANY, concept, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), Node.ANY)
                .forEachRemaining(q -> preferred.add(q.getObject().getLiteralLexicalForm()));
        assertEquals(Set.of("Zythologie artisanale"), preferred, "the remote store's preferred labels");
        assertSameAsLocal("after three spellings of one concept");
    }

    /** Run while the stores hold the demo corpus only; every IRI, in IRI order, then a search. */
    @Test
    @Order(3)
    void everyDemoIriAnswersLikeTheLocalServer() throws Exception {
        URI base = URI.create("http://localhost:3030/");
        List<String> paths = new ArrayList<>();
        try (QuestionStore store = QuestionStore.open(local)) {
            QlodServer here =
                    QlodServer.create().store(store).base(base).port(0).build().start();
            QlodServer there = QlodServer.create()
                    .endpoint(remote.queryEndpoint())
                    .base(base)
                    .port(0)
                    .build()
                    .start();
            try {
                DatasetGraph dsg = store.dataset();
                Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
                    String s = q.getSubject().isURI() ? q.getSubject().getURI() : "";
                    if (s.startsWith(base + "id/")
                            && !paths.contains(s.substring(base.toString().length() + 3))) {
                        paths.add(s.substring(base.toString().length() + 3));
                    }
                }));
                assertTrue(paths.size() > 100, "IRIs served: " + paths.size());
                // every IRI: a remote description is four SPARQL queries, and the 243 of the demo took 11 s a
                // store with the machine's load average at 20
                paths.sort(null);
                HttpClient http = HttpClient.newHttpClient();
                List<String> differ = new ArrayList<>();
                int paged = 0;
                long started = System.nanoTime();
                for (String path : paths) {
                    Graph mine = document(http, here, path);
                    Graph theirs = document(http, there, path);
                    // an inverse page holds the first links in each store's own order: only one page is compared whole
                    boolean onePage = !mine.contains(Node.ANY, HYDRA_NEXT, Node.ANY);
                    if (!onePage) {
                        paged++;
                    }
                    Graph compared = onePage ? mine : withoutInverse(mine, base + "id/" + path);
                    Graph against = onePage ? theirs : withoutInverse(theirs, base + "id/" + path);
                    if (!compared.isIsomorphicWith(against)) {
                        differ.add(path + difference(compared, against));
                    }
                }
                if (checksSearch()) {
                    beforeSearch();
                    HttpResponse<String> search = http.send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://localhost:" + there.port() + "/search?format=json&q=ministre"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (textSearch()) {
                        assertEquals(200, search.statusCode(), search.body());
                        assertTrue(search.body().matches("(?s).*\"total\":[1-9].*"), search.body());
                    } else {
                        assertEquals(501, search.statusCode(), search.body());
                    }
                }
                // a query longer than a URL is sent on as a form: Virtuoso 7.2 never answers one in a request body
                StringBuilder values = new StringBuilder();
                paths.forEach(p ->
                        values.append(" <").append(base).append("id/").append(p).append('>'));
                String query =
                        "SELECT ?s (COUNT(*) AS ?n) { VALUES ?s {" + values + " } GRAPH ?g { ?s ?p ?o } } GROUP BY ?s";
                assertTrue(query.length() > 4096, "query length " + query.length());
                HttpResponse<String> longQuery = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + there.port() + "/sparql"))
                                .header("Content-Type", "application/sparql-query")
                                .header("Accept", "text/csv")
                                .timeout(java.time.Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(query))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, longQuery.statusCode(), longQuery.body());
                assertEquals(paths.size() + 1, longQuery.body().strip().split("\r?\n").length, "one row per IRI");
                System.out.printf(
                        "%s: %d documents compared in %d s%n",
                        getClass().getSimpleName(), paths.size(), (System.nanoTime() - started) / 1_000_000_000L);
                assertEquals(
                        List.of(),
                        differ,
                        "documents that differ from the local server's (of " + paths.size() + ", " + paged
                                + " with several pages of inverse links)");
            } finally {
                there.stop();
                here.stop();
            }
        }
    }

    private static Graph document(HttpClient http, QlodServer server, String path) throws Exception {
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/doc/" + path))
                        .header("Accept", "application/n-triples")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        return g;
    }

    /** The triples of one document that the other lacks, blank nodes aside, for the failure message. */
    private static String difference(Graph mine, Graph theirs) {
        List<String> only = new ArrayList<>();
        mine.find().forEach(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !theirs.contains(t)) {
                only.add("local only: " + t);
            }
        });
        theirs.find().forEach(t -> {
            if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !mine.contains(t)) {
                only.add("remote only: " + t);
            }
        });
        return only.stream().sorted().limit(6).collect(Collectors.joining("; ", " (", ")"));
    }

    /** The document without the triples pointing at the resource (and their subjects' labels). */
    private static Graph withoutInverse(Graph doc, String resource) {
        Node r = NodeFactory.createURI(resource);
        Graph g = GraphFactory.createDefaultGraph();
        Set<Node> kept = new HashSet<>(List.of(r));
        doc.find(r, Node.ANY, Node.ANY).forEach(t -> kept.add(t.getObject()));
        doc.find().forEach(t -> {
            if (kept.contains(t.getSubject())
                    || !t.getSubject().isURI()
                    || !t.getSubject().getURI().startsWith("http://localhost")) {
                g.add(t);
            }
        });
        return g;
    }

    private String protocol(int step) {
        return protocols().get(step % protocols().size());
    }

    private void loadBoth(String protocol, List<Path> files, boolean withAmo) {
        List<String> args = new ArrayList<>(
                List.of("--checkpoint", dir.resolve("load.checkpoint").toString()));
        if (!withAmo) {
            args.add("--no-amo");
        }
        CliRun cli = new CliRun();
        int code = cli.run(remoteArgs(protocol, files, args.toArray(String[]::new)));
        assertEquals(0, code, cli.err::toString);
        loadLocal(files, withAmo);
    }

    private CliRun loadRemote(String protocol, List<Path> files) {
        CliRun cli = new CliRun();
        int code = cli.run(remoteArgs(
                protocol, files, "--checkpoint", dir.resolve("load.checkpoint").toString()));
        assertEquals(0, code, cli.err::toString);
        return cli;
    }

    private void loadLocal(List<Path> files, boolean withAmo) {
        List<String> args = new ArrayList<>(List.of("load", "--quiet", "--db", local.toString()));
        if (withAmo) {
            amo.forEach(a -> args.addAll(List.of("--amo", a.toString())));
        }
        files.forEach(f -> args.add(f.toString()));
        CliRun cli = new CliRun();
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err::toString);
    }

    private String[] remoteArgs(String protocol, List<Path> files, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "load",
                "--quiet",
                "--endpoint",
                remote.loadEndpoint().toString(),
                "--protocol",
                protocol,
                "--user",
                remote.user(),
                "--password-file",
                passwordFile.toString()));
        List<String> extra = new ArrayList<>(List.of(more));
        if (!extra.remove("--no-amo")) {
            amo.forEach(a -> args.addAll(List.of("--amo", a.toString())));
        }
        args.addAll(extra);
        files.forEach(f -> args.add(f.toString()));
        return args.toArray(String[]::new);
    }

    /**
     * A load in its own JVM, as a user runs it, small batches so that it acknowledges many, two in
     * flight, the password from the environment; what it prints replaces {@code killed-load.log}.
     */
    private Process forkedLoad(Path dump, Path checkpoint) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "load",
                "--endpoint",
                remote.loadEndpoint().toString(),
                "--protocol",
                protocol(3),
                "--batch-size",
                killedBatchSize(),
                // two batches in flight: the checkpoint must still hold only what the store acknowledged
                "--parallel",
                "2",
                "--user",
                remote.user(),
                "--checkpoint",
                checkpoint.toString()));
        amo.forEach(a -> command.addAll(List.of("--amo", a.toString())));
        command.add(dump.toString());
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("killed-load.log").toFile());
        pb.environment().put("QLOD_REMOTE_PASSWORD", remote.password());
        return pb.start();
    }

    /** The same load into the local store, in its own JVM as the remote one was. */
    private void forkedLocalLoad(Path dump) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "load",
                "--quiet",
                "--db",
                local.toString()));
        amo.forEach(a -> command.addAll(List.of("--amo", a.toString())));
        command.add(dump.toString());
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("local-load.log").toFile())
                .start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the local load did not end");
        assertEquals(0, p.exitValue(), () -> head(dir.resolve("local-load.log")));
    }

    private static String head(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.limit(4).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static long acknowledged(Path checkpoint) throws IOException {
        if (!Files.exists(checkpoint)) {
            return 0;
        }
        try (var lines = Files.lines(checkpoint)) {
            return Math.max(0, lines.count() - 1);
        }
    }

    private void assertSameAsLocal(String when) {
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        try (QuestionStore store = QuestionStore.open(local)) {
            DatasetGraph dsg = store.dataset();
            // a remote load writes no statistics graph (the README says so): it is the local store's own
            Node statistics = NodeFactory.createURI(Qlod.STATISTICS_GRAPH);
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> {
                if (!q.getGraph().equals(statistics)) {
                    expected.add(q);
                }
            }));
        }
        // literals compared by value: Virtuoso stores "true"^^xsd:boolean as "1"^^xsd:boolean
        DatasetGraph actual = DatasetGraphFactory.createGeneral();
        remote.graphs(GRAPHS)
                .find()
                .forEachRemaining(q -> actual.add(Quad.create(
                        q.getGraph(),
                        q.getSubject(),
                        q.getPredicate(),
                        org.apache.jena.riot.process.normalize.CanonicalizeLiteral.get()
                                .apply(q.getObject()))));
        Set<String> differ = changedGraphs(expected, actual);
        assertEquals(
                Set.of(),
                differ,
                () -> "graphs that differ from the local store's " + when + "; for instance "
                        + RemoteStore.missing(expected, actual) + " locally against "
                        + RemoteStore.missing(actual, expected) + " remotely");
        assertTrue(
                IsoMatcher.isomorphic(expected, actual), "the remote store is not isomorphic to the local one " + when);
    }

    /** The graphs whose triples differ between two datasets (compared as sets of quads, having no blank nodes). */
    static Set<String> changedGraphs(DatasetGraph a, DatasetGraph b) {
        Set<String> changed = new HashSet<>();
        Set<Quad> inA = new HashSet<>();
        a.find().forEachRemaining(inA::add);
        Set<Quad> inB = new HashSet<>();
        b.find().forEachRemaining(inB::add);
        for (Quad q : inA) {
            if (!inB.contains(q)) {
                changed.add(name(q.getGraph()));
            }
        }
        for (Quad q : inB) {
            if (!inA.contains(q)) {
                changed.add(name(q.getGraph()));
            }
        }
        return changed;
    }

    private static String name(Node g) {
        return g.getURI();
    }
}

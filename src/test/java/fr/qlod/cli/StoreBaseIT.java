package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.store.QuestionStore;
import fr.qlod.web.QlodServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store remembers the base it was loaded with, and serve and query use it. */
class StoreBaseIT {
    static final URI BASE = URI.create("http://data.example.org/an/");

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void load() throws Exception {
        db = dir.resolve("db");
        List<List<Path>> files = DemoCommand.extract(Files.createDirectories(dir.resolve("corpus")));
        List<String> args =
                new ArrayList<>(List.of("load", "--db", db.toString(), "--base", "http://data.example.org/an"));
        files.get(0).forEach(f -> args.addAll(List.of("--amo", f.toString())));
        files.get(1).forEach(f -> args.add(f.toString()));
        CliRun cli = new CliRun();
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err::toString);
    }

    @Test
    void aStoreServedWithoutABaseIsServedOnTheBaseItWasLoadedWith() throws Exception {
        try (QuestionStore store = QuestionStore.open(db)) {
            ServeCommand.BaseChoice chosen =
                    ServeCommand.chooseBase(store, null, false).orElseThrow();
            assertEquals(BASE, chosen.base());
            assertEquals("the base the store was loaded with", chosen.note());

            QlodServer server = QlodServer.create()
                    .store(store)
                    .port(0)
                    .base(chosen.base())
                    .build()
                    .start();
            try {
                HttpResponse<String> r = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(
                                                "http://localhost:" + server.port() + "/id/question/QANR5L14QE59906"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertEquals(
                        303, r.statusCode(), "a store loaded on another base than the server's address still answers");
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aBaseMatchingNoResourceIsRefusedWithExitCode2UnlessForced() {
        CliRun cli = new CliRun();

        assertEquals(2, cli.run("serve", "--db", db.toString(), "--port", "0", "--base", "http://localhost:3150/"));
        assertTrue(cli.err.toString().contains("no resource under http://localhost:3150/id/"), cli.err.toString());
        assertTrue(cli.err.toString().contains("--force-base"), cli.err.toString());
        try (QuestionStore store = QuestionStore.open(db)) {
            assertTrue(ServeCommand.chooseBase(store, URI.create("http://localhost:3150/"), true)
                    .isPresent());
            assertEquals(
                    Optional.of(BASE),
                    ServeCommand.chooseBase(store, BASE, false).map(ServeCommand.BaseChoice::base));
        }
    }

    @Test
    void sampleDefaultsAreBoundToTheBaseOfTheStoreAndOfTheEndpoint() throws Exception {
        CliRun local = new CliRun();
        CliRun given = new CliRun();
        assertEquals(
                0,
                local.run("query", "questions-of-deputy", "--db", db.toString(), "--format", "csv"),
                local.err::toString);
        assertEquals(
                0,
                given.run(
                        "query",
                        "questions-of-deputy",
                        "--db",
                        db.toString(),
                        "--format",
                        "csv",
                        "--param",
                        "deputy=" + BASE + "id/person/PA9990001"),
                given.err::toString);
        List<String> rows = local.out.toString().lines().toList();

        assertTrue(rows.size() > 1, "the default deputy has questions: " + rows);
        assertEquals(given.out.toString(), local.out.toString());
        assertFalse(local.out.toString().contains("localhost:3030"));
        try (QuestionStore store = QuestionStore.open(db)) {
            QlodServer server =
                    QlodServer.create().store(store).port(0).base(BASE).build().start();
            try {
                CliRun remote = new CliRun();
                assertEquals(
                        0,
                        remote.run(
                                "query",
                                "questions-of-deputy",
                                "--endpoint",
                                "http://localhost:" + server.port() + "/sparql",
                                "--format",
                                "csv"),
                        remote.err::toString);
                assertEquals(local.out.toString(), remote.out.toString());
            } finally {
                server.stop();
            }
        }
    }
}

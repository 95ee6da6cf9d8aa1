package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.store.QuestionStore;
import fr.qlod.web.QlodServer;
import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qlod query} on the demo corpus: by name with parameters, by file, output formats, a local store and a server. */
class QueryCommandIT {
    @TempDir
    static Path dir;

    static Path db;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    @BeforeAll
    static void loadDemo() throws IOException {
        db = dir.resolve("db");
        List<List<Path>> files = DemoCommand.extract(Files.createDirectories(dir.resolve("corpus")));
        try (QuestionStore store = QuestionStore.open(db)) {
            DemoCommand.load(store, SampleQueriesIT.BASE, files.get(0), files.get(1));
        }
    }

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void byNameWithAParameterFollowsTheSlugOfTheSeedsAuthorToHisOfficialIri() {
        assertEquals(
                0,
                run(
                        "query",
                        "questions-of-deputy",
                        "--param",
                        "deputy=http://localhost:3030/id/person/PA1857",
                        "--db",
                        db.toString(),
                        "--format",
                        "csv"),
                err.toString());
        assertEquals(
                List.of(
                        "question,uid,type,date,title,status,statusCode,answerDate",
                        "http://localhost:3030/id/question/QANR5L14QE59906,QANR5L14QE59906,https://w3id.org/qlod#WrittenQuestion,"
                                + "2014-07-08,Internet,https://w3id.org/qlod#status-answered,answered,2014-09-16",
                        "http://localhost:3030/id/question/QANR5L14QE60037,QANR5L14QE60037,https://w3id.org/qlod#WrittenQuestion,"
                                + "2014-07-08,Internet,https://w3id.org/qlod#status-answered,answered,2014-09-16"),
                out.toString().lines().toList());
    }

    @Test
    void parametersNarrowTheFullTextSearch() {
        assertEquals(
                0,
                run(
                        "query",
                        "full-text-search",
                        "-p",
                        "text=cybercriminalité",
                        "-p",
                        "from=2015-01-01",
                        "--db",
                        db.toString(),
                        "--format",
                        "tsv"),
                err.toString());
        assertEquals(
                List.of(
                        "?question\t?uid\t?date\t?title\t?ministry",
                        "<http://localhost:3030/id/question/QANR5L14QE200007>\t\"QANR5L14QE200007\"\t"
                                + "\"2015-09-08\"^^<http://www.w3.org/2001/XMLSchema#date>\t\"Internet\"@fr\t"
                                + "<http://localhost:3030/id/organ/PO702926>"),
                out.toString().lines().toList());
    }

    @Test
    void aMinistryWithoutMatchingQuestionsGivesAnEmptyResult() {
        assertEquals(
                0,
                run(
                        "query",
                        "full-text-search",
                        "-p",
                        "ministry=<http://localhost:3030/id/ministry/interieur>",
                        "--db",
                        db.toString(),
                        "--format",
                        "csv"),
                err.toString());
        assertEquals(
                List.of("question,uid,date,title,ministry"),
                out.toString().lines().toList());
    }

    @Test
    void byFileWithJsonOutput() throws IOException {
        Path file = dir.resolve("count.rq");
        Files.writeString(
                file,
                """
                # How many questions of each type the store holds.
                # columns: ?n
                PREFIX qlod: <https://w3id.org/qlod#>
                SELECT (COUNT(?q) AS ?n) WHERE { ?q a ?_type }
                """
                        .replace("?_type", "qlod:OralQuestion"));
        assertEquals(0, run("query", file.toString(), "--db", db.toString(), "--format", "json"), err.toString());
        assertTrue(
                out.toString()
                        .replaceAll("\\s+", " ")
                        .contains(
                                "\"n\": { \"type\": \"literal\" , \"datatype\": \"http://www.w3.org/2001/XMLSchema#integer\" , \"value\": \"1\" }"),
                out.toString());
    }

    @Test
    void aFileParameterWithoutDefaultMustBeGiven() throws IOException {
        Path file = dir.resolve("typed.rq");
        Files.writeString(
                file,
                """
                # How many questions of one type.
                # columns: ?n
                PREFIX qlod: <https://w3id.org/qlod#>
                SELECT (COUNT(?q) AS ?n) WHERE { ?q a ?_type }
                """);
        assertEquals(2, run("query", file.toString(), "--db", db.toString()));
        assertTrue(err.toString().contains("the query typed needs --param type=VALUE"), err.toString());
        assertEquals(
                0,
                run(
                        "query",
                        file.toString(),
                        "--db",
                        db.toString(),
                        "--format",
                        "csv",
                        "--param",
                        "type=https://w3id.org/qlod#WrittenQuestion"),
                err.toString());
        assertEquals(List.of("n", "15"), out.toString().lines().toList());
    }

    @Test
    void tableOutputAgainstAServersEndpointMatchesTheLocalStore() throws IOException {
        assertEquals(0, run("query", "withdrawn-by-reason", "--db", db.toString()), err.toString());
        String local = out.toString();
        assertTrue(
                local.contains("| qlod:status-withdrawn-by-author       | \"withdrawn-by-author\"       | \"RET_AUT\""),
                local);
        out.getBuffer().setLength(0);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (QuestionStore store = QuestionStore.open(db)) {
            QlodServer server = QlodServer.create()
                    .store(store)
                    .port(port)
                    .base(SampleQueriesIT.BASE)
                    .build()
                    .start();
            try {
                assertEquals(
                        0,
                        run("query", "withdrawn-by-reason", "--endpoint", "http://localhost:" + port + "/sparql"),
                        err.toString());
            } finally {
                server.stop();
            }
        }
        assertEquals(local, out.toString());
    }

    @Test
    void anUnreachableServiceOfAFederatedQueryExitsWith4() throws IOException {
        Path file = dir.resolve("service.rq");
        Files.writeString(
                file,
                """
                # A federated query whose remote endpoint is down.
                # columns: ?s
                SELECT ?s WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }
                """);
        assertEquals(4, run("query", file.toString(), "--db", db.toString()));
        assertTrue(err.toString().contains("a SERVICE endpoint of the query cannot be queried"), err.toString());
    }

    @Test
    void anEmptyFolderIsNoStore() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(4, run("query", "withdrawn-by-reason", "--db", empty.toString()));
        assertTrue(err.toString().contains("no qlod store in " + empty), err.toString());
    }
}

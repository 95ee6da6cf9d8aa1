package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.query.SampleQuery;
import fr.qlod.store.QuestionStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every shipped sample query (but the federated one, which needs Wikidata) run with {@code qlod query} on
 * the demo corpus and compared with its expected result in {@code src/test/resources/queries/NAME.srj}:
 * row for row when the query orders its results, as multisets of rows otherwise. Run with
 * {@code -Dqlod.regenerate=true} to rewrite the expected files after a deliberate change (or a
 * merge), then review the diff.
 */
class SampleQueriesIT {
    static final URI BASE = URI.create("http://localhost:3030/");
    static final String FEDERATED = "wikidata-federated";
    static final Path EXPECTED = Path.of("src/test/resources/queries");

    @TempDir
    static Path dir;

    static Path db;

    @BeforeAll
    static void loadDemo() throws IOException {
        db = dir.resolve("db");
        List<List<Path>> files = DemoCommand.extract(Files.createDirectories(dir.resolve("corpus")));
        try (QuestionStore store = QuestionStore.open(db)) {
            DemoCommand.load(store, BASE, files.get(0), files.get(1));
        }
    }

    static Stream<String> localQueries() {
        return SampleQuery.shipped().stream().map(SampleQuery::name).filter(n -> !n.equals(FEDERATED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localQueries")
    void shippedQueryGivesItsExpectedNonEmptyResultOnTheDemoCorpus(String name) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertEquals(0, cli.execute("query", name, "--db", db.toString(), "--format", "json"), err.toString());

        ResultSetRewindable actual =
                read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        if (Boolean.getBoolean("qlod.regenerate")) {
            Files.writeString(EXPECTED.resolve(name + ".srj"), out.toString(), StandardCharsets.UTF_8);
        }
        ResultSetRewindable expected;
        try (InputStream in = Files.newInputStream(EXPECTED.resolve(name + ".srj"))) {
            assertNotEquals(null, in, "no expected result for " + name);
            expected = read(in);
        }
        assertTrue(expected.size() > 0, name + ": the demo corpus must give every sample query a result");
        assertEquals(expected.getResultVars(), actual.getResultVars(), name + ": columns");
        assertEquals(expected.size(), actual.size(), name + ": rows\n" + out);
        boolean ordered = SampleQuery.shipped(name).orElseThrow().parse().hasOrderBy();
        boolean same = ordered
                ? ResultSetCompare.equalsByTermAndOrder(expected, actual)
                : ResultSetCompare.equalsByTerm(expected, actual);
        assertTrue(same, name + (ordered ? " (ordered)" : "") + " differs from its expected result; got:\n" + out);
    }

    private static ResultSetRewindable read(InputStream in) {
        ResultSet rs = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
        return rs.rewindable();
    }
}

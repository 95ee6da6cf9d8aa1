package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.query.SampleQuery;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped sample queries are well formed and documented; {@code qlod query}'s checks that need no store. */
class SampleQueryTest {
    @TempDir
    Path dir;

    private final CliRun cli = new CliRun();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    static Stream<SampleQuery> shipped() {
        return SampleQuery.shipped().stream();
    }

    @Test
    void atLeastTheTwelveQueriesOfIssue6AreShipped() {
        List<String> names =
                SampleQuery.shipped().stream().map(SampleQuery::name).toList();
        assertTrue(
                names.containsAll(List.of(
                        "questions-of-deputy",
                        "answer-delay-per-ministry",
                        "unanswered-after-two-months",
                        "deputies-by-question-count",
                        "questions-per-rubrique-per-year",
                        "questions-citing-report",
                        "identical-answers",
                        "attribution-changes-after-reshuffle",
                        "full-text-search",
                        "withdrawn-by-reason",
                        "wikidata-federated",
                        "questions-by-departement")),
                names.toString());
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void shippedQueryParsesAndItsHeaderDocumentsWhatItAnswersItsParametersAndColumns(SampleQuery query) {
        Query parsed = query.parse();
        assertTrue(query.text().startsWith("# "), query.name() + ": the file starts with its header comment");
        assertTrue(query.title().length() > 20, query.name() + ": the first header line says what it answers");
        assertEquals(
                query.defaults().keySet().stream().sorted().toList(),
                query.placeholders().stream().sorted().toList(),
                query.name() + ": every ?_name placeholder has a '# param name = default' line, and no other");
        Map<String, Node> values = query.bindings(Map.of());
        assertEquals(query.placeholders().size(), values.size());
        String columns = query.text()
                .lines()
                .filter(l -> l.startsWith("# columns:"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(query.name() + ": no '# columns:' line"));
        List<String> declared = Arrays.stream(
                        columns.substring("# columns:".length()).trim().split("\\s+"))
                .map(c -> c.replaceFirst("^\\?", ""))
                .toList();
        assertEquals(declared, parsed.getResultVars(), query.name() + ": the columns line matches the SELECT");
    }

    @Test
    void theFederatedQueryJoinsWikidataThroughP4123() {
        SampleQuery query = SampleQuery.shipped("wikidata-federated").orElseThrow();
        Query parsed = query.parse();
        assertTrue(
                query.text().contains("SERVICE <https://query.wikidata.org/sparql> {\n    ?item wdt:P4123 ?p4123 ."),
                query.text());
        assertEquals(
                "http://www.wikidata.org/prop/direct/P4123",
                parsed.getPrefixMapping().expandPrefix("wdt:P4123"));
    }

    @Test
    void readsParameterValuesAsIrisDatesIntegersAndLiterals() {
        assertEquals(
                NodeFactory.createURI("http://localhost:3030/id/person/PA1857"),
                SampleQuery.node("<http://localhost:3030/id/person/PA1857>"));
        assertEquals(NodeFactory.createURI("https://example.org/x"), SampleQuery.node("https://example.org/x"));
        assertEquals(NodeFactory.createLiteralDT("2014-08-26", XSDDatatype.XSDdate), SampleQuery.node("2014-08-26"));
        assertEquals(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger), SampleQuery.node("42"));
        assertEquals(NodeFactory.createLiteralLang("justice", "fr"), SampleQuery.node("\"justice\"@fr"));
        assertEquals(NodeFactory.createLiteralString("cybercriminalité"), SampleQuery.node("\"cybercriminalité\""));
        assertEquals(
                NodeFactory.createLiteralString("vidéoprotection communes"),
                SampleQuery.node("vidéoprotection communes"));
        assertThrows(IllegalArgumentException.class, () -> SampleQuery.node("2014-02-30"));
        assertThrows(IllegalArgumentException.class, () -> SampleQuery.node("<relative/iri>"));
    }

    @Test
    void listPrintsEveryShippedQueryWithItsFirstHeaderLine() {
        assertEquals(0, run("query", "--list"), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(SampleQuery.shipped().size(), lines.size(), out.toString());
        assertTrue(
                lines.contains(String.format(
                        "%-36s %s",
                        "questions-of-deputy",
                        "One deputy's questions, newest first, with their status and answer date.")),
                out.toString());
    }

    @Test
    void aMalformedQueryFileExitsWith3AndNamesLineAndColumn() throws URISyntaxException {
        Path broken = Path.of(
                SampleQueryTest.class.getResource("/queries-broken/broken.rq").toURI());
        assertEquals(
                3, run("query", broken.toString(), "--db", dir.resolve("db").toString()));
        assertTrue(err.toString().contains(broken + " (line 8:10)"), err.toString());
        assertTrue(err.toString().contains("not a valid SPARQL query"), err.toString());
    }

    @Test
    void anUnknownQueryNameExitsWith2() {
        assertEquals(2, run("query", "no-such-query", "--db", dir.resolve("db").toString()));
        assertTrue(err.toString().contains("no shipped query named no-such-query"), err.toString());
    }

    @Test
    void anUnknownOrMalformedParameterExitsWith2() {
        assertEquals(2, run("query", "questions-of-deputy", "--param", "depute=<http://x/y>", "--db", dir.toString()));
        assertTrue(err.toString().contains("has no parameter depute (it has: deputy, upTo)"), err.toString());
        assertEquals(
                2, run("query", "unanswered-after-two-months", "--param", "asOf=2017-02-31", "--db", dir.toString()));
        assertTrue(err.toString().contains("not a date: 2017-02-31"), err.toString());
        assertEquals(2, run("query", "questions-of-deputy", "--param", "deputy", "--db", dir.toString()));
    }

    @Test
    void aMissingStoreExitsWith4WithoutCreatingOne() {
        Path missing = dir.resolve("missing");
        assertEquals(4, run("query", "withdrawn-by-reason", "--db", missing.toString()));
        assertTrue(err.toString().contains("no qlod store in " + missing), err.toString());
        assertFalse(missing.toFile().exists());
    }

    @Test
    void anUnreachableEndpointExitsWith4() {
        assertEquals(4, run("query", "withdrawn-by-reason", "--endpoint", "http://127.0.0.1:9/sparql"));
        assertTrue(err.toString().contains("the endpoint http://127.0.0.1:9/sparql cannot be queried"), err.toString());
    }
}

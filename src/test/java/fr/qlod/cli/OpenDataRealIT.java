package fr.qlod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.qlod.store.QuestionStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real open-data questions of legislatures 15 and 16 with the AMO records of their authors
 * ({@code ../shared/samples/opendata-real}, when it is beside the clone): they convert and validate
 * with no violation, and load with exit code 0, although their AMO holds mandates that end the day
 * before they start (PM775050 of PA267241) and QANR5L15QG1194 names its group "POnull".
 */
class OpenDataRealIT {
    private static final Path REAL = Path.of("../shared/samples/opendata-real");
    private static final String BASE = "http://localhost:3030/";

    @TempDir
    Path dir;

    private static List<String> inputs(String... head) {
        List<String> args = new java.util.ArrayList<>(List.of(head));
        args.addAll(List.of(
                "--amo",
                REAL.resolve("amo").toString(),
                REAL.resolve("questions-xv").toString(),
                REAL.resolve("questions-xvi").toString()));
        return args;
    }

    @Test
    void convertsValidatesAndLoadsTheRealSamplesWithEveryAuthorResolved() {
        assumeTrue(Files.isDirectory(REAL), "../shared/samples/opendata-real is not beside the clone");
        Path nq = dir.resolve("real.nq");
        CliRun convert = new CliRun();
        List<String> args = inputs("convert", "-o", nq.toString());
        assertEquals(ExitCodes.OK, convert.run(args.toArray(String[]::new)), convert.err::toString);
        assertTrue(
                convert.err.toString().contains("OPENDATA_JSON authors: 92 resolved, 0 ambiguous, 0 unknown"),
                convert.err::toString);
        assertTrue(convert.err.toString().contains("PM775050: period kept as published"), convert.err::toString);

        CliRun validate = new CliRun();
        assertEquals(ExitCodes.OK, validate.run("validate", nq.toString()), () -> validate.out + "\n" + validate.err);

        CliRun load = new CliRun();
        Path db = dir.resolve("db");
        args = inputs("load", "--db", db.toString());
        assertEquals(ExitCodes.OK, load.run(args.toArray(String[]::new)), load.err::toString);
        try (QuestionStore store = QuestionStore.open(db)) {
            Node cancelled = NodeFactory.createURI(BASE + "id/mandate/PM775050/period");
            long dates = Txn.calculateRead(
                    store.dataset(), () -> store.dataset().stream(Node.ANY, cancelled, Node.ANY, Node.ANY)
                            .filter(q -> q.getObject().isLiteral())
                            .count());
            assertEquals(2, dates, "the cancelled mandate keeps both its dates");
            Node question = NodeFactory.createURI(BASE + "id/question/QANR5L15QG1194");
            Node group = ResourceFactory.createProperty("https://w3id.org/qlod#group")
                    .asNode();
            assertTrue(
                    Txn.calculateRead(store.dataset(), () -> store.dataset().stream(Node.ANY, question, group, Node.ANY)
                            .anyMatch(q -> q.getObject().getURI().startsWith(BASE + "id/organ/PO"))),
                    "POnull counts as absent");
        }
    }
}

package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.SeedDocuments;
import fr.qlod.parse.ErrorPolicy;
import fr.qlod.parse.Problems;
import fr.qlod.parse.SourceFormatException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mapping of every reader fixture conforms to {@code ontology/shapes.ttl}. Each fixture is
 * converted on its own: several fixtures hold the same question (the seeds) as different sources.
 */
class FixturesConformTest {

    static Stream<Path> fixtures() throws URISyntaxException, IOException {
        Path root = Path.of(FixturesConformTest.class.getResource("/source").toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        return Stream.concat(
                files.stream(),
                Stream.of(SeedDocuments.SEED_000, SeedDocuments.SEED_001).map(FixturesConformTest::classpathFile));
    }

    private static Path classpathFile(String resource) {
        try {
            return Path.of(FixturesConformTest.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theMappingOfEachReaderFixtureConformsToTheShapes(Path fixture) {
        List<SourceFormatException> faults = new ArrayList<>();
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        MappingContext context = MappingContext.create()
                .generatedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .build();
        long records = Conversion.create(context)
                .run(
                        List.of(),
                        List.of(fixture),
                        StreamRDFLib.dataset(dataset),
                        new Problems(ErrorPolicy.BEST_EFFORT, faults::add));
        assertTrue(faults.isEmpty(), "the fixture reads: " + faults);
        assertTrue(records > 0, "records mapped: " + records);

        Graph union = GraphFactory.createDefaultGraph();
        dataset.find().forEachRemaining(q -> union.add(q.asTriple()));
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), union);
        if (!report.conforms()) {
            ShLib.printReport(report);
        }
        assertTrue(report.conforms(), fixture + ": " + report.getEntries().size() + " violations");
    }
}

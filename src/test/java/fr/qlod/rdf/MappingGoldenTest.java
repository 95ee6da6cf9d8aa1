package fr.qlod.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden mapping cases: each folder of src/test/resources/rdf/cases/ holds the expected.trig of
 * one case of {@link MappingCases}, compared by isomorphism. Run with
 * {@code -Dqlod.regenerate=true} to rewrite the files after a deliberate change (or a merge), then
 * review the diff.
 */
class MappingGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/rdf/cases");

    static Stream<String> cases() {
        return MappingCases.CASES.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsCaseToExpectedQuads(String name) throws IOException {
        DatasetGraph actual = MappingCases.map(MappingCases.CASES.get(name).get());
        Path expectedFile = CASES.resolve(name).resolve("expected.trig");
        if (Boolean.getBoolean("qlod.regenerate")) {
            Files.createDirectories(expectedFile.getParent());
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
            }
        }
        DatasetGraph expected = DatasetGraphFactory.createGeneral();
        RDFDataMgr.read(expected, expectedFile.toString());
        if (!IsoMatcher.isomorphic(expected, actual)) {
            StringWriter text = new StringWriter();
            RDFDataMgr.write(text, actual, RDFFormat.TRIG_PRETTY);
            fail("the mapping of " + name + " differs from " + expectedFile + "; actual:\n" + text);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void producesOutputThatConformsToTheShapes(String name) {
        DatasetGraph actual = MappingCases.map(MappingCases.CASES.get(name).get());
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), actual.getUnionGraph());
        assertTrue(
                report.conforms(),
                () -> name + " violates the shapes:\n"
                        + report.getEntries().stream()
                                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                                .collect(Collectors.joining("\n")));
    }
}

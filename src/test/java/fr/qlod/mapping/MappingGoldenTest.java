package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.qlod.parse.Problems;
import fr.qlod.parse.Sources;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden mapping cases: each folder of src/test/resources/rdf/cases/ is one case, its {@code files.txt} naming
 * the source files it reads (as the demo's index does: {@code amo FILE} or {@code input FILE}, in load order) and
 * its {@code expected.trig} the quads they map to, compared by isomorphism. The files are read as {@code qlod
 * convert} reads them, through the real readers ({@link Sources}) and {@link Conversion}. A FILE is a path in the
 * case's folder, or a classpath resource when it starts with "/": the one copy of a fixture the reader tests
 * or the demo corpus already hold. Run with {@code -Dqlod.regenerate=true} to rewrite the expected files after a
 * deliberate change (or a merge), then review the diff.
 */
class MappingGoldenTest {
    private static final Path CASES = Path.of("src/test/resources/rdf/cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> folders = Files.list(CASES)) {
            return folders
                    .filter(f -> Files.isRegularFile(f.resolve("files.txt")))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    /** The files a case reads: the AMO ones first, then the inputs, as its {@code files.txt} names them. */
    record CaseFiles(List<Path> amo, List<Path> inputs) {}

    /** The files of case {@code name}; a line of its files.txt that is not {@code amo FILE} or {@code input FILE} fails. */
    static CaseFiles files(String name) throws IOException {
        Path folder = CASES.resolve(name);
        List<Path> amo = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(folder.resolve("files.txt"), StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            if (parts.length != 2 || !(parts[0].equals("amo") || parts[0].equals("input"))) {
                throw new IllegalArgumentException(
                        folder.resolve("files.txt") + ":" + number + ": not 'amo FILE' or 'input FILE': " + line);
            }
            (parts[0].equals("amo") ? amo : inputs).add(file(folder, parts[1]));
        }
        return new CaseFiles(amo, inputs);
    }

    /** Reads a case's sources and maps them into an in-memory dataset, as convert would. */
    static DatasetGraph map(String name) throws IOException {
        CaseFiles files = files(name);
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        MappingContext context = MappingCases.context(Directory.empty(), e -> {});
        out.start();
        EntityMapper.prefixes(out);
        Conversion.create(Sources.create(), context, n -> {}).run(files.amo(), files.inputs(), out, Problems.strict());
        out.finish();
        return dsg;
    }

    /** A classpath resource as a file (the test and main resources are folders on disk). */
    static Path resource(String name) {
        return file(Path.of("."), name);
    }

    private static Path file(Path folder, String name) {
        if (!name.startsWith("/")) {
            return folder.resolve(name);
        }
        URL resource = MappingGoldenTest.class.getResource(name);
        if (resource == null) {
            throw new IllegalArgumentException(folder.resolve("files.txt") + ": no resource " + name);
        }
        try {
            return Path.of(resource.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(folder.resolve("files.txt") + ": " + name + ": " + e.getMessage(), e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsCaseToExpectedQuads(String name) throws IOException {
        DatasetGraph actual = map(name);
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
    void producesOutputThatConformsToTheShapes(String name) throws IOException {
        DatasetGraph actual = map(name);
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), actual.getUnionGraph());
        assertTrue(
                report.conforms(),
                () -> name + " violates the shapes:\n"
                        + report.getEntries().stream()
                                .map(e -> e.focusNode() + " " + e.resultPath() + ": " + e.message())
                                .collect(Collectors.joining("\n")));
    }
}

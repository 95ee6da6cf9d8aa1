package fr.qlod.cli;

import fr.qlod.mapping.Ontology;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qlod validate}: checks RDF files against qlod's SHACL shapes. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        header = "Check RDF files against qlod's SHACL shapes.",
        description =
                "Reads each file (any RDF syntax, by its extension), checks all its triples (default and named graphs together) against "
                        + "ontology/shapes.ttl and prints every violation: focus node, path and message. "
                        + "The exit code is 3 when a file does not conform or cannot be read.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "RDF files (.nq .trig .nt .ttl .jsonld .rdf).")
    List<Path> files;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Other SHACL shapes to check against.")
    Path shapesFile;

    @Mixin
    StackTraceOption stackTrace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Shapes shapes =
                shapesFile == null ? Ontology.shapes() : Shapes.parse(RDFDataMgr.loadGraph(shapesFile.toString()));
        boolean bad = false;
        for (Path file : files) {
            DatasetGraph data = DatasetGraphFactory.createGeneral();
            try {
                RDFDataMgr.read(data, file.toString());
            } catch (RiotException e) {
                err.println("qlod: " + file + ": not readable as RDF: " + e.getMessage());
                bad = true;
                continue;
            }
            Graph all = GraphFactory.createDefaultGraph();
            data.find().forEachRemaining(quad -> all.add(quad.asTriple()));
            ValidationReport report = ShaclValidator.get().validate(shapes, all);
            for (ReportEntry e : report.getEntries()) {
                out.println(file + ": " + e.severity().level().getLocalName() + " at "
                        + FmtUtils.stringForNode(e.focusNode()) + (e.resultPath() == null ? "" : " " + e.resultPath())
                        + ": " + e.message());
            }
            int n = report.getEntries().size();
            out.println(file + ": " + (report.conforms() ? "conforms" : n + " violation" + (n == 1 ? "" : "s")));
            bad |= !report.conforms();
        }
        out.flush();
        return bad ? ExitCodes.BAD_INPUT : ExitCodes.OK;
    }
}

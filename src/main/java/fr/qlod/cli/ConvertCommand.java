package fr.qlod.cli;

import fr.qlod.Progress;
import fr.qlod.mapping.Conversion;
import fr.qlod.mapping.MappingContext;
import fr.qlod.mapping.MappingException;
import fr.qlod.mapping.Uris;
import fr.qlod.parse.Problems;
import fr.qlod.parse.Sources;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code qlod convert}: reads sources and writes RDF, one named graph per record, then the graph
 * of identical answers. Output is deterministic: records in input order (directories by name),
 * a fixed generation time, no blank nodes; two runs over the same inputs give the same bytes.
 */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        header = "Convert questions and AMO records to RDF.",
        description = {
            "Reads files, directories and zip archives in any supported format and writes one named graph "
                    + "per record, then the graph of questions with identical answers.",
            "AMO files given with --amo are read first, so that each question can name its author's group and "
                    + "the ministry organs in office on its dates; AMO records among the inputs are used as they come.",
            "The generation time recorded in each graph is --generated-at, else SOURCE_DATE_EPOCH, else the newest "
                    + "modification time of the inputs: the same inputs give the same output.",
            "The output is written to a temporary file renamed into place at the end: an error leaves no half-written file. "
                    + "Bad input files are named on standard error, the others are converted, and the exit code is 3."
        })
final class ConvertCommand implements Callable<Integer> {
    @Mixin
    SourceOptions source;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "FILE",
            description = "The RDF file to write (.nq .trig .nt .ttl .jsonld).")
    Path output;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "nquads, trig, ntriples, turtle or jsonld (default: from the output's extension). "
                    + "ntriples and turtle write the union of the graphs; jsonld is built in memory.")
    String format;

    @Option(
            names = "--generated-at",
            paramLabel = "INSTANT",
            description = "The generation time to record, e.g. 2024-01-31T12:00:00Z.")
    String generatedAt;

    @Mixin
    ReadOptions read;

    @Mixin
    StackTraceOption stackTrace;

    @Mixin
    ReportOptions reporting = new ReportOptions();

    @Spec
    CommandSpec spec;

    /** The readers to use; tests replace them. */
    Sources sources = Sources.create();

    @Override
    public Integer call() throws IOException {
        OutputFormat outputFormat = outputFormat();
        Uris uris = source.uris();
        Instant time = generationTime();
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = read.problems(err);
        long[] warnings = {0};
        try (ReportOptions.Open resolutions = reporting.open()) {
            MappingContext context = SourceOptions.context(uris, time)
                    .resolutions(resolutions.report())
                    .warnings((MappingException e) -> {
                        warnings[0]++;
                        read.warn(err, e);
                    })
                    .build();
            Progress progress = Progress.counting(err, System.console() != null && !read.quiet, "records converted");
            Conversion conversion = Conversion.create(sources, context, records -> progress.update(records, null));

            Path absolute = output.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            // created without attributes, so the file gets the user's usual permissions, unlike a temp file's 0600
            Path temp = absolute.resolveSibling(
                    "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            boolean done = false;
            long records;
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                OutputFormat.Sink sink = outputFormat.open(out);
                records = conversion.run(source.amo, source.inputs, sink.stream(), problems);
                sink.finish();
                done = true;
            } finally {
                progress.clear();
                if (!done) {
                    Files.deleteIfExists(temp);
                }
            }
            move(temp, absolute);
            String summary = Summary.of(records, "record", problems);
            err.println(summary
                    + (warnings[0] == 0 ? "" : ", " + warnings[0] + " mapping warning" + (warnings[0] == 1 ? "" : "s"))
                    + "; written to " + output);
            resolutions.print(err);
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    private OutputFormat outputFormat() {
        if (format != null) {
            try {
                return OutputFormat.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        "unknown format '" + format + "': nquads, trig, ntriples, turtle or jsonld");
            }
        }
        return OutputFormat.ofFile(output)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "cannot tell the format of '" + output
                                + "' from its extension: use .nq .trig .nt .ttl .jsonld or --format"));
    }

    /** --generated-at, else {@link Conversion#generationTime}. */
    private Instant generationTime() throws IOException {
        if (generatedAt != null) {
            try {
                return Instant.parse(generatedAt.strip());
            } catch (DateTimeParseException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--generated-at: not an instant such as 2024-01-31T12:00:00Z: " + generatedAt);
            }
        }
        return Conversion.generationTime(source.all());
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

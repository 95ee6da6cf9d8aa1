package fr.qlod.cli;

import fr.qlod.mapping.ResolutionReport;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --report FILE}, shared by {@code convert} and {@code load}: how the authors, groups and
 * ministries of the questions were resolved against the AMO, counted on standard error per source
 * format, and the ambiguous and unknown ones written to the file as JSON lines with their candidates.
 */
final class ReportOptions {
    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "Write the authors, groups and ministries the AMO did not resolve to one id as JSON lines, "
                    + "with their candidates.")
    Path report;

    /** An open report; {@link Open#close} prints the counts and closes the file. */
    Open open() throws IOException {
        Writer writer = null;
        if (report != null) {
            Path absolute = report.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            writer = new BufferedWriter(Files.newBufferedWriter(absolute, StandardCharsets.UTF_8));
        }
        return new Open(ResolutionReport.create(writer), writer);
    }

    record Open(ResolutionReport report, Writer writer) implements Closeable {
        /** Prints one line a source format and kind ("resolution: TEXT_TABLE authors: 2 resolved, …"). */
        void print(PrintWriter err) {
            report.summary().forEach(line -> err.println("qlod: resolution: " + line));
        }

        @Override
        public void close() throws IOException {
            if (writer != null) {
                writer.close();
            }
        }
    }
}

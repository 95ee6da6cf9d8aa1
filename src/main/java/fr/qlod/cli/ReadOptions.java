package fr.qlod.cli;

import fr.qlod.mapping.MappingException;
import fr.qlod.parse.ErrorPolicy;
import fr.qlod.parse.Problems;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Options shared by every command that reads sources. */
final class ReadOptions {
    @Option(names = "--strict", description = "Stop at the first bad file or record (default: report it and go on).")
    boolean strict;

    @Option(
            names = {"-q", "--quiet"},
            description = "Print no warning for each bad file; only the summary.")
    boolean quiet;

    ErrorPolicy policy() {
        return strict ? ErrorPolicy.STRICT : ErrorPolicy.BEST_EFFORT;
    }

    /** The problems of a read under these options: each one named on {@code err} unless {@code --quiet}. */
    Problems problems(PrintWriter err) {
        return new Problems(policy(), e -> {
            if (!quiet) {
                err.println("qlod: " + e.getMessage());
            }
        });
    }

    /** Names a mapping warning on {@code err} unless {@code --quiet}. */
    void warn(PrintWriter err, MappingException e) {
        if (!quiet) {
            err.println("qlod: warning: " + e.getMessage());
        }
    }
}

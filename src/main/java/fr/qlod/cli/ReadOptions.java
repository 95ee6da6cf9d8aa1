package fr.qlod.cli;

import fr.qlod.source.ErrorPolicy;
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
}

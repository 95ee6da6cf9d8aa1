package fr.qlod.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --stacktrace} option, mixed into every command. Wherever it is given ({@code qlod --stacktrace
 * harvest pages …} or {@code qlod harvest pages --stacktrace …}), it is recorded on the root command's
 * instance, so that {@link Main}'s error handler reads one flag whatever the depth of the failing subcommand.
 */
final class StackTraceOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    private boolean on;

    @Option(names = "--stacktrace", description = "Print stack traces of errors.")
    void set(boolean value) {
        root().on |= value;
    }

    /** Whether {@code --stacktrace} was given to the command line {@code spec} belongs to, at any depth. */
    static boolean given(CommandSpec spec) {
        return ((Main) spec.root().userObject()).stackTrace.on;
    }

    private StackTraceOption root() {
        return ((Main) mixee.root().userObject()).stackTrace;
    }
}

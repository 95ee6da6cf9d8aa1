package fr.qlod.cli;

import fr.qlod.QlodException;
import fr.qlod.parse.SourceFormatException;
import fr.qlod.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;

/**
 * The {@code qlod} program.
 *
 * <pre>
 * qlod inspect page.html dump.zip
 * qlod convert --amo amo/ questions.zip -o questions.nq
 * qlod validate questions.nq
 * </pre>
 */
@Command(
        name = "qlod",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        header = "French parliamentary questions as linked data.",
        subcommands = {
            HelpCommand.class,
            InspectCommand.class,
            ConvertCommand.class,
            ValidateCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            QueryCommand.class,
            HarvestCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:OK",
            "1:internal error",
            "2:usage error",
            "3:bad input data (each bad file is named; the others are still processed)",
            "4:store or port unavailable"
        })
public final class Main {

    @Mixin
    StackTraceOption stackTrace;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the program without exiting; returns the exit code. */
    public static int run(String... args) {
        CommandLine cli = commandLine();
        return cli.execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExitCodeExceptionMapper(Main::exitCode);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (StackTraceOption.given(commandLine.getCommandSpec())) {
                e.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("qlod: " + message(e));
            }
            return exitCode(e);
        });
        return cli;
    }

    static int exitCode(Throwable e) {
        if (e instanceof SourceFormatException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof StoreException) {
            return ExitCodes.STORE;
        }
        return ExitCodes.INTERNAL;
    }

    private static String message(Throwable e) {
        if (e instanceof QlodException) {
            return e.getMessage();
        }
        return "internal error: " + e + " (rerun with --stacktrace for details)";
    }
}

package fr.qlod.cli;

import fr.qlod.parse.Sources;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * Runs qlod's command line in the test's JVM and keeps what it prints, run after run.
 *
 * <pre>
 * CliRun cli = new CliRun();
 * assertEquals(0, cli.run("inspect", file), cli.err::toString);
 * </pre>
 */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Consumer<CommandLine> setup;

    CliRun() {
        this(cli -> {});
    }

    private CliRun(Consumer<CommandLine> setup) {
        this.setup = setup;
    }

    /** A command line whose {@code convert} reads with the test's {@link FixtureReader} only. */
    static CliRun withFixtureReader() {
        return new CliRun(
                cli -> ((ConvertCommand) cli.getSubcommands().get("convert").getCommand()).sources =
                        Sources.of(List.of(new FixtureReader())));
    }

    /** Runs one command; returns its exit code. */
    int run(String... args) {
        CommandLine cli = Main.commandLine();
        setup.accept(cli);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}

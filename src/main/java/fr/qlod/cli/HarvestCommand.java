package fr.qlod.cli;

import fr.qlod.harvest.HarvestReport;
import fr.qlod.harvest.HarvestSettings;
import fr.qlod.harvest.Harvester;
import fr.qlod.model.QuestionType;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qlod harvest}: downloads question pages and open-data dumps, politely and resumably. */
@Command(
        name = "harvest",
        mixinStandardHelpOptions = true,
        header = "Download question pages or open-data dumps from the Assemblée's sites.",
        subcommands = {HarvestCommand.Pages.class, HarvestCommand.OpenData.class})
final class HarvestCommand {
    @Mixin
    StackTraceOption stackTrace;

    /** Options shared by both harvests. */
    static final class Manners {
        @Option(names = "--out", required = true, description = "Folder to write to (created if needed).")
        Path out;

        @Option(
                names = "--rate",
                defaultValue = "1",
                description = "Requests per second at most (default: ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--attempts", defaultValue = "4", description = "Tries per URL (default: ${DEFAULT-VALUE}).")
        int attempts;

        @Option(
                names = "--timeout",
                defaultValue = "30",
                description = "Seconds allowed per response (default: ${DEFAULT-VALUE}).")
        int timeoutSeconds;

        @Option(
                names = "--contact",
                description = "An e-mail or URL added to the User-Agent so the site can reach you.")
        String contact;

        @Option(names = "--site", hidden = true, description = "Send every request to this site (tests and mirrors).")
        URI site;

        @Option(names = "--backoff-ms", hidden = true, defaultValue = "2000")
        long backoffMillis;

        HarvestSettings settings(boolean refresh) {
            HarvestSettings.Builder b = HarvestSettings.builder()
                    .out(out)
                    .requestsPerSecond(rate)
                    .attempts(attempts)
                    .timeout(Duration.ofSeconds(timeoutSeconds))
                    .backoff(Duration.ofMillis(backoffMillis))
                    .refresh(refresh);
            if (contact != null) {
                b.userAgent(HarvestSettings.USER_AGENT.replace(")", "; contact: " + contact + ")"));
            }
            if (site != null) {
                b.site(site);
            }
            return b.build();
        }
    }

    /**
     * What both harvests do: run with the shared manners, print each failure and the report, and exit with 4 when
     * some URL failed. A subcommand says what it fetches.
     */
    abstract static class Harvest implements Callable<Integer> {
        @Mixin
        Manners manners;

        @Mixin
        StackTraceOption stackTrace;

        @Spec
        CommandSpec spec;

        /** Fetches this harvest's documents with {@code harvester}. */
        abstract HarvestReport run(Harvester harvester) throws Exception;

        /** Whether documents fetched before are validated again. */
        abstract boolean refresh();

        @Override
        public Integer call() throws Exception {
            HarvestReport report = run(new Harvester(manners.settings(refresh())));
            PrintWriter err = spec.commandLine().getErr();
            for (String failure : report.failures()) {
                err.println("qlod: failed: " + failure);
            }
            err.println(report);
            return report.failedCount() == 0 ? ExitCodes.OK : ExitCodes.STORE;
        }
    }

    @Command(
            name = "pages",
            mixinStandardHelpOptions = true,
            header = "Download question pages of a legislature, raw, with their HTTP headers.",
            description = "Writes OUT/pages/LEG/{uid}.html with the original bytes and {uid}.html.fetch.json with "
                    + "the URL, status, content type and validators. A re-run skips complete pages (and known 404s); "
                    + "--refresh re-validates them with conditional requests. Exit code 4 when some URL failed.")
    static final class Pages extends Harvest {
        @Option(names = "--legislature", required = true, description = "Legislature number (7 and later).")
        int legislature;

        @Option(
                names = "--from",
                defaultValue = "1",
                description = "First question number (default: ${DEFAULT-VALUE}).")
        int from;

        @Option(names = "--to", required = true, description = "Last question number.")
        int to;

        @Option(
                names = "--type",
                split = ",",
                defaultValue = "QE",
                description = "Question types, comma-separated: QE, QOSD, QG (default: ${DEFAULT-VALUE}).")
        List<QuestionType> types;

        @Option(names = "--dyn", description = "Fetch the /dyn/ pages even for legislatures before 17.")
        boolean dyn;

        @Option(
                names = "--refresh",
                description = "Re-validate pages already fetched (If-None-Match / If-Modified-Since).")
        boolean refresh;

        @Override
        HarvestReport run(Harvester harvester) throws Exception {
            return harvester.pages(legislature, types, from, to, dyn);
        }

        @Override
        boolean refresh() {
            return refresh;
        }
    }

    @Command(
            name = "opendata",
            mixinStandardHelpOptions = true,
            header = "Download the open-data question dumps and the AMO export of a legislature.",
            description =
                    "Writes OUT/opendata/LEG/*.json.zip. Each dump is downloaded beside the previous one, checked "
                            + "as a whole zip, and only then replaces it; re-runs send conditional requests. "
                            + "Exit code 4 when some dump failed.")
    static final class OpenData extends Harvest {
        @Option(names = "--legislature", required = true, description = "Legislature number (14 and later).")
        int legislature;

        @Override
        HarvestReport run(Harvester harvester) throws Exception {
            return harvester.openData(legislature);
        }

        /** A dump is always sent a conditional request: only a changed one is downloaded again. */
        @Override
        boolean refresh() {
            return true;
        }
    }
}

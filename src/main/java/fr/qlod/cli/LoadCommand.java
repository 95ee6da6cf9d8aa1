package fr.qlod.cli;

import fr.qlod.mapping.Conversion;
import fr.qlod.mapping.IdenticalAnswers;
import fr.qlod.mapping.MappingContext;
import fr.qlod.mapping.MappingException;
import fr.qlod.parse.Problems;
import fr.qlod.store.LoadResult;
import fr.qlod.store.QuestionStore;
import fr.qlod.store.QuestionStore.LoadPath;
import fr.qlod.store.RemoteLoadResult;
import fr.qlod.store.RemoteTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code qlod load}: converts and loads in one streaming pass, into a local TDB2 store or a remote
 * Graph Store Protocol endpoint.
 */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        header = "Convert sources and load them into a TDB2 store or a remote SPARQL store.",
        description = {
            "Reads files, directories and zip archives in any supported format and loads one named graph per "
                    + "record in one streaming pass, without an intermediate file.",
            "Into a local store (--db) the load is one transaction: if it fails or is killed, the store is exactly "
                    + "as before. A record's graph replaces the graph of the same record, so loading the same input "
                    + "again changes nothing, and a newer version of a record replaces that record only. The graph "
                    + "of identical answers is rebuilt over the whole store.",
            "Into a remote store (--endpoint: Virtuoso's http://host:8890/sparql-auth, a Fuseki dataset "
                    + "http://host:3030/ds, or any Graph Store Protocol endpoint) the graphs are sent in batches "
                    + "(--protocol), with the same replace and merge semantics. A remote store has no transaction "
                    + "across requests: a failure leaves what was acknowledged before it (whole graphs with gsp, "
                    + "whole batches with update; with quads and ttlp the graphs of the failed batch may be dropped "
                    + "and not yet rewritten). Each batch is sent while the next is converted (--parallel batches in "
                    + "flight); a request whose whole answer does not come within 120 s, even one stalled after its "
                    + "headers, is retried. Each acknowledged graph is recorded in the checkpoint file: run the same "
                    + "command again and it resumes, sending only what was not acknowledged; reloading is "
                    + "idempotent in any case.",
            "Bad input files are named on standard error and the others are loaded (exit code 3); with --strict "
                    + "the first bad file aborts the load and the store is left unchanged."
        })
final class LoadCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR", description = "The TDB2 store directory (created if needed).")
        Path db;

        @Option(
                names = "--endpoint",
                paramLabel = "URL",
                description = "A remote store's endpoint: a SPARQL Update, dataset or Graph Store Protocol endpoint, "
                        + "e.g. http://host:8890/sparql-auth (Virtuoso) or http://host:3030/ds (Fuseki).")
        URI endpoint;
    }

    @Option(
            names = "--transactional",
            description = "Into a local store, always load in one TDB2 write transaction, even when the store is "
                    + "empty (by default an empty store gets a new TDB2 generation built aside, much faster).")
    boolean transactional;

    @Mixin
    ReadOptions read;

    @Mixin
    StackTraceOption stackTrace;

    @Mixin
    ReportOptions reporting = new ReportOptions();

    @Mixin
    RemoteLoadOptions remote;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = read.problems(err);
        try (ReportOptions.Open resolutions = reporting.open()) {
            MappingContext context = context(err, resolutions);
            Conversion conversion = Conversion.create(context);
            LoadResult result;
            String where;
            if (target.db != null && remote.given()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--protocol, --batch-size, --retries, --parallel, --checkpoint, "
                                + "--user and --password-file go with --endpoint");
            }
            String resumed = "";
            if (target.db != null) {
                where = target.db.toString();
                try (QuestionStore store = QuestionStore.open(target.db)) {
                    result = intoStore(
                            store,
                            conversion,
                            source.amo,
                            source.inputs,
                            problems,
                            transactional ? LoadPath.TRANSACTIONAL : LoadPath.FASTEST);
                    String minted = source.base.strip();
                    store.recordBase(URI.create(minted.endsWith("/") ? minted : minted + "/"));
                }
            } else {
                where = target.endpoint.toString();
                RemoteTarget into = remote.target(target.endpoint, spec);
                IdenticalAnswers stored = into.identicalAnswers();
                if (stored == null) {
                    err.println("qlod: warning: " + target.endpoint + " answers no query: the identical-answers links "
                            + "are computed over this input only");
                }
                IdenticalAnswers links = stored != null ? stored : new IdenticalAnswers();
                RemoteLoadResult r =
                        into.load(stream -> conversion.run(source.amo, source.inputs, stream, problems, links));
                result = r.load();
                where += " (" + into.protocol().option() + ", " + r.requests() + " requests)";
                resumed = r.graphsResumed() > 0
                        ? ", " + r.graphsResumed() + " acknowledged by an earlier run not sent again"
                        : "";
            }
            err.println(Summary.of(conversion.records(), "record", problems) + "; loaded into " + where + ": "
                    + result.graphsAdded() + " graphs added, " + result.graphsReplaced() + " replaced, "
                    + result.graphsMerged() + " merged, " + result.quads() + " quads" + resumed);
            resolutions.print(err);
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        }
    }

    /**
     * Converts and loads into a local store in one transaction, the identical answers seeded from
     * the store so that their links graph covers its questions as well as the new ones.
     */
    static LoadResult intoStore(
            QuestionStore store, Conversion conversion, List<Path> amo, List<Path> inputs, Problems problems) {
        return intoStore(store, conversion, amo, inputs, problems, LoadPath.FASTEST);
    }

    static LoadResult intoStore(
            QuestionStore store,
            Conversion conversion,
            List<Path> amo,
            List<Path> inputs,
            Problems problems,
            LoadPath path) {
        IdenticalAnswers links = IdenticalAnswers.of(store.dataset());
        return store.load(stream -> conversion.run(amo, inputs, stream, problems, links), path);
    }

    private MappingContext context(PrintWriter err, ReportOptions.Open resolutions) throws IOException {
        return SourceOptions.context(source.uris(), Conversion.generationTime(source.all()))
                .resolutions(resolutions.report())
                .warnings((MappingException e) -> read.warn(err, e))
                .build();
    }
}

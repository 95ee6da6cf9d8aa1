package fr.qlod.cli;

import fr.qlod.store.RemoteProtocol;
import fr.qlod.store.RemoteTarget;
import java.net.URI;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How {@code qlod load --endpoint} writes into a remote store. */
final class RemoteLoadOptions {

    @Option(
            names = "--protocol",
            paramLabel = "gsp|quads|update|ttlp",
            description = "How to write (default: asked of the endpoint: ttlp for Virtuoso's /sparql-auth when the "
                    + "user may call its loader, else update; gsp for "
                    + "its /sparql-graph-crud-auth, quads for Fuseki, gsp for any other store). gsp: one PUT per "
                    + "graph. quads: N-Quads POSTed to a dataset endpoint, many graphs per request, after one update "
                    + "dropping the graphs replaced. update: DROP SILENT GRAPH + INSERT DATA, many graphs per request. "
                    + "ttlp (Virtuoso): as quads, the N-Quads handed to Virtuoso's Turtle loader DB.DBA.TTLP in one "
                    + "SPARQL query (Virtuoso lets only its administrators, such as dba, call it), ten times faster "
                    + "than update there.")
    String protocol;

    @Option(
            names = "--batch-size",
            paramLabel = "BYTES",
            description = "The most N-Triples bytes per request, with an optional k or M suffix (default: 2M; 256k "
                    + "with update, as Virtuoso 7.2 did not answer one update of 2M within the time-out).")
    String batchSize;

    @Option(
            names = "--retries",
            paramLabel = "N",
            description = "Retries of a request answered 5xx, 408 or 429, timed out or unanswered, waiting 0.5 s, "
                    + "then twice as long each time (default: " + RemoteTarget.DEFAULT_RETRIES + ").")
    Integer retries;

    @Option(
            names = "--parallel",
            paramLabel = "N",
            description = "Batches in flight at once, each sent while the conversion goes on (default: "
                    + RemoteTarget.DEFAULT_PARALLEL + "); a batch is recorded in the checkpoint only once the store "
                    + "has acknowledged it.")
    Integer parallel;

    @Option(
            names = "--checkpoint",
            paramLabel = "FILE",
            description = "Where the graphs the store acknowledged are recorded, so that the same command run again "
                    + "after a failure resumes (default: qlod-load-HASH.checkpoint in the current directory, HASH "
                    + "from the endpoint); deleted once the load is whole.")
    Path checkpoint;

    @Mixin
    RemoteCredentials credentials;

    /** Whether any remote-only option was given (a usage error with --db). */
    boolean given() {
        return protocol != null
                || batchSize != null
                || retries != null
                || parallel != null
                || checkpoint != null
                || credentials.user != null
                || credentials.passwordFile != null;
    }

    RemoteTarget target(URI endpoint, CommandSpec spec) {
        RemoteTarget.Builder b = RemoteTarget.create(endpoint)
                .checkpoint(
                        checkpoint != null
                                ? checkpoint
                                : Path.of("qlod-load-"
                                        + HexFormat.of()
                                                .toHexDigits(endpoint.toString().hashCode()) + ".checkpoint"));
        if (protocol != null) {
            try {
                b.protocol(RemoteProtocol.valueOf(protocol.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(
                        spec.commandLine(), "--protocol: gsp, quads, update or ttlp, not " + protocol);
            }
        }
        if (batchSize != null) {
            b.batchBytes(bytes(batchSize, spec));
        }
        if (retries != null) {
            if (retries < 0) {
                throw new ParameterException(spec.commandLine(), "--retries: not negative");
            }
            b.retries(retries);
        }
        if (parallel != null) {
            if (parallel <= 0) {
                throw new ParameterException(spec.commandLine(), "--parallel: at least 1");
            }
            b.parallel(parallel);
        }
        String password = credentials.password(spec, System.getenv());
        if (password != null) {
            b.credentials(credentials.user, password);
        }
        return b.build();
    }

    private static long bytes(String size, CommandSpec spec) {
        String s = size.strip();
        long unit = 1;
        char last = s.isEmpty() ? ' ' : Character.toLowerCase(s.charAt(s.length() - 1));
        if (last == 'k' || last == 'm') {
            unit = last == 'k' ? 1024 : 1024 * 1024;
            s = s.substring(0, s.length() - 1);
        }
        try {
            long n = Long.parseLong(s) * unit;
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(
                spec.commandLine(), "--batch-size: a positive number of bytes such as 2M, not " + size);
    }
}

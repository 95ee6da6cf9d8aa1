package fr.qlod.cli;

import fr.qlod.store.QuestionStore;
import fr.qlod.web.QlodServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code qlod serve}: serves a store as linked data with a SPARQL endpoint, until interrupted. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        header = "Serve a store: linked-data pages, SPARQL, search, VoID and dumps.",
        description = "Starts an embedded Fuseki on the store and blocks until interrupted (Ctrl-C). "
                + "/sparql is read-only; /update is enabled only with --update-user and --update-password-file.")
final class ServeCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--db", paramLabel = "DIR", description = "The store directory.")
        Path db;

        @Option(
                names = "--endpoint",
                paramLabel = "URL",
                description = "Serve a remote store instead: its SPARQL query endpoint, e.g. http://host:8890/sparql "
                        + "(Virtuoso) or http://host:3030/ds (Fuseki). Pages, VoID and search are read by SPARQL "
                        + "(search with Virtuoso's bif:contains, else 501), documents are cached for a minute, /sparql "
                        + "passes read-only queries on with the same limits, and there is no dump and no /update. "
                        + "Several such servers over one store scale the front end out.")
        URI endpoint;
    }

    @Option(
            names = "--store-timeout",
            paramLabel = "SECONDS",
            description = "With --endpoint: the time-out of each request to the store, to connect and to answer "
                    + "(default: 30); a page whose store request times out answers 504, one whose "
                    + "store is down or fails answers 503.")
    Integer storeTimeout;

    @Option(names = "--port", defaultValue = "3030", description = "The port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--base",
            paramLabel = "URL",
            description = "The base of the resource IRIs, ending with '/' (default: the base the store was loaded "
                    + "with, else http://localhost:PORT/). A base under which the store holds no resource is refused "
                    + "unless --force-base.")
    URI base;

    @Option(names = "--force-base", description = "Serve --base even when the store holds no resource under it.")
    boolean forceBase;

    @Option(
            names = "--allow-service",
            paramLabel = "URL",
            description =
                    "Let queries of /sparql call this SPARQL endpoint with SERVICE (repeatable; none by default).")
    List<URI> allowedServices = new ArrayList<>();

    @Option(
            names = "--bind",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--update-user", paramLabel = "USER", description = "Enable /update for this user (HTTP basic).")
    String updateUser;

    @Option(names = "--update-password-file", paramLabel = "FILE", description = "A file holding the update password.")
    Path updatePasswordFile;

    @Mixin
    StackTraceOption stackTrace;

    @Mixin
    RemoteCredentials remote;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((updateUser == null) != (updatePasswordFile == null)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--update-user and --update-password-file go together");
        }
        if (source.endpoint != null) {
            if (updateUser != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--update-user goes with --db only");
            }
            String password = remote.password(spec, System.getenv());
            if (password != null) {
                // answered to the endpoint's Basic or Digest challenge by every query Jena sends it
                AuthEnv.get().registerUsernamePassword(source.endpoint, remote.user, password);
            }
            if (storeTimeout != null && storeTimeout <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--store-timeout must be positive");
            }
            QlodServer.Builder builder = QlodServer.create()
                    .endpoint(source.endpoint)
                    .storeTimeout(
                            storeTimeout == null ? QlodServer.DEFAULT_STORE_TIMEOUT : Duration.ofSeconds(storeTimeout))
                    .port(port)
                    .bind(bind);
            if (base != null) {
                builder.base(base);
            }
            run(builder, source.endpoint.toString(), base != null ? "given with --base" : "the server's own address");
            return ExitCodes.OK;
        }
        if (remote.user != null || remote.passwordFile != null || storeTimeout != null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--user, --password-file and --store-timeout go with --endpoint");
        }
        try (QuestionStore store = QuestionStore.open(source.db)) {
            QlodServer.Builder builder =
                    QlodServer.create().store(store).port(port).bind(bind);
            BaseChoice chosen = chooseBase(store, base, forceBase)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            spec.commandLine(),
                            "--base " + base
                                    + ": the store holds no resource under " + base + "id/"
                                    + store.base()
                                            .map(r -> " (it was loaded with --base " + r + ")")
                                            .orElse("")
                                    + "; every IRI would answer 404. Give --force-base to serve it anyway."));
            if (chosen.base() != null) {
                builder.base(chosen.base());
            }
            String baseNote = chosen.note();
            allowedServices.forEach(builder::allowService);
            if (updateUser != null) {
                builder.updateCredentials(updateUser, password(updatePasswordFile));
            }
            run(builder, source.db.toString(), baseNote);
        }
        return ExitCodes.OK;
    }

    /** The base to serve (null: the server's address) and why, as the start message says it. */
    record BaseChoice(URI base, String note) {}

    /**
     * The base to serve: the one given, if the store holds resources under it (or if forced); else
     * the one the store was loaded with; else none. Empty when the given base matches nothing.
     */
    static Optional<BaseChoice> chooseBase(QuestionStore store, URI given, boolean force) {
        Optional<URI> recorded = store.base();
        if (given != null) {
            boolean matches = force || recorded.map(given::equals).orElse(false) || holdsResourcesUnder(store, given);
            return matches ? Optional.of(new BaseChoice(given, "given with --base")) : Optional.empty();
        }
        return Optional.of(recorded.map(r -> new BaseChoice(r, "the base the store was loaded with"))
                .orElse(new BaseChoice(null, "the server's address: the store records no base")));
    }

    /** Whether any subject of the store is under the base's {@code id/}, or the store is empty. */
    static boolean holdsResourcesUnder(QuestionStore store, URI base) {
        DatasetGraph dsg = store.dataset();
        String space = (base + "id/").replace("\\", "\\\\").replace("\"", "\\\"");
        return Txn.calculateRead(dsg, () -> {
            if (dsg.isEmpty()) {
                return true;
            }
            try (QueryExec exec = QueryExec.dataset(dsg)
                    .query("ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), \"" + space + "\")) }")
                    .build()) {
                return exec.ask();
            }
        });
    }

    private void run(QlodServer.Builder builder, String what, String baseNote) {
        QlodServer server = builder.build().start();
        PrintWriter out = spec.commandLine().getOut();
        String address = "http://" + ("0.0.0.0".equals(bind) ? "localhost" : bind) + ":" + server.port() + "/";
        out.println("qlod serving " + what + " at " + address);
        out.println("  base:   " + server.base() + "   (" + baseNote + ")");
        out.println("  pages:  " + address + "   (resources under " + server.base() + "id/)");
        out.println("  SPARQL: " + address + "sparql" + (updateUser != null ? "   update: " + address + "update" : ""));
        out.println("  search: " + address + "search?q=...   VoID: " + address + "void   dump: " + address + "dumps/");
        out.flush();
        server.join();
    }

    private static String password(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + file, e);
        }
    }
}

package fr.qlod.cli;

import fr.qlod.mapping.Qlod;
import fr.qlod.query.SampleQuery;
import fr.qlod.store.QuestionStore;
import fr.qlod.store.StoreException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code qlod query}: runs a shipped sample query, or any query file, against a local store or a
 * remote SPARQL endpoint, and prints the result.
 */
@Command(
        name = "query",
        mixinStandardHelpOptions = true,
        header = "Run a sample SPARQL query (or any query file) against a store or an endpoint.",
        description = {
            "QUERY is the name of a shipped query (see --list) or a .rq file. Placeholders ?_name in the query are "
                    + "replaced by --param name=VALUE, or by the default of the query's '# param name = VALUE' line.",
            "Default IRIs, written on http://localhost:3030/, are moved onto the base of the store or endpoint: the "
                    + "base recorded by qlod load, else the one its questions are named on.",
            "A VALUE is read as an IRI when written <...> or starting with http:// or https://, as an xsd:date "
                    + "when yyyy-mm-dd, as an xsd:integer when all digits, as a language-tagged literal when "
                    + "written \"text\"@fr, and as a plain string otherwise.",
            "SELECT and ASK results are printed in the chosen format; CONSTRUCT and DESCRIBE results as Turtle.",
            "Exit codes: 2 for an unknown query name or a bad --param, 3 for a malformed query file (with its "
                    + "line:column), 4 when the store or the endpoint cannot be reached."
        })
final class QueryCommand implements Callable<Integer> {
    /** One question's IRI, {@code {base}id/question/…}. */
    private static final String BASE_QUERY = "SELECT ?q WHERE { ?q <" + Qlod.NS + "number> ?n "
            + "FILTER(CONTAINS(STR(?q), \"/id/question/\")) } LIMIT 1";

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "QUERY",
            description = "A shipped query's name or a .rq file.")
    String query;

    @Option(names = "--list", description = "List the shipped queries with what each answers, and exit.")
    boolean list;

    @Option(
            names = {"-p", "--param"},
            paramLabel = "NAME=VALUE",
            description = "A parameter value (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(
            names = "--format",
            defaultValue = "table",
            completionCandidates = Formats.class,
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR", description = "A qlod TDB2 store directory.")
        Path db;

        @Option(
                names = "--endpoint",
                paramLabel = "URL",
                description = "A SPARQL query endpoint, e.g. http://host:3030/sparql.")
        URI endpoint;
    }

    @Mixin
    StackTraceOption stackTrace;

    @Spec
    CommandSpec spec;

    /** The output formats of results. */
    static final class Formats extends java.util.ArrayList<String> {
        Formats() {
            super(List.of("table", "csv", "tsv", "json"));
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (SampleQuery q : SampleQuery.shipped()) {
                out.printf("%-36s %s%n", q.name(), q.title());
            }
            out.flush();
            return ExitCodes.OK;
        }
        if (query == null) {
            throw new ParameterException(spec.commandLine(), "give a QUERY name or file, or --list");
        }
        if (target == null) {
            throw new ParameterException(spec.commandLine(), "give --db DIR or --endpoint URL");
        }
        if (!new Formats().contains(format)) {
            throw new ParameterException(spec.commandLine(), "--format: one of " + String.join(", ", new Formats()));
        }
        SampleQuery sample = resolve(query);
        Query parsed = sample.parse();
        Map<String, Node> values;
        try {
            values = sample.bindings(params);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--param: " + e.getMessage());
        }
        // Only a default's IRI moves, so the parameters are checked first, without the store.
        if (values.values().stream().anyMatch(n -> n.isURI() && n.getURI().startsWith(SampleQuery.DEFAULTS_BASE))) {
            Optional<String> base = target.db != null ? localBase() : remoteBase();
            if (base.isPresent()) {
                values = sample.rebased(base.get()).bindings(params);
            }
        }
        Map<Var, Node> substitution = new LinkedHashMap<>();
        values.forEach((k, v) -> substitution.put(Var.alloc(k), v));
        Query bound = substitution.isEmpty() ? parsed : QueryTransformOps.transform(parsed, substitution);
        // Streams through picocli's writer (so that tests can capture it), decoding UTF-8 across writes.
        OutputStream stream = WriterOutputStream.builder()
                .setWriter(out)
                .setCharset(StandardCharsets.UTF_8)
                .get();
        if (target.db != null) {
            runLocal(bound, stream);
        } else {
            runRemote(bound, stream);
        }
        stream.flush();
        out.flush();
        return ExitCodes.OK;
    }

    /** The base recorded by the store, else the one its questions are named on. */
    private Optional<String> localBase() {
        requireStore(target.db);
        try (QuestionStore store = QuestionStore.open(target.db)) {
            Optional<URI> recorded = store.base();
            if (recorded.isPresent()) {
                return recorded.map(URI::toString);
            }
            DatasetGraph dataset = store.dataset();
            return Txn.calculateRead(dataset, () -> {
                try (QueryExec exec =
                        QueryExec.dataset(dataset).query(BASE_QUERY).build()) {
                    return baseOf(exec);
                }
            });
        }
    }

    /** The base the endpoint's questions are named on, asked with one cheap query. */
    private Optional<String> remoteBase() {
        String url = target.endpoint.toString();
        try (QueryExec exec = QueryExecHTTP.service(url).query(BASE_QUERY).build()) {
            return baseOf(exec);
        } catch (HttpException | QueryExceptionHTTP e) {
            throw new StoreException(url, "the endpoint " + url + " cannot be queried: " + reason(e), e);
        }
    }

    private static Optional<String> baseOf(QueryExec exec) {
        RowSet rows = exec.select();
        if (!rows.hasNext()) {
            return Optional.empty();
        }
        Node q = rows.next().get("q");
        if (q == null || !q.isURI()) {
            return Optional.empty();
        }
        String iri = q.getURI();
        return Optional.of(iri.substring(0, iri.indexOf("/id/question/") + 1));
    }

    private SampleQuery resolve(String nameOrFile) throws IOException {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "no query file " + nameOrFile);
            }
            return SampleQuery.read(file);
        }
        return SampleQuery.shipped(nameOrFile)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "no shipped query named " + nameOrFile + " (see qlod query --list)"));
    }

    private static void requireStore(Path db) {
        if (!Files.isDirectory(db.resolve("tdb2"))) {
            throw new StoreException(db.toString(), "no qlod store in " + db, null);
        }
    }

    private void runLocal(Query query, OutputStream out) {
        Path db = target.db;
        requireStore(db);
        try (QuestionStore store = QuestionStore.open(db)) {
            DatasetGraph dataset = store.dataset();
            Txn.executeRead(dataset, () -> {
                try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
                    write(query, exec, out);
                } catch (HttpException | QueryExceptionHTTP e) {
                    throw new StoreException(
                            db.toString(), "a SERVICE endpoint of the query cannot be queried: " + reason(e), e);
                }
            });
        }
    }

    private void runRemote(Query query, OutputStream out) {
        String url = target.endpoint.toString();
        // a query too long for a URL as a form: Virtuoso 7.2 never answers an application/sparql-query body
        try (QueryExec exec = QueryExecHTTP.service(url)
                .query(query)
                .sendMode(QuerySendMode.asGetWithLimitForm)
                .build()) {
            write(query, exec, out);
        } catch (HttpException | QueryExceptionHTTP e) {
            throw new StoreException(url, "the endpoint " + url + " cannot be queried: " + reason(e), e);
        }
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }

    private void write(Query query, QueryExec exec, OutputStream out) {
        if (query.isSelectType()) {
            ResultSet rs = ResultSet.adapt(exec.select());
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, rs);
                case "tsv" -> ResultSetFormatter.outputAsTSV(out, rs);
                case "json" -> ResultSetFormatter.outputAsJSON(out, rs);
                default -> ResultSetFormatter.out(out, rs, query);
            }
        } else if (query.isAskType()) {
            boolean answer = exec.ask();
            switch (format) {
                case "csv" -> ResultSetFormatter.outputAsCSV(out, answer);
                case "tsv" -> ResultSetFormatter.outputAsTSV(out, answer);
                case "json" -> ResultSetFormatter.outputAsJSON(out, answer);
                default -> ResultSetFormatter.out(out, answer);
            }
        } else {
            Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        }
    }
}

package fr.qlod.cli;

import fr.qlod.mapping.Conversion;
import fr.qlod.mapping.MappingContext;
import fr.qlod.mapping.Uris;
import fr.qlod.parse.Problems;
import fr.qlod.store.LoadResult;
import fr.qlod.store.QuestionStore;
import fr.qlod.web.QlodServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code qlod demo}: loads the example questions bundled in the jar into a TDB2 store and serves
 * them, with IRIs minted on the server's own address so that every one dereferences.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        header = "Load the bundled example questions and serve them on localhost.",
        description = {
            "Loads the demo corpus bundled in the jar (the two seed questions, AMO records of their author, and "
                    + "invented questions that exercise every sample query) into a TDB2 store, then serves it "
                    + "until interrupted (Ctrl-C) and prints the URLs to open.",
            "Without --db the store lives in a temporary folder removed at exit."
        })
final class DemoCommand implements Callable<Integer> {
    /** The date of the bundled corpus, recorded as the generation time: loading it twice changes nothing. */
    static final Instant CORPUS_DATE = Instant.parse("2026-11-25T00:00:00Z");

    private static final String CORPUS = "/fr/qlod/demo/";

    @Option(
            names = "--port",
            defaultValue = "3030",
            description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(
            names = "--db",
            paramLabel = "DIR",
            description = "Keep the store in this folder (default: a temporary one).")
    Path db;

    @Option(names = "--no-serve", description = "Load the store and exit without serving.")
    boolean noServe;

    @Mixin
    StackTraceOption stackTrace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        int chosen = port == 0 ? freePort() : port;
        URI base = URI.create("http://localhost:" + chosen + "/");
        Path corpus = Files.createTempDirectory("qlod-demo-corpus");
        Path store = db != null ? db : Files.createTempDirectory("qlod-demo-db");
        try {
            List<List<Path>> files = extract(corpus);
            try (QuestionStore questions = QuestionStore.open(store)) {
                LoadResult result = load(questions, base, files.get(0), files.get(1));
                out.println(
                        "qlod demo: " + result.graphs() + " graphs, " + result.quads() + " quads loaded into " + store);
                if (noServe) {
                    return ExitCodes.OK;
                }
                QlodServer server = QlodServer.create()
                        .store(questions)
                        .port(chosen)
                        .base(base)
                        .build()
                        .start();
                printUrls(out, base);
                server.join();
            }
            return ExitCodes.OK;
        } finally {
            delete(corpus);
            if (db == null) {
                delete(store);
            }
        }
    }

    /** Loads the corpus into a store with IRIs under {@code base}; the bundled corpus has no bad file. */
    static LoadResult load(QuestionStore store, URI base, List<Path> amo, List<Path> inputs) {
        MappingContext context =
                SourceOptions.context(Uris.create(base.toString()), CORPUS_DATE).build();
        LoadResult result = LoadCommand.intoStore(store, Conversion.create(context), amo, inputs, Problems.strict());
        store.recordBase(base);
        return result;
    }

    /** Copies the corpus out of the jar; returns the AMO files and the question files, in load order. */
    static List<List<Path>> extract(Path folder) throws IOException {
        List<Path> amo = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        for (String line : resource("files.txt").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\\s+", 2);
            Path file = folder.resolve(parts[1]);
            try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS + parts[1])) {
                if (in == null) {
                    throw new IllegalStateException("the jar lacks the demo file " + parts[1]);
                }
                Files.copy(in, file);
            }
            (parts[0].equals("amo") ? amo : inputs).add(file);
        }
        return List.of(amo, inputs);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the demo index " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void printUrls(PrintWriter out, URI base) {
        out.println("qlod demo serving at " + base + "  (Ctrl-C to stop)");
        out.println("  home:        " + base);
        out.println("  a question:  " + base + "id/question/QANR5L14QE59906");
        out.println("  its deputy:  " + base + "id/person/PA1857");
        out.println("  a report:    " + base
                + "id/report/2014-06-30-groupe-de-travail-interministeriel-lutte-contre-cybercriminalite");
        out.println("  search:      " + base + "search?q=cybercriminalit%C3%A9");
        out.println("  SPARQL:      " + base + "sparql   (query page: " + base + "query)");
        out.println("  VoID:        " + base + "void   dump: " + base + "dumps/qlod.nq.gz   ontology: " + base
                + "ontology");
        out.println("  as Turtle:   curl -L -H 'Accept: text/turtle' " + base + "id/question/QANR5L14QE59906");
        out.flush();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

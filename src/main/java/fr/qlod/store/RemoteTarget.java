package fr.qlod.store;

import fr.qlod.mapping.IdenticalAnswers;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;

/**
 * A remote SPARQL store to load into, and how: the endpoint, the {@link RemoteProtocol} (found by
 * asking the endpoint when not given: {@code ttlp} for Virtuoso's SPARQL endpoints when the user may
 * call its loader, else {@code update}; {@code gsp} for
 * its graph store, {@code quads} for Fuseki, {@code gsp} for any other store), credentials (answered
 * to the store's Basic or Digest challenge), the most bytes of RDF per request, retries, and the
 * checkpoint file that lets a failed load resume.
 *
 * <pre>
 * RemoteLoadResult r = RemoteTarget.create(URI.create("http://host:8890/sparql-auth"))
 *         .credentials("dba", password).checkpoint(Path.of("load.checkpoint")).build()
 *         .load(out -&gt; conversion.run(amo, inputs, out, problems));
 * </pre>
 */
public final class RemoteTarget {
    /** The default most bytes of N-Triples per request (a graph larger than that goes alone). */
    public static final long DEFAULT_BATCH_BYTES = 2L << 20;
    /**
     * The default with {@code update}: Virtuoso 7.2 left one {@code update} of 2 MiB unanswered for
     * the 120 s time-out, five times over, and answers 256 KiB ones in about 0.7 s.
     */
    public static final long DEFAULT_UPDATE_BATCH_BYTES = 256L << 10;
    /** The default retries of a request answered 5xx, 408 or 429, timed out or not answered. */
    public static final int DEFAULT_RETRIES = 4;
    /** The default batches in flight: one is sent while the conversion gathers the next. */
    public static final int DEFAULT_PARALLEL = 1;

    private final URI endpoint;
    private final RemoteProtocol protocol;
    private final String user;
    private final String password;
    private final long batchBytes;
    private final int retries;
    private final int parallel;
    private final Duration backoff;
    private final Duration timeout;
    private final Path checkpoint;

    private RemoteTarget(Builder b, RemoteProtocol protocol) {
        this.endpoint = b.endpoint;
        this.protocol = protocol;
        this.user = b.user;
        this.password = b.password;
        this.batchBytes = b.batchBytes != null
                ? b.batchBytes
                : protocol == RemoteProtocol.UPDATE ? DEFAULT_UPDATE_BATCH_BYTES : DEFAULT_BATCH_BYTES;
        this.retries = b.retries;
        this.parallel = b.parallel;
        this.backoff = b.backoff;
        this.timeout = b.timeout;
        this.checkpoint = b.checkpoint;
    }

    public static Builder create(URI endpoint) {
        return new Builder(endpoint);
    }

    public URI endpoint() {
        return endpoint;
    }

    public RemoteProtocol protocol() {
        return protocol;
    }

    long batchBytes() {
        return batchBytes;
    }

    /** The most batches in flight at once. */
    int parallel() {
        return parallel;
    }

    /** The checkpoint file, or null when none is kept. */
    public Path checkpoint() {
        return checkpoint;
    }

    /**
     * Loads what the producer writes (quads grouped by named graph), resuming from the checkpoint
     * file when an earlier run left one for this endpoint; the file is deleted once the load is whole.
     *
     * @throws StoreException naming the endpoint, the graph and the HTTP status of the first request
     *         that failed after its retries
     */
    public RemoteLoadResult load(Consumer<StreamRDF> producer) {
        RemoteHttp http = http();
        Checkpoint file = checkpoint == null ? Checkpoint.none() : Checkpoint.open(checkpoint, endpoint.toString());
        return new RemoteLoader(this, new RemoteWriter(http, protocol), file).load(producer);
    }

    /**
     * The identical-answers collector seeded with the questions the store already holds, as a local
     * load seeds it, so that the links graph written covers them too; null when the endpoint
     * answers no query (a bare Graph Store Protocol endpoint): the links then cover this input only.
     *
     * @throws StoreException when the store cut the answer short (Virtuoso's {@code [SPARQL]
     *         ResultSetMaxRows}, 10,000 rows by default, below the store's answers)
     */
    public IdenticalAnswers identicalAnswers() {
        RemoteHttp.Answer answer = http().query(IdenticalAnswers.STORED, "text/csv");
        if (!answer.ok()) {
            if (protocol == RemoteProtocol.GSP) {
                return null;
            }
            throw new StoreException(
                    endpoint.toString(),
                    null,
                    answer.status(),
                    "the query of the stored answers " + "failed: HTTP " + answer.status(),
                    null);
        }
        answer.headers().firstValue("X-SPARQL-MaxRows").ifPresent(max -> {
            throw new StoreException(
                    endpoint.toString(),
                    null,
                    answer.status(),
                    "the store cut the stored answers at "
                            + max
                            + " rows; raise its row limit (Virtuoso: [SPARQL] ResultSetMaxRows in virtuoso.ini) above "
                            + "the number of answers",
                    null);
        });
        IdenticalAnswers links = IdenticalAnswers.seeded();
        String[] lines = answer.text().split("\r?\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].replace("\"", "").split(",");
            if (cells.length == 2) {
                links.addStored(cells[0], cells[1]);
            }
        }
        return links;
    }

    private RemoteHttp http() {
        return new RemoteHttp(endpoint, user, password, timeout, retries, backoff);
    }

    /** The protocol the endpoint's server is best written with, from its {@code Server} header and path. */
    static RemoteProtocol detect(String server, URI endpoint) {
        String s = server.toLowerCase(Locale.ROOT);
        if (s.contains("virtuoso")) {
            return endpoint.getPath().contains("graph-crud") ? RemoteProtocol.GSP : RemoteProtocol.TTLP;
        }
        return s.contains("fuseki") || s.contains("jena") ? RemoteProtocol.QUADS : RemoteProtocol.GSP;
    }

    /** Settings of a {@link RemoteTarget}. */
    public static final class Builder {
        private final URI endpoint;
        private RemoteProtocol protocol;
        private String user;
        private String password;
        private Long batchBytes;
        private int retries = DEFAULT_RETRIES;
        private int parallel = DEFAULT_PARALLEL;
        private Duration backoff = Duration.ofMillis(500);
        private Duration timeout = Duration.ofSeconds(120);
        private Path checkpoint;

        private Builder(URI endpoint) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        }

        /**
         * The protocol; null (the default) asks the endpoint which server it is and, on Virtuoso,
         * whether the user may call its Turtle loader.
         */
        public Builder protocol(RemoteProtocol protocol) {
            this.protocol = protocol;
            return this;
        }

        /** The user and password answered to the store's Basic or Digest challenge. */
        public Builder credentials(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        public Builder batchBytes(long bytes) {
            this.batchBytes = bytes;
            return this;
        }

        public Builder retries(int retries) {
            this.retries = retries;
            return this;
        }

        /**
         * The most batches in flight at once, each on its own sender thread while the conversion
         * gathers the next; the checkpoint records a batch only once the store has acknowledged it.
         */
        public Builder parallel(int batches) {
            this.parallel = batches;
            return this;
        }

        /** The wait before the first retry, doubled at each next one. */
        public Builder backoff(Duration backoff) {
            this.backoff = backoff;
            return this;
        }

        /** The time-out of each request. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** The checkpoint file; none by default. */
        public Builder checkpoint(Path file) {
            this.checkpoint = file;
            return this;
        }

        /**
         * The target; when no protocol was set, one request asks the endpoint for its server.
         *
         * @throws StoreException when the protocol must be detected and the endpoint does not answer
         */
        public RemoteTarget build() {
            if ((user == null) != (password == null)) {
                throw new IllegalArgumentException("credentials need both a user and a password");
            }
            if ((batchBytes != null && batchBytes <= 0)
                    || parallel <= 0
                    || retries < 0
                    || timeout.isNegative()
                    || timeout.isZero()
                    || backoff.isNegative()) {
                throw new IllegalArgumentException(
                        "batch size, batches in flight and time-out must be positive, retries not negative");
            }
            RemoteProtocol chosen = protocol;
            if (chosen == null) {
                RemoteTarget probe = new RemoteTarget(this, RemoteProtocol.GSP);
                RemoteHttp.Answer answer = probe.http()
                        .probe()
                        .orElseThrow(() -> new StoreException(
                                endpoint.toString(), null, 0, "no answer; is the store running?", null));
                chosen = detect(answer.server(), endpoint);
                if (chosen == RemoteProtocol.TTLP && !VirtuosoTurtleLoader.allowed(probe.http())) {
                    chosen = RemoteProtocol.UPDATE;
                }
            }
            return new RemoteTarget(this, chosen);
        }
    }
}

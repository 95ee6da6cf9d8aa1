package fr.qlod.web;

import fr.qlod.store.QuestionStore;
import fr.qlod.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The qlod web server: one embedded Fuseki serving the store.
 *
 * <pre>
 * QlodServer server = QlodServer.create().store(store).port(3030).build().start();
 * ...
 * server.stop();
 * </pre>
 *
 * <ul>
 * <li>{@code /sparql}: SPARQL 1.1 query (GET, POST), read-only, with a timeout (10 s by default) and
 * a result limit (10,000 rows by default, applied as a {@code LIMIT} and signalled), {@code SERVICE}
 * only to the endpoints allowed, CORS for every read endpoint; {@code /update}: SPARQL Update
 * and Graph Store Protocol, only when credentials are given, behind HTTP basic authentication</li>
 * <li>{@code /id/…} (303 to {@code /doc/…}), {@code /doc/…}: linked-data documents; {@code /graph/…}: the
 * provenance of a named graph; {@code /context.jsonld}: the JSON-LD context of the documents</li>
 * <li>{@code /fragments}: Triple Pattern Fragments</li>
 * <li>{@code /search}, {@code /ontology}, {@code /void} and {@code /.well-known/void}, {@code /dumps/},
 * {@code /query} and the home page {@code /}</li>
 * </ul>
 */
public final class QlodServer {
    /** The default port. */
    public static final int DEFAULT_PORT = 3030;
    /** The default address to listen on: loopback only. */
    public static final String DEFAULT_BIND = "127.0.0.1";
    /** The default query timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The default time-out of each request to a remote store (pages, search, VoID). */
    public static final Duration DEFAULT_STORE_TIMEOUT = EndpointBackend.DEFAULT_TIMEOUT;
    /** The default maximum rows of a query result. */
    public static final int DEFAULT_RESULT_LIMIT = 10_000;
    /** The ontology's classpath resource. */
    public static final String ONTOLOGY_RESOURCE = "fr/qlod/ontology/qlod.ttl";

    static final String SPARQL = "/sparql";
    static final String UPDATE = "/update";
    /** Jetty's own default output buffer: pooled, and larger than nearly every page and description. */
    private static final int OUTPUT_BUFFER = 32 * 1024;

    private final FusekiServer fuseki;
    private final Site site;
    private final boolean defaultBase;
    private final String bind;

    private QlodServer(FusekiServer fuseki, Site site, boolean defaultBase, String bind) {
        this.fuseki = fuseki;
        this.site = site;
        this.defaultBase = defaultBase;
        this.bind = bind;
    }

    /** A builder of a server. */
    public static Builder create() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @throws StoreException if the port cannot be opened
     */
    public QlodServer start() {
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            throw new StoreException(
                    bind + ":" + fuseki.getHttpPort(), "cannot start the server: " + e.getMessage(), e);
        }
        if (defaultBase) {
            site.base(URI.create("http://localhost:" + port() + "/"));
        }
        return this;
    }

    /** The port listened on (the actual one when 0 was asked). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The base of the resource IRIs served, e.g. {@code http://localhost:3030/}. */
    public URI base() {
        return site.base();
    }

    /** Stops the server and removes its dump files; the store stays open. */
    public void stop() {
        try {
            fuseki.stop();
        } finally {
            site.dumps().delete();
        }
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Settings of a {@link QlodServer}. */
    public static final class Builder {
        private QuestionStore store;
        private URI endpoint;
        private int port = DEFAULT_PORT;
        private URI base;
        private String bind = DEFAULT_BIND;
        private String user;
        private String password;
        private Duration timeout = DEFAULT_TIMEOUT;
        private Duration storeTimeout = DEFAULT_STORE_TIMEOUT;
        private int resultLimit = DEFAULT_RESULT_LIMIT;
        private String ontology = ONTOLOGY_RESOURCE;
        private final List<URI> allowedServices = new ArrayList<>();

        private Builder() {}

        /** The store to serve (required). */
        public Builder store(QuestionStore store) {
            this.store = store;
            return this;
        }

        /**
         * A remote SPARQL 1.1 query endpoint to serve instead of a local store: pages, VoID and
         * search read it by SPARQL, and {@code /sparql} passes read-only queries to it.
         */
        public Builder endpoint(URI queryEndpoint) {
            this.endpoint = queryEndpoint;
            return this;
        }

        /** The port; 0 for any free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The base of the resource IRIs (ending with '/'); default the server's own address. */
        public Builder base(URI base) {
            this.base = base;
            return this;
        }

        /** The address to listen on: {@code 127.0.0.1} (default), {@code 0.0.0.0} or any local address. */
        public Builder bind(String address) {
            this.bind = address;
            return this;
        }

        /** Enables {@code /update} for this user, with HTTP basic authentication. */
        public Builder updateCredentials(String user, String password) {
            this.user = user;
            this.password = password;
            return this;
        }

        /** The time-out of each request to a remote {@linkplain #endpoint endpoint}, to connect and to answer. */
        public Builder storeTimeout(Duration timeout) {
            this.storeTimeout = timeout;
            return this;
        }

        public Builder queryTimeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder resultLimit(int rows) {
            this.resultLimit = rows;
            return this;
        }

        /** Lets queries of {@code /sparql} call this endpoint with {@code SERVICE} (none may by default). */
        public Builder allowService(URI endpoint) {
            allowedServices.add(Objects.requireNonNull(endpoint, "endpoint"));
            return this;
        }

        /** The classpath resource of the ontology served at /ontology and used for labels. */
        public Builder ontology(String classpathResource) {
            this.ontology = classpathResource;
            return this;
        }

        /** Builds the server, not started. */
        public QlodServer build() {
            if ((store == null) == (endpoint == null)) {
                throw new IllegalArgumentException("a server serves either a store or a remote endpoint");
            }
            if (endpoint != null && user != null) {
                throw new IllegalArgumentException("/update is not offered over a remote endpoint");
            }
            Objects.requireNonNull(bind, "bind");
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            if (storeTimeout == null || storeTimeout.isNegative() || storeTimeout.isZero()) {
                throw new IllegalArgumentException("the time-out of the remote store must be positive");
            }
            if (timeout == null || timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the query timeout must be positive");
            }
            if (resultLimit <= 0) {
                throw new IllegalArgumentException("the result limit must be positive");
            }
            if ((user == null) != (password == null) || (user != null && (user.isBlank() || password.isEmpty()))) {
                throw new IllegalArgumentException("update credentials need both a user and a password");
            }
            if (base != null && !base.toString().endsWith("/")) {
                throw new IllegalArgumentException("the base must end with '/': " + base);
            }
            URI siteBase = base != null ? base : URI.create("http://localhost:" + port + "/");
            EndpointBackend remote = store != null ? null : new EndpointBackend(endpoint, storeTimeout);
            Site site = store != null
                    ? new Site(store, siteBase, loadOntology(ontology), resultLimit, user == null)
                    : new Site(remote, siteBase, loadOntology(ontology), resultLimit, false);
            Endpoint query = Endpoint.create()
                    .operation(Operation.Query)
                    .endpointName("")
                    .processor(
                            store != null
                                    ? new LimitedQuery(timeout, resultLimit, new ServicePolicy(allowedServices))
                                    : new EndpointQuery(remote, timeout, resultLimit))
                    .build();
            // over a remote endpoint, Fuseki's dataset is an empty stand-in: EndpointQuery runs the queries remotely
            DatasetGraph served = store != null ? store.dataset() : DatasetGraphFactory.createTxnMem();
            OntologyServlet ontologyServlet = new OntologyServlet(site);
            JsonLdContext context = new JsonLdContext(site.ontology());
            LinkedDataServlet documents = new LinkedDataServlet(site, context);
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    .loopback(isLoopback(bind))
                    .enableCors(false)
                    .enablePing(true)
                    .enableStats(false)
                    .enableMetrics(false)
                    .add(SPARQL, DataService.newBuilder(served).addEndpoint(query))
                    .addFilter("/*", new SecurityHeadersFilter())
                    .addServlet("/id/*", documents)
                    .addServlet("/doc/*", documents)
                    .addServlet("/graph/*", documents)
                    .addServlet(JsonLdContext.PATH, new ContextServlet(site, context))
                    .addServlet("/search", new SearchServlet(site))
                    .addServlet(Assets.PATH + "*", new AssetServlet())
                    .addServlet("/ontology", ontologyServlet)
                    .addServlet("/dumps/*", new DumpServlet(site))
                    .addServlet(FragmentsServlet.PATH, new FragmentsServlet(site))
                    .addServlet("/*", new HomeServlet(site));
            if (store == null) {
                // after the security headers: a remote store that times out or is down answers 504 or 503, not 500
                fuseki.addFilter("/*", EndpointBackend.errors());
            }
            for (Format f : Format.values()) {
                if (f != Format.JSON) {
                    fuseki.addServlet("/ontology" + f.suffix(), ontologyServlet);
                }
            }
            if (user != null) {
                fuseki.securityHandler(JettySecurityLib.makeSecurityHandler(
                                "qlod", JettySecurityLib.makeUserStore(user, password), AuthScheme.BASIC))
                        .serverAuthPolicy(Auth.ANY_ANON)
                        .add(
                                UPDATE,
                                DataService.newBuilder(store.dataset())
                                        .addEndpoint(Operation.Update, "", Auth.policyAllowSpecific(user))
                                        .addEndpoint(Operation.GSP_RW, "", Auth.policyAllowSpecific(user)));
            }
            FusekiServer server = fuseki.build();
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc && !isLoopback(bind) && !bind.equals("0.0.0.0")) {
                    sc.setHost(bind);
                }
                // Fuseki asks for a 5 MiB output buffer; Jetty's pool keeps no buffer that large, so every
                // response written without a length (SPARQL results, DESCRIBE, ping) would allocate 5 MiB of
                // direct memory and, every hundred such responses under -Xmx512m, the JVM would stop for a
                // System.gc() to free it. A larger response is simply sent in chunks.
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER);
                }
            }
            return new QlodServer(server, site, base == null, bind);
        }

        private static boolean isLoopback(String bind) {
            return bind.equals("127.0.0.1") || bind.equals("localhost");
        }

        private static Graph loadOntology(String resource) {
            Graph g = GraphFactory.createDefaultGraph();
            if (resource == null) {
                return g;
            }
            try (InputStream in = QlodServer.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                }
            } catch (IOException e) {
                throw new StoreException(resource, "cannot read the ontology: " + e.getMessage(), e);
            }
            return g;
        }
    }
}

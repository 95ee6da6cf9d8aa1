package fr.qlod.web;

import fr.qlod.mapping.Prov;
import fr.qlod.mapping.Qlod;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * The data of a remote SPARQL 1.1 endpoint (Virtuoso, Fuseki, any store holding qlod's named graphs).
 * A description takes four queries: the resource's own triples with their graphs, one page of the
 * links pointing at it (in subject, predicate order), the labels of every resource the page links
 * to (one query, {@code VALUES}), and the answer texts and graph dates together. Descriptions are kept
 * in a bounded cache ({@value #CACHE_ENTRIES} documents, each for {@link #CACHE_TIME}), since a
 * remote store may be loaded while served. Full-text search uses Virtuoso's {@code bif:contains} when
 * the endpoint understands it, found by asking once.
 *
 * <p>Every request has a time-out, to connect and to answer ({@link #DEFAULT_TIMEOUT} unless given):
 * a store that does not answer in time, or cannot be reached, or answers an error, fails the request
 * of the page with {@link Unavailable}, which {@link #errors()} turns into a 504 or 503 page, instead of
 * holding a server thread. A query too long for a URL is POSTed as a form, never as a bare {@code
 * application/sparql-query} body, on which Virtuoso 7.2 spins at full CPU without ever answering.
 */
final class EndpointBackend implements Backend {
    static final int CACHE_ENTRIES = 10_000;
    static final Duration CACHE_TIME = Duration.ofMinutes(1);
    /** The default time-out of each request to the store, to connect and to answer. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final String endpoint;
    private final Duration timeout;
    private final HttpClient client;
    private final Map<String, Cached> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHE_ENTRIES;
        }
    };
    private volatile Boolean textSearch;

    private record Cached(Description description, Instant until) {}

    EndpointBackend(URI endpoint, Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time-out of the store must be positive");
        }
        this.endpoint = endpoint.toString();
        this.timeout = timeout;
        // HTTP/1.1: the JDK otherwise offers every new connection an upgrade to HTTP/2 (h2c)
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A request to the store, with the time-out; long queries POSTed as a form. */
    QueryExecHTTPBuilder exec() {
        return QueryExecHTTP.service(endpoint)
                .httpClient(client)
                .sendMode(QuerySendMode.asGetWithLimitForm)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The request, the store's failures (no answer in time, no connection, an error answered) turned into {@link Unavailable}. */
    private <T> T remote(Supplier<T> request) {
        try {
            return request.get();
        } catch (HttpException | QueryExceptionHTTP e) {
            throw unavailable(e);
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof IOException) {
                    // an answer cut short while it was read
                    throw unavailable(e);
                }
            }
            throw e;
        }
    }

    private Unavailable unavailable(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException) {
                return new Unavailable(
                        Unavailable.GATEWAY_TIMEOUT,
                        "The store " + endpoint + " did not answer within " + timeout.toSeconds() + " s.",
                        e);
            }
            if (t instanceof ConnectException) {
                return new Unavailable(
                        Unavailable.SERVICE_UNAVAILABLE, "The store " + endpoint + " cannot be reached.", e);
            }
        }
        int status = status(e);
        return new Unavailable(
                Unavailable.SERVICE_UNAVAILABLE,
                "The store " + endpoint + (status > 0 ? " answered HTTP " + status : " failed") + ".",
                e);
    }

    /** The HTTP status the store answered, or 0. */
    private static int status(RuntimeException e) {
        if (e instanceof QueryExceptionHTTP q) {
            return Math.max(0, q.getStatusCode());
        }
        return e instanceof HttpException h ? Math.max(0, h.getStatusCode()) : 0;
    }

    /**
     * A request to the store that failed: it took longer than the time-out (504), or the store could
     * not be reached or answered an error (503).
     */
    static final class Unavailable extends RuntimeException {
        static final int SERVICE_UNAVAILABLE = 503;
        static final int GATEWAY_TIMEOUT = 504;
        private final int status;

        Unavailable(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    /** The filter that answers a request whose store request failed ({@link Unavailable}) with its status and a page. */
    static Filter errors() {
        return new Filter() {
            @Override
            public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                    throws IOException, ServletException {
                try {
                    chain.doFilter(request, response);
                } catch (Unavailable e) {
                    answer((HttpServletResponse) response, e);
                } catch (ServletException | RuntimeException e) {
                    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                        if (t instanceof Unavailable u) {
                            answer((HttpServletResponse) response, u);
                            return;
                        }
                    }
                    throw e;
                }
            }

            private void answer(HttpServletResponse resp, Unavailable e) throws IOException {
                if (resp.isCommitted()) {
                    throw e;
                }
                // the security headers stay; what the page had said of itself goes
                resp.resetBuffer();
                resp.setHeader("ETag", null);
                resp.setHeader("Last-Modified", null);
                resp.setHeader("Cache-Control", "no-store");
                if (e.status() == Unavailable.SERVICE_UNAVAILABLE) {
                    resp.setHeader("Retry-After", "30");
                }
                Responses.error(
                        resp,
                        e.status(),
                        e.status() == Unavailable.GATEWAY_TIMEOUT ? "Délai dépassé" : "Base indisponible",
                        e.getMessage() + " Try again later.");
            }
        };
    }

    @Override
    public Description describe(Node resource, int page) {
        String key = page + " " + resource;
        Instant now = Instant.now();
        synchronized (cache) {
            Cached c = cache.get(key);
            if (c != null && c.until().isAfter(now)) {
                return c.description();
            }
        }
        Description d = read(resource, page);
        synchronized (cache) {
            cache.put(key, new Cached(d, now.plus(CACHE_TIME)));
        }
        return d;
    }

    private Description read(Node resource, int page) {
        String r = NodeFmtLib.strNT(resource);
        Graph about = GraphFactory.createDefaultGraph();
        Set<Node> graphs = new HashSet<>();
        select(QueryFactory.create("SELECT ?p ?o ?g { GRAPH ?g { " + r + " ?p ?o } }"))
                .forEachRemaining(b -> {
                    about.add(Triple.create(resource, b.get("p"), b.get("o")));
                    graphs.add(b.get("g"));
                });
        List<Triple> inverse = new ArrayList<>();
        select(QueryFactory.create("SELECT DISTINCT ?s ?p { GRAPH ?g { ?s ?p " + r + " } } ORDER BY ?s ?p LIMIT "
                        + (Describer.PAGE_SIZE + 1) + " OFFSET " + (long) page * Describer.PAGE_SIZE))
                .forEachRemaining(b -> inverse.add(Triple.create(b.get("s"), b.get("p"), resource)));
        boolean hasNext = inverse.size() > Describer.PAGE_SIZE;
        if (hasNext) {
            inverse.remove(inverse.size() - 1);
        }
        Set<Node> labelled = new LinkedHashSet<>();
        about.find(resource, Node.ANY, Node.ANY).forEach(t -> labelled.add(t.getObject()));
        inverse.forEach(t -> labelled.add(t.getSubject()));
        labelled.remove(resource);
        labels(labelled).find().forEach(about::add);
        List<Triple> answers = new ArrayList<>();
        Instant modified = answersAndDates(resource, graphs, answers);
        return new Description(resource, about, inverse, page, hasNext, graphs, answers, modified);
    }

    /** The label triples of the resources, in one query. */
    private Graph labels(Set<Node> nodes) {
        List<Node> iris = nodes.stream().filter(Node::isURI).toList();
        if (iris.isEmpty()) {
            return GraphFactory.createDefaultGraph();
        }
        StringBuilder q = new StringBuilder("CONSTRUCT { ?s ?p ?o } WHERE { VALUES ?s {");
        iris.forEach(n -> q.append(' ').append(NodeFmtLib.strNT(n)));
        q.append(" } VALUES ?p {");
        Labels.LABEL_PROPERTIES.forEach(p -> q.append(' ').append(NodeFmtLib.strNT(p)));
        return construct(
                QueryFactory.create(q.append(" } GRAPH ?g { ?s ?p ?o } }").toString()));
    }

    /** Adds the texts of the resource's answers; returns the latest date given for its graphs (null if none). */
    private Instant answersAndDates(Node resource, Set<Node> graphs, List<Triple> answers) {
        StringBuilder q = new StringBuilder("SELECT ?a ?text ?date { { GRAPH ?g1 { ")
                .append(NodeFmtLib.strNT(resource))
                .append(' ')
                .append(NodeFmtLib.strNT(Qlod.Nodes.answer))
                .append(" ?a } GRAPH ?g2 { ?a ")
                .append(NodeFmtLib.strNT(Qlod.Nodes.answerText))
                .append(" ?text } }");
        if (!graphs.isEmpty()) {
            q.append(" UNION { VALUES ?src {");
            graphs.forEach(g -> q.append(' ').append(NodeFmtLib.strNT(g)));
            q.append(" } VALUES ?p { ")
                    .append(NodeFmtLib.strNT(Prov.Nodes.generatedAtTime))
                    .append(' ')
                    .append(NodeFmtLib.strNT(DCTerms.modified.asNode()))
                    .append(" } GRAPH ?g3 { ?src ?p ?date } }");
        }
        Instant latest = null;
        Set<Triple> seen = new LinkedHashSet<>();
        RowSetRewindable rows = select(QueryFactory.create(q.append(" }").toString()));
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (b.contains("text")) {
                seen.add(Triple.create(b.get("a"), Qlod.Nodes.answerText, b.get("text")));
            }
            Instant t = b.contains("date") ? Describer.instant(b.get("date")) : null;
            if (t != null && (latest == null || t.isAfter(latest))) {
                latest = t;
            }
        }
        answers.addAll(seen);
        return latest;
    }

    @Override
    public RowSetRewindable select(Query query) {
        return remote(() -> {
            try (QueryExec exec = exec().query(query).build()) {
                RowSet rows = exec.select();
                List<Binding> canonical = new ArrayList<>();
                rows.forEachRemaining(b -> {
                    BindingBuilder row = BindingFactory.builder();
                    b.forEach((v, n) -> row.add(v, canonical(n)));
                    canonical.add(row.build());
                });
                return RowSetStream.create(rows.getResultVars(), canonical.iterator())
                        .rewindable();
            }
        });
    }

    /** The value in its canonical form: stores write some in another (Virtuoso: "1"^^xsd:boolean for "true"). */
    private static Node canonical(Node n) {
        return n.isLiteral() ? CanonicalizeLiteral.get().apply(n) : n;
    }

    @Override
    public Graph construct(Query query) {
        return remote(() -> {
            try (QueryExec exec = exec().query(query).build()) {
                Graph g = GraphFactory.createDefaultGraph();
                exec.construct()
                        .find()
                        .forEachRemaining(
                                t -> g.add(Triple.create(t.getSubject(), t.getPredicate(), canonical(t.getObject()))));
                return g;
            }
        });
    }

    /**
     * Virtuoso's own full-text search, each word required: {@code bif:contains} over the literals
     * Virtuoso indexes (its {@code DB.DBA.RDF_OBJ_FT_RULE_ADD} rules decide which; a new database
     * indexes none).
     */
    @Override
    public Optional<List<Node>> search(String words, int max) {
        if (!textSearch()) {
            return Optional.empty();
        }
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            terms.add("\"" + m.group() + "\"");
        }
        if (terms.isEmpty()) {
            return Optional.of(List.of());
        }
        // Virtuoso wants the pattern binding ?o in the same group as bif:contains
        String q =
                "SELECT ?s (MAX(?sc) AS ?score) { GRAPH ?g { ?s ?p ?o . ?o bif:contains '" + String.join(" AND ", terms)
                        + "' OPTION (score ?sc) } } GROUP BY ?s ORDER BY DESC(?score) ?s LIMIT " + max;
        return Optional.of(remote(() -> {
            List<Node> hits = new ArrayList<>();
            try (QueryExec exec = exec().queryString(q).build()) {
                exec.select().forEachRemaining(b -> hits.add(b.get("s")));
            }
            return hits;
        }));
    }

    private boolean textSearch() {
        Boolean known = textSearch;
        if (known == null) {
            try (QueryExec exec = exec()
                    // Virtuoso refuses bif:contains on a variable no triple pattern binds
                    .queryString("ASK { ?s ?p ?o . ?o bif:contains '\"qlod\"' }")
                    .build()) {
                exec.ask();
                known = true;
            } catch (HttpException | QueryExceptionHTTP e) {
                // a store that does not know bif:contains refuses the query (400); one that is down is asked again
                int status = status(e);
                if (status < 400 || status >= 500) {
                    throw unavailable(e);
                }
                known = false;
            }
            textSearch = known;
        }
        return known;
    }

    /** Pages of this many quads are asked of the store, ordered so that paging is stable. */
    private static final int QUAD_PAGE = 10_000;

    @Override
    public void quads(Node graph, Node predicate, Consumer<Quad> action) {
        String g = graph == Node.ANY ? "?g" : NodeFmtLib.strNT(graph);
        String p = predicate == Node.ANY ? "?p" : NodeFmtLib.strNT(predicate);
        for (long offset = 0; ; offset += QUAD_PAGE) {
            RowSetRewindable rows =
                    select(QueryFactory.create("SELECT * { GRAPH " + g + " { ?s " + p + " ?o } } ORDER BY "
                            + (graph == Node.ANY ? "?g " : "") + "?s " + (predicate == Node.ANY ? "?p " : "")
                            + "?o OFFSET " + offset
                            + " LIMIT " + QUAD_PAGE));
            int n = 0;
            while (rows.hasNext()) {
                Binding b = rows.next();
                action.accept(Quad.create(
                        graph == Node.ANY ? b.get("g") : graph,
                        b.get("s"),
                        predicate == Node.ANY ? b.get("p") : predicate,
                        b.get("o")));
                n++;
            }
            if (n < QUAD_PAGE) {
                return;
            }
        }
    }

    /** The page by {@code LIMIT}/{@code OFFSET} over the union graph, the count by {@code COUNT}, capped. */
    @Override
    public Fragment fragment(Node subject, Node predicate, Node object, long offset, int limit) {
        String s = subject == Node.ANY ? "?s" : NodeFmtLib.strNT(subject);
        String p = predicate == Node.ANY ? "?p" : NodeFmtLib.strNT(predicate);
        String o = object == Node.ANY ? "?o" : NodeFmtLib.strNT(object);
        String pattern = "{ SELECT DISTINCT ?s ?p ?o { GRAPH ?g { " + s + " " + p + " " + o + " } "
                + (subject == Node.ANY ? "" : "BIND(" + s + " AS ?s) ")
                + (predicate == Node.ANY ? "" : "BIND(" + p + " AS ?p) ")
                + (object == Node.ANY ? "" : "BIND(" + o + " AS ?o) ") + "} }";
        RowSetRewindable rows = select(QueryFactory.create(
                "SELECT ?s ?p ?o " + pattern + " ORDER BY ?s ?p ?o OFFSET " + offset + " LIMIT " + (limit + 1)));
        List<Triple> page = new ArrayList<>();
        boolean more = false;
        while (rows.hasNext()) {
            Binding b = rows.next();
            if (page.size() == limit) {
                more = true;
                break;
            }
            page.add(Triple.create(b.get("s"), b.get("p"), b.get("o")));
        }
        RowSetRewindable counted = select(QueryFactory.create(
                "SELECT (COUNT(*) AS ?n) { SELECT * " + pattern + " LIMIT " + Fragment.COUNT_CAP + " }"));
        long estimate = counted.hasNext() ? ((Number) counted.next().get("n").getLiteralValue()).longValue() : 0;
        return new Fragment(page, Math.max(estimate, offset + page.size()), more);
    }

    @Override
    public Instant lastLoad() {
        return null;
    }
}

package fr.qlod.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes batches of graphs into a remote store by one {@link RemoteProtocol}, with the semantics of a
 * local load: a record's graph replaces the stored graph of that name; a mention graph is merged
 * with what the store holds (only its provenance, the triples whose subject is the graph, is
 * replaced). On {@code quads} and {@code update} one query per batch asks which graphs exist, so that
 * replaced, merged and added graphs are counted; on {@code gsp} only the mention graphs are read
 * (to merge them), and every other graph counts as added. A merged mention graph keeps one {@code
 * skos:prefLabel} per resource and language, as in a local load ({@link PrefLabelMerge}). Batches
 * may be written from several threads at once: they never share a graph.
 */
final class RemoteWriter {
    private static final String NTRIPLES_AS_TURTLE = "text/turtle; charset=utf-8";
    static final int TRIPLES_PER_INSERT = 1000;

    /** A graph ready to be sent: its name, its N-Triples, whether it is merged, and its checkpoint key. */
    record Pending(Node graph, byte[] bytes, boolean mention, String key) {}

    record Counts(long replaced, long merged, long added) {}

    private final RemoteHttp http;
    private final RemoteProtocol protocol;
    private final AtomicLong replaced = new AtomicLong();
    private final AtomicLong merged = new AtomicLong();
    private final AtomicLong added = new AtomicLong();

    RemoteWriter(RemoteHttp http, RemoteProtocol protocol) {
        this.http = http;
        this.protocol = protocol;
    }

    Counts counts() {
        return new Counts(replaced.get(), merged.get(), added.get());
    }

    long requests() {
        return http.requests();
    }

    void write(List<Pending> batch) {
        switch (protocol) {
            case GSP -> batch.forEach(this::put);
            case QUADS, TTLP -> {
                Set<Node> existing = existing(batch);
                StringBuilder clearing = clearing(batch, existing);
                List<Pending> sent = mergingLabels(batch, existing, clearing);
                if (!clearing.isEmpty()) {
                    update(clearing.toString());
                }
                if (protocol == RemoteProtocol.QUADS) {
                    expect(http.post("application/n-quads", nquads(sent)), "POST of N-Quads");
                } else {
                    String query = VirtuosoTurtleLoader.query(
                            nquads(sent), sent.get(0).graph().getURI());
                    expect(http.query(query, "text/csv"), "Virtuoso's DB.DBA.TTLP of N-Quads");
                }
            }
            case UPDATE -> {
                Set<Node> existing = existing(batch);
                StringBuilder request = clearing(batch, existing);
                List<Pending> sent = mergingLabels(batch, existing, request);
                insertData(sent, request);
                update(request.toString());
            }
        }
    }

    /**
     * {@code INSERT DATA} operations of at most {@value #TRIPLES_PER_INSERT} triples each: Virtuoso
     * 7.2 refuses a larger one ("SP031: The length of generated SQL text has exceeded 10000 lines of
     * code", measured at 1,500 triples), however many operations the request holds.
     */
    private static void insertData(List<Pending> batch, StringBuilder request) {
        int triples = 0;
        Node open = null;
        for (Pending p : batch) {
            for (String line : new String(p.bytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                if (triples == TRIPLES_PER_INSERT) {
                    request.append("} } ;\n");
                    triples = 0;
                    open = null;
                }
                if (open == null) {
                    request.append("INSERT DATA { GRAPH <")
                            .append(p.graph().getURI())
                            .append("> {\n");
                } else if (!open.equals(p.graph())) {
                    request.append("} GRAPH <").append(p.graph().getURI()).append("> {\n");
                }
                open = p.graph();
                request.append(line).append('\n');
                triples++;
            }
        }
        if (open != null) {
            request.append("} }\n");
        }
    }

    /** The updates that make room for a batch: drop each replaced graph, and each merged graph's provenance. */
    private StringBuilder clearing(List<Pending> batch, Set<Node> existing) {
        StringBuilder request = new StringBuilder();
        for (Pending p : batch) {
            String g = "<" + p.graph().getURI() + ">";
            boolean exists = existing.contains(p.graph());
            if (!exists) {
                added.incrementAndGet();
            } else if (p.mention()) {
                merged.incrementAndGet();
                request.append("DELETE WHERE { GRAPH ")
                        .append(g)
                        .append(" { ")
                        .append(g)
                        .append(" ?p ?o } } ;\n");
            } else {
                replaced.incrementAndGet();
                request.append("DROP SILENT GRAPH ").append(g).append(" ;\n");
            }
        }
        return request;
    }

    /**
     * The batch with the local load's {@code skos:prefLabel} rule applied to each mention graph the
     * store holds ({@link PrefLabelMerge}): the stored labels of those graphs are read in one query;
     * a stored label no longer preferred is deleted (its {@code DELETE DATA} appended to the request)
     * and sent again as a {@code skos:altLabel}, an arriving one not preferred is sent as one.
     */
    private List<Pending> mergingLabels(List<Pending> batch, Set<Node> existing, StringBuilder request) {
        List<Pending> merging = batch.stream()
                .filter(p -> p.mention() && existing.contains(p.graph()))
                .toList();
        if (merging.isEmpty()) {
            return batch;
        }
        StringBuilder q = new StringBuilder("SELECT ?g ?s ?o WHERE { VALUES ?g {");
        merging.forEach(p -> q.append(" <").append(p.graph().getURI()).append('>'));
        q.append(" } GRAPH ?g { ?s <")
                .append(PrefLabelMerge.PREF_LABEL.getURI())
                .append("> ?o } }");
        RemoteHttp.Answer answer = expect(
                http.query(q.toString(), "application/sparql-results+json"), "query of the stored skos:prefLabel");
        Map<Node, Graph> stored = new HashMap<>();
        ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(answer.body()), ResultSetLang.RS_JSON);
        rows.forEachRemaining(row -> {
            Node o = row.get("o").asNode();
            if (o.isLiteral()) {
                stored.computeIfAbsent(row.get("g").asNode(), g -> GraphFactory.createDefaultGraph())
                        .add(Triple.create(row.get("s").asNode(), PrefLabelMerge.PREF_LABEL, o));
            }
        });
        List<Pending> sent = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            Graph held = stored.get(p.graph());
            if (!merging.contains(p) || held == null) {
                sent.add(p);
                continue;
            }
            Graph incoming = GraphFactory.createDefaultGraph();
            RDFParser.fromString(new String(p.bytes(), StandardCharsets.UTF_8), Lang.NTRIPLES)
                    .parse(incoming);
            Graph union = GraphFactory.createDefaultGraph();
            held.find().forEach(union::add);
            incoming.find().forEach(union::add);
            for (Triple t : PrefLabelMerge.apply(union)) {
                if (held.contains(t)) {
                    request.append("DELETE DATA { GRAPH <")
                            .append(p.graph().getURI())
                            .append("> { ")
                            .append(NodeFmtLib.strNT(t.getSubject()))
                            .append(' ')
                            .append(NodeFmtLib.strNT(t.getPredicate()))
                            .append(' ')
                            .append(NodeFmtLib.strNT(t.getObject()))
                            .append(" } } ;\n");
                }
                incoming.delete(t);
                incoming.add(Triple.create(t.getSubject(), PrefLabelMerge.ALT_LABEL, t.getObject()));
            }
            sent.add(new Pending(p.graph(), ntriples(incoming), p.mention(), p.key()));
        }
        return sent;
    }

    private static byte[] ntriples(Graph graph) {
        StringBuilder out = new StringBuilder();
        graph.find().forEach(t -> out.append(NodeFmtLib.strNT(t.getSubject()))
                .append(' ')
                .append(NodeFmtLib.strNT(t.getPredicate()))
                .append(' ')
                .append(NodeFmtLib.strNT(t.getObject()))
                .append(" .\n"));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Which graphs of the batch the store already holds: one query. */
    private Set<Node> existing(List<Pending> batch) {
        StringBuilder q = new StringBuilder("SELECT ?g WHERE { VALUES ?g {");
        batch.forEach(p -> q.append(" <").append(p.graph().getURI()).append('>'));
        q.append(" } FILTER EXISTS { GRAPH ?g { ?s ?p ?o } } }");
        RemoteHttp.Answer answer = expect(http.query(q.toString(), "text/csv"), "query of the existing graphs");
        Set<Node> found = new HashSet<>();
        Set<String> asked = new HashSet<>();
        batch.forEach(p -> asked.add(p.graph().getURI()));
        for (String line : answer.text().split("\r?\n")) {
            String iri = line.strip().replace("\"", "");
            if (asked.contains(iri)) {
                found.add(org.apache.jena.graph.NodeFactory.createURI(iri));
            }
        }
        return found;
    }

    private void update(String request) {
        expect(http.post("application/sparql-update", request.getBytes(StandardCharsets.UTF_8)), "SPARQL Update");
    }

    private static byte[] nquads(List<Pending> batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Pending p : batch) {
            byte[] graph = (" <" + p.graph().getURI() + "> .\n").getBytes(StandardCharsets.UTF_8);
            String text = new String(p.bytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.isEmpty()) {
                    // an N-Triples line ends with " ." : the graph goes before the dot
                    out.writeBytes(line.substring(0, line.length() - 2).getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(graph);
                }
            }
        }
        return out.toByteArray();
    }

    private void put(Pending p) {
        String query = "graph=" + java.net.URLEncoder.encode(p.graph().getURI(), StandardCharsets.UTF_8);
        byte[] body = p.bytes();
        if (p.mention()) {
            RemoteHttp.Answer stored = http.get(query, "text/turtle");
            if (stored.ok() && stored.body().length > 0) {
                Graph union = GraphFactory.createDefaultGraph();
                RDFParser.fromString(stored.text(), Lang.TURTLE).parse(union);
                if (!union.isEmpty()) {
                    merged.incrementAndGet();
                    union.remove(p.graph(), Node.ANY, Node.ANY);
                    RDFParser.fromString(new String(body, StandardCharsets.UTF_8), Lang.NTRIPLES)
                            .parse(union);
                    PrefLabelMerge.apply(union);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    RDFDataMgr.write(out, union, Lang.NTRIPLES);
                    body = out.toByteArray();
                } else {
                    added.incrementAndGet();
                }
            } else if (stored.status() == 404 || stored.ok()) {
                added.incrementAndGet();
            } else {
                expect(stored, "GET of graph <" + p.graph().getURI() + ">");
            }
        } else {
            added.incrementAndGet();
        }
        expect(
                http.put(query, NTRIPLES_AS_TURTLE, body),
                "PUT of graph <" + p.graph().getURI() + ">");
    }

    private static RemoteHttp.Answer expect(RemoteHttp.Answer answer, String what) {
        if (!answer.ok()) {
            String text = answer.text().strip();
            throw new RemoteHttp.Failure(
                    answer.status(),
                    what + " failed: HTTP " + answer.status()
                            + (text.isEmpty()
                                    ? ""
                                    : ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text)),
                    null);
        }
        return answer;
    }
}

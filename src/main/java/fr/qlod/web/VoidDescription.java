package fr.qlod.web;

import fr.qlod.rdf.Qlod;
import java.net.URI;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;

/**
 * The VoID and DCAT description of the dataset, counted live from the store and cached until the
 * next load: {@code void:triples} (the triples of the named graphs, a triple stated by several
 * records counted once per record), {@code void:documents} (named graphs: one per source record),
 * and a {@code void:Linkset} per target site counting the triples whose object is an IRI of that
 * host, all in one streaming pass over the stored quads; then, for a store of at most
 * {@link #DISTINCT_LIMIT} quads, {@code void:distinctSubjects}, {@code void:entities} (typed
 * subjects) and a {@code void:classPartition} per class. Those need every distinct subject in
 * memory, which a full corpus (tens of millions of quads) would not fit in a server's heap, so
 * they are left out above the limit rather than risk the server.
 */
final class VoidDescription {
    static final String LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    static final String DUMP_PATH = "dumps/qlod.nq.gz";
    private static final int EXAMPLES = 3;
    /** Linkset targets: the host whose IRIs are counted, and the name used in the linkset IRI. */
    static final Map<String, String> TARGETS = targets();

    /**
     * The largest store, in quads, whose distinct-subject statistics are computed: 2M, and no more
     * than one quad per KiB of the server's heap (a 96 MB server ran out of heap counting the
     * distinct subjects of 957k quads; a 1 GB one computes them up to about a million).
     */
    static final long DISTINCT_LIMIT = Math.min(2_000_000, Runtime.getRuntime().maxMemory() / 1024);

    private final Site site;
    private final long distinctLimit;
    private Graph cached;
    private Instant cachedFor;

    VoidDescription(Site site) {
        this(site, DISTINCT_LIMIT);
    }

    VoidDescription(Site site, long distinctLimit) {
        this.site = site;
        this.distinctLimit = distinctLimit;
    }

    private static Map<String, String> targets() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("www.assemblee-nationale.fr", "assemblee-nationale");
        t.put("id.insee.fr", "insee");
        t.put("www.wikidata.org", "wikidata");
        t.put("www.nosdeputes.fr", "nosdeputes");
        t.put("www.legifrance.gouv.fr", "legifrance");
        return t;
    }

    synchronized Graph graph() {
        Instant time = site.dataTime();
        if (cached == null || !time.equals(cachedFor)) {
            cached = build();
            cachedFor = time;
        }
        return cached;
    }

    /** The node that stands for the whole dataset in the description. */
    Node datasetNode() {
        return iri(site.base() + "void#dataset");
    }

    private Graph build() {
        DatasetGraph dsg = site.store().dataset();
        URI base = site.base();
        Node dataset = datasetNode();
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> {
            add(g, dataset, RDF.type.asNode(), VOID.Dataset.asNode());
            add(g, dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
            add(g, dataset, DCTerms.title.asNode(), NodeFactory.createLiteralLang(
                    "Questions parlementaires de l'Assemblée nationale", "fr"));
            add(g, dataset, DCTerms.license.asNode(), iri(LICENCE));
            add(g, dataset, DCTerms.modified.asNode(), NodeFactory.createLiteralDT(site.dataTime().toString(),
                    XSDDatatype.XSDdateTime));
            add(g, dataset, VOID.sparqlEndpoint.asNode(), iri(base + "sparql"));
            add(g, dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(site.idSpace()));
            add(g, dataset, VOID.dataDump.asNode(), iri(base + DUMP_PATH));
            long quads = quadsAndLinksets(dsg, g, dataset, base);
            add(g, dataset, VOID.triples.asNode(), count(quads));
            long graphs = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                // the statistics graph is counted from the records, it is not one
                graphs += it.next().getURI().equals(Qlod.STATISTICS_GRAPH) ? 0 : 1;
            }
            add(g, dataset, VOID.documents.asNode(), count(graphs));
            if (quads <= distinctLimit) {
                add(g, dataset, VOID.distinctSubjects.asNode(),
                        count(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }")));
                add(g, dataset, VOID.entities.asNode(), count(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c }")));
                classPartitions(dsg, g, dataset, base);
            }
            Node distribution = iri(base + "void#dump");
            add(g, dataset, DCAT.distribution.asNode(), distribution);
            add(g, distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
            add(g, distribution, DCAT.downloadURL.asNode(), iri(base + DUMP_PATH));
            add(g, distribution, DCAT.mediaType.asNode(), iri("https://www.iana.org/assignments/media-types/application/n-quads"));
            add(g, distribution, DCTerms.license.asNode(), iri(LICENCE));
            examples(dsg, g, dataset);
        });
        g.getPrefixMapping().setNsPrefixes(Labels.PREFIXES);
        return g;
    }

    private void classPartitions(DatasetGraph dsg, Graph g, Node dataset, URI base) {
        Query q = QueryFactory.create("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c");
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            exec.select().forEachRemaining(b -> {
                Node c = b.get("c");
                if (!c.isURI()) {
                    return;
                }
                Node partition = iri(base + "void#class-" + Integer.toHexString(c.getURI().hashCode()));
                add(g, dataset, VOID.classPartition.asNode(), partition);
                add(g, partition, VOID._class.asNode(), c);
                add(g, partition, VOID.entities.asNode(), b.get("n"));
            });
        }
    }

    private void examples(DatasetGraph dsg, Graph g, Node dataset) {
        String query = "SELECT DISTINCT ?s { ?s a ?c FILTER(STRSTARTS(STR(?s), \"" + site.idSpace().replace("\"", "")
                + "question/\")) } LIMIT " + EXAMPLES;
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            exec.select().forEachRemaining(b -> add(g, dataset, VOID.exampleResource.asNode(), b.get("s")));
        }
    }

    /** One streaming pass over the stored quads: counts them, and the IRI objects of each target host; returns the quads. */
    private long quadsAndLinksets(DatasetGraph dsg, Graph g, Node dataset, URI base) {
        Map<String, Long> counts = new LinkedHashMap<>();
        TARGETS.keySet().forEach(h -> counts.put(h, 0L));
        long total = 0;
        Iterator<Quad> quads = dsg.find();
        while (quads.hasNext()) {
            total++;
            Node o = quads.next().getObject();
            if (o.isURI()) {
                String host = host(o.getURI());
                if (host != null && counts.containsKey(host)) {
                    counts.merge(host, 1L, Long::sum);
                }
            }
        }
        counts.forEach((host, n) -> {
            Node linkset = iri(base + "void#links-" + TARGETS.get(host));
            add(g, dataset, VOID.subset.asNode(), linkset);
            add(g, linkset, RDF.type.asNode(), VOID.Linkset.asNode());
            add(g, linkset, VOID.subjectsTarget.asNode(), dataset);
            add(g, linkset, VOID.objectsTarget.asNode(), iri("https://" + host + "/"));
            add(g, linkset, VOID.triples.asNode(), count(n));
        });
        return total;
    }

    static String host(String iri) {
        int start = iri.indexOf("://");
        if (start < 0) {
            return null;
        }
        int end = iri.indexOf('/', start + 3);
        return iri.substring(start + 3, end < 0 ? iri.length() : end);
    }

    private static long count(DatasetGraph dsg, String query) {
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            Binding b = exec.select().next();
            return ((Number) b.get("n").getLiteralValue()).longValue();
        }
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}

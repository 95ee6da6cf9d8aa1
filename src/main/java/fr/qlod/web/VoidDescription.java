package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * and a {@code void:Linkset} per other site the data links to (scheme and host, as the links are
 * written) counting the triples whose object is an IRI of that site, all in one streaming pass over
 * the stored quads; a DCAT distribution per dump ({@link Dumps}) with its media type, compression,
 * size and checksum; the SPARQL endpoint and the Triple Pattern Fragments as DCAT data services; then, for a store of at most
 * {@link #DISTINCT_LIMIT} quads, {@code void:distinctSubjects}, {@code void:entities} (typed
 * subjects) and a {@code void:classPartition} per class. Those need every distinct subject in
 * memory, which a full corpus (tens of millions of quads) would not fit in a server's heap, so
 * they are left out above the limit rather than risk the server. The number of questions, of the
 * whole dataset and of each legislature's subset (a {@code void:classPartition} of {@code
 * qlod:Question}), is read from the statistics graph a qlod store counts at each load, whatever
 * the store's size; a store without it (a remote one) has them only under the limit.
 */
final class VoidDescription {
    static final String LICENCE = "https://www.etalab.gouv.fr/licence-ouverte-open-licence/";
    static final String DUMP_PATH = "dumps/" + Dumps.ALL;
    static final String IANA = "https://www.iana.org/assignments/media-types/";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    private static final int EXAMPLES = 3;
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
        // a remote store (no local dataset) is counted by SPARQL queries: triples, documents, linksets, examples
        DatasetGraph dsg = site.store() != null ? site.store().dataset() : null;
        URI base = site.base();
        Node dataset = datasetNode();
        Graph g = GraphFactory.createDefaultGraph();
        Runnable describe = () -> {
            add(g, dataset, RDF.type.asNode(), VOID.Dataset.asNode());
            add(g, dataset, RDF.type.asNode(), DCAT.Dataset.asNode());
            add(
                    g,
                    dataset,
                    DCTerms.title.asNode(),
                    NodeFactory.createLiteralLang("Questions parlementaires de l'Assemblée nationale", "fr"));
            add(g, dataset, DCTerms.license.asNode(), iri(LICENCE));
            add(
                    g,
                    dataset,
                    DCTerms.modified.asNode(),
                    NodeFactory.createLiteralDT(site.dataTime().toString(), XSDDatatype.XSDdateTime));
            add(g, dataset, VOID.sparqlEndpoint.asNode(), iri(base + "sparql"));
            add(g, dataset, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(site.idSpace()));
            add(g, dataset, VOID.dataDump.asNode(), iri(base + DUMP_PATH));
            Map<Integer, Long> questions = dsg == null ? Map.of() : questionCounts(dsg);
            long quads = quadsAndLinksets(dsg, g, dataset, base);
            add(g, dataset, VOID.triples.asNode(), count(quads));
            add(g, dataset, VOID.documents.asNode(), count(graphs(dsg)));
            if (quads <= distinctLimit && dsg != null) {
                add(
                        g,
                        dataset,
                        VOID.distinctSubjects.asNode(),
                        count(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }")));
                add(
                        g,
                        dataset,
                        VOID.entities.asNode(),
                        count(count(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c }")));
                classPartitions(dsg, g, dataset, base, questions.containsKey(ALL));
            }
            if (questions.containsKey(ALL)) {
                questionPartition(g, dataset, classPartition(base, Qlod.Question.getURI()), questions.get(ALL));
            }
            distributions(g, dataset, base, questions);
            services(g, dataset, base);
            examples(dsg, g, dataset);
        };
        if (dsg != null) {
            Txn.executeRead(dsg, describe);
        } else {
            describe.run();
        }
        g.getPrefixMapping().setNsPrefixes(Labels.PREFIXES);
        return g;
    }

    /**
     * A DCAT distribution per dump: where to download it, its media type (N-Quads), compression
     * (gzip), size and SHA-256 checksum (SPDX); the legislature's dumps as subsets of the dataset.
     */
    private void distributions(Graph g, Node dataset, URI base, Map<Integer, Long> questions) {
        for (Dumps.Dump d : site.dumps().all()) {
            Node distribution = iri(base + "void#dump-" + d.name().replace(".nq.gz", ""));
            Node of = dataset;
            if (d.legislature() != null) {
                of = iri(base + "void#legislature-" + d.legislature());
                add(g, dataset, VOID.subset.asNode(), of);
                add(g, of, RDF.type.asNode(), VOID.Dataset.asNode());
                add(g, of, RDF.type.asNode(), DCAT.Dataset.asNode());
                add(
                        g,
                        of,
                        DCTerms.title.asNode(),
                        NodeFactory.createLiteralLang("Questions de la " + d.legislature() + "e législature", "fr"));
                add(g, of, VOID.dataDump.asNode(), iri(base + "dumps/" + d.name()));
                add(g, of, DCTerms.license.asNode(), iri(LICENCE));
                Long n = questions.get(d.legislature());
                if (n != null) {
                    questionPartition(g, of, iri(base + "void#legislature-" + d.legislature() + "-questions"), n);
                }
            }
            add(g, of, DCAT.distribution.asNode(), distribution);
            add(g, distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
            add(g, distribution, DCAT.downloadURL.asNode(), iri(base + "dumps/" + d.name()));
            add(g, distribution, DCAT.mediaType.asNode(), iri(IANA + "application/n-quads"));
            add(g, distribution, DCAT.compressFormat.asNode(), iri(IANA + "application/gzip"));
            add(
                    g,
                    distribution,
                    DCAT.byteSize.asNode(),
                    NodeFactory.createLiteralDT(Long.toString(d.bytes()), XSDDatatype.XSDnonNegativeInteger));
            add(g, distribution, DCTerms.license.asNode(), iri(LICENCE));
            Node checksum = iri(base + "void#sha256-" + d.name().replace(".nq.gz", ""));
            add(g, distribution, iri(SPDX + "checksum"), checksum);
            add(g, checksum, RDF.type.asNode(), iri(SPDX + "Checksum"));
            add(g, checksum, iri(SPDX + "algorithm"), iri(SPDX + "checksumAlgorithm_sha256"));
            add(
                    g,
                    checksum,
                    iri(SPDX + "checksumValue"),
                    NodeFactory.createLiteralDT(d.sha256(), XSDDatatype.XSDhexBinary));
        }
    }

    /**
     * The SPARQL endpoint and the Triple Pattern Fragments interface as DCAT data services, and the
     * fragments' Hydra search form, so that a TPF client started from the description finds it.
     */
    private void services(Graph g, Node dataset, URI base) {
        Node sparql = iri(base + "void#sparql");
        add(g, sparql, RDF.type.asNode(), DCAT.DataService.asNode());
        add(g, sparql, DCAT.endpointURL.asNode(), iri(base + "sparql"));
        add(g, sparql, DCTerms.conformsTo.asNode(), iri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, sparql, DCAT.servesDataset.asNode(), dataset);
        add(g, dataset, DCAT.distribution.asNode(), iri(base + "void#fragments-distribution"));
        Node fragments = iri(base + "void#fragments");
        add(g, fragments, RDF.type.asNode(), DCAT.DataService.asNode());
        add(g, fragments, DCAT.endpointURL.asNode(), iri(base + "fragments"));
        add(g, fragments, DCTerms.conformsTo.asNode(), iri(FragmentsServlet.SPEC));
        add(g, fragments, DCAT.servesDataset.asNode(), dataset);
        Node distribution = iri(base + "void#fragments-distribution");
        add(g, distribution, RDF.type.asNode(), DCAT.Distribution.asNode());
        add(g, distribution, DCAT.accessURL.asNode(), iri(base + "fragments"));
        add(g, distribution, DCAT.accessService.asNode(), fragments);
        add(g, dataset, iri(Labels.HYDRA + "search"), iri(base + "fragments#search"));
    }

    /** The key of the whole dataset's question count in {@link #questionCounts}. */
    private static final Integer ALL = 0;

    /**
     * The number of questions of the whole store (key {@link #ALL}) and of each legislature (by its
     * number), as the statistics graph gives them; empty when the store has no statistics graph.
     */
    private static Map<Integer, Long> questionCounts(DatasetGraph dsg) {
        Map<Integer, Long> counts = new HashMap<>();
        String query = "PREFIX qlod: <" + Qlod.NS + ">\n"
                + "SELECT ?legislature ?number ?n { GRAPH <" + Qlod.STATISTICS_GRAPH + "> { ?s qlod:questionCount ?n ."
                + " { ?s qlod:breakdown qlod:allQuestions } UNION"
                + " { ?s qlod:breakdown qlod:byLegislature ; qlod:ofLegislature ?legislature } }"
                + " OPTIONAL { ?legislature qlod:legislatureNumber ?number } }";
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            exec.select().forEachRemaining(b -> {
                Node number = b.get("number");
                long n = ((Number) b.get("n").getLiteralValue()).longValue();
                if (number == null && !b.contains("legislature")) {
                    counts.put(ALL, n);
                } else if (number != null && number.getLiteralValue() instanceof Number k) {
                    counts.put(k.intValue(), n);
                }
            });
        }
        return counts;
    }

    private static void questionPartition(Graph g, Node of, Node partition, long questions) {
        add(g, of, VOID.classPartition.asNode(), partition);
        add(g, partition, VOID._class.asNode(), Qlod.Question.asNode());
        add(g, partition, VOID.entities.asNode(), count(questions));
    }

    private static Node classPartition(URI base, String c) {
        return iri(base + "void#class-" + Integer.toHexString(c.hashCode()));
    }

    private void classPartitions(DatasetGraph dsg, Graph g, Node dataset, URI base, boolean questionsCounted) {
        Query q = QueryFactory.create("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c } GROUP BY ?c ORDER BY ?c");
        try (QueryExec exec = QueryExec.dataset(dsg).query(q).build()) {
            exec.select().forEachRemaining(b -> {
                Node c = b.get("c");
                if (!c.isURI() || (questionsCounted && c.equals(Qlod.Question.asNode()))) {
                    return;
                }
                Node partition = classPartition(base, c.getURI());
                add(g, dataset, VOID.classPartition.asNode(), partition);
                add(g, partition, VOID._class.asNode(), c);
                add(g, partition, VOID.entities.asNode(), b.get("n"));
            });
        }
    }

    private void examples(DatasetGraph dsg, Graph g, Node dataset) {
        String query = "SELECT DISTINCT ?s { " + (dsg == null ? "GRAPH ?g { ?s a ?c }" : "?s a ?c")
                + " FILTER(STRSTARTS(STR(?s), \"" + site.idSpace().replace("\"", "") + "question/\")) } LIMIT "
                + EXAMPLES;
        if (dsg == null) {
            site.select(QueryFactory.create(query))
                    .forEachRemaining(b -> add(g, dataset, VOID.exampleResource.asNode(), b.get("s")));
            return;
        }
        try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
            exec.select().forEachRemaining(b -> add(g, dataset, VOID.exampleResource.asNode(), b.get("s")));
        }
    }

    private long graphs(DatasetGraph dsg) {
        // the statistics graph is counted from the records, it is not one
        if (dsg == null) {
            return remoteCount("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(?g != <"
                    + Qlod.STATISTICS_GRAPH + ">) }");
        }
        long graphs = 0;
        for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
            graphs += it.next().getURI().equals(Qlod.STATISTICS_GRAPH) ? 0 : 1;
        }
        return graphs;
    }

    private long remoteCount(String query) {
        return ((Number) site.select(QueryFactory.create(query)).next().get("n").getLiteralValue()).longValue();
    }

    /**
     * One streaming pass over the stored quads: counts them, and the links: the triples whose object
     * is an IRI of another site than ours (its scheme and host: {@code http://id.insee.fr/},
     * {@code https://www.nosdeputes.fr/} and each per-legislature host of NosDéputés), types and
     * vocabulary terms aside; one {@code void:Linkset} per site, with its link predicates. Returns the quads.
     */
    private long quadsAndLinksets(DatasetGraph dsg, Graph g, Node dataset, URI base) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, Set<Node>> predicates = new HashMap<>();
        String ours = site(base.toString());
        long total = 0;
        if (dsg == null) {
            // the same pass done by the remote store: IRI objects grouped by their site and predicate
            total = remoteCount("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
            StringBuilder notVocabulary = new StringBuilder();
            Labels.PREFIXES.getNsPrefixMap().values().forEach(ns -> notVocabulary
                    .append(" && !STRSTARTS(STR(?o), \"")
                    .append(ns)
                    .append("\")"));
            site.select(
                            QueryFactory.create(
                                    "SELECT ?site ?p (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o "
                                            + "FILTER(isIRI(?o) && ?p != <" + RDF.type.getURI() + ">" + notVocabulary
                                            + ") } "
                                            + "BIND(REPLACE(STR(?o), \"^([a-zA-Z][a-zA-Z0-9+.-]*://[^/]+).*$\", \"$1/\") AS ?site) } GROUP BY ?site ?p"))
                    .forEachRemaining(b -> {
                        String target = b.get("site").getLiteralLexicalForm();
                        if (target.contains("://") && !target.equals(ours)) {
                            counts.merge(target, ((Number) b.get("n").getLiteralValue()).longValue(), Long::sum);
                            predicates
                                    .computeIfAbsent(target, t -> new HashSet<>())
                                    .add(b.get("p"));
                        }
                    });
        }
        Iterator<Quad> quads = dsg == null ? java.util.Collections.emptyIterator() : dsg.find();
        while (quads.hasNext()) {
            total++;
            Quad q = quads.next();
            Node o = q.getObject();
            if (!o.isURI() || q.getPredicate().equals(RDF.type.asNode())) {
                continue;
            }
            String target = site(o.getURI());
            if (target != null && !target.equals(ours) && !isVocabulary(o.getURI())) {
                counts.merge(target, 1L, Long::sum);
                predicates.computeIfAbsent(target, t -> new HashSet<>()).add(q.getPredicate());
            }
        }
        counts.forEach((target, n) -> {
            Node linkset = iri(base + "void#links-"
                    + target.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", ""));
            add(g, dataset, VOID.subset.asNode(), linkset);
            add(g, linkset, RDF.type.asNode(), VOID.Linkset.asNode());
            add(g, linkset, VOID.subjectsTarget.asNode(), dataset);
            add(g, linkset, VOID.objectsTarget.asNode(), iri(target));
            add(g, linkset, VOID.triples.asNode(), count(n));
            predicates.get(target).forEach(p -> add(g, linkset, VOID.linkPredicate.asNode(), p));
        });
        return total;
    }

    /** The scheme and host of an IRI with a final slash, {@code http://id.insee.fr/}, or null. */
    static String site(String iri) {
        String host = host(iri);
        return host == null || host.isEmpty() ? null : iri.substring(0, iri.indexOf("://") + 3) + host + "/";
    }

    /** Whether the IRI is a term of a vocabulary the documents use (a class or property, not data). */
    private static boolean isVocabulary(String iri) {
        return Labels.PREFIXES.getNsPrefixMap().values().stream().anyMatch(iri::startsWith);
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

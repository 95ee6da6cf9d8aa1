package fr.qlod.web;

import fr.qlod.mapping.Prov;
import fr.qlod.mapping.Qlod;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Reads a resource's description from the store, in one read transaction. On a store that cannot
 * change while served, the labels of the resources a description links to are kept once read: a
 * page of a question links to about 25 resources (its legislature, deputy, group, ministries,
 * concepts), most of them shared by thousands of pages, and their label lookups were most of the
 * store reads of a page.
 */
final class Describer {
    /** Inverse links per page. */
    static final int PAGE_SIZE = 50;
    /** The most labelled resources kept; the cache is emptied when it is reached. */
    static final int LABEL_CACHE_SIZE = 100_000;

    private static final Node STATISTICS = NodeFactory.createURI(Qlod.STATISTICS_GRAPH);
    /** How many resources with more than a page of inverse links keep them sorted. */
    static final int INVERSE_CACHE_SIZE = 256;

    private static final Comparator<Triple> IN_SPARQL_ORDER = (a, b) -> {
        int c = NodeCmp.compareRDFTerms(a.getSubject(), b.getSubject());
        return c != 0 ? c : NodeCmp.compareRDFTerms(a.getPredicate(), b.getPredicate());
    };

    private final DatasetGraph store;
    private final Map<Node, List<Triple>> labels;
    private final Map<Node, List<Triple>> sortedInverse;

    /**
     * @param cacheLabels whether the store stays unchanged while served, so that labels and sorted
     *     inverse links can be kept
     */
    Describer(DatasetGraph store, boolean cacheLabels) {
        this.store = store;
        this.labels = cacheLabels ? new ConcurrentHashMap<>() : null;
        this.sortedInverse = cacheLabels
                ? Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<Node, List<Triple>> eldest) {
                        return size() > INVERSE_CACHE_SIZE;
                    }
                })
                : null;
    }

    Description describe(Node resource, int page) {
        return Txn.calculateRead(store, () -> {
            Graph about = GraphFactory.createDefaultGraph();
            Set<Node> graphs = new HashSet<>();
            Iterator<Quad> own = store.find(Node.ANY, resource, Node.ANY, Node.ANY);
            while (own.hasNext()) {
                Quad q = own.next();
                about.add(q.asTriple());
                graphs.add(q.getGraph());
            }
            List<Triple> all = inverse(resource);
            int from = (int) Math.min(all.size(), (long) page * PAGE_SIZE);
            int to = Math.min(all.size(), from + PAGE_SIZE);
            List<Triple> inverse = List.copyOf(all.subList(from, to));
            boolean hasNext = to < all.size();
            List<Node> labelled = new ArrayList<>();
            about.find(resource, Node.ANY, Node.ANY).forEach(t -> labelled.add(t.getObject()));
            inverse.forEach(t -> labelled.add(t.getSubject()));
            for (Node node : labelled) {
                if (node.isURI() && !node.equals(resource)) {
                    addLabels(node, about);
                }
            }
            List<Triple> answers = new ArrayList<>();
            about.find(resource, Qlod.Nodes.answer, Node.ANY)
                    .forEach(t -> store.find(Node.ANY, t.getObject(), Qlod.Nodes.answerText, Node.ANY)
                            .forEachRemaining(q -> answers.add(q.asTriple())));
            return new Description(resource, about, inverse, page, hasNext, graphs, answers, lastModified(graphs));
        });
    }

    /**
     * The resource's inverse links, each triple once, by subject then predicate in SPARQL's order
     * (the order of {@code ORDER BY ?s ?p}, which a remote store's front end asks for): a page of
     * them is then the same from the local store and from any other. The store's own index gives
     * them in the order of its node ids, which no other store shares. A resource with more than a
     * page of them keeps them while the store cannot change, so that its pages are sorted once.
     */
    private List<Triple> inverse(Node resource) {
        List<Triple> kept = sortedInverse == null ? null : sortedInverse.get(resource);
        if (kept != null) {
            return kept;
        }
        List<Triple> all = new ArrayList<>();
        Triple previous = null;
        // Quads with a bound object come in object, subject, predicate, graph order, so the
        // same triple in several graphs comes in a row. The statistics graph's slices are figures
        // counted for the pages, not links of the resource (a remote store has none of them).
        Iterator<Quad> in = store.find(Node.ANY, Node.ANY, Node.ANY, resource);
        while (in.hasNext()) {
            Quad q = in.next();
            if (q.getGraph().equals(STATISTICS)) {
                continue;
            }
            Triple t = q.asTriple();
            if (!t.equals(previous)) {
                all.add(t);
            }
            previous = t;
        }
        all.sort(IN_SPARQL_ORDER);
        if (sortedInverse != null && all.size() > PAGE_SIZE) {
            sortedInverse.put(resource, all);
        }
        return all;
    }

    private void addLabels(Node node, Graph into) {
        List<Triple> known = labels == null ? null : labels.get(node);
        if (known == null) {
            known = new ArrayList<>();
            for (Node property : Labels.LABEL_PROPERTIES) {
                Iterator<Quad> found = store.find(Node.ANY, node, property, Node.ANY);
                while (found.hasNext()) {
                    known.add(found.next().asTriple());
                }
            }
            if (labels != null) {
                if (labels.size() >= LABEL_CACHE_SIZE) {
                    labels.clear();
                }
                labels.put(node, List.copyOf(known));
            }
        }
        known.forEach(into::add);
    }

    /** The latest {@code prov:generatedAtTime} or {@code dcterms:modified} given for the graphs, in the caller's transaction. */
    private Instant lastModified(Set<Node> graphs) {
        Instant latest = null;
        for (Node g : graphs) {
            for (Node p : List.of(Prov.Nodes.generatedAtTime, DCTerms.modified.asNode())) {
                Iterator<Quad> it = store.find(Node.ANY, g, p, Node.ANY);
                while (it.hasNext()) {
                    Instant t = instant(it.next().getObject());
                    if (t != null && (latest == null || t.isAfter(latest))) {
                        latest = t;
                    }
                }
            }
        }
        return latest;
    }

    static Instant instant(Node literal) {
        if (!literal.isLiteral()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(literal.getLiteralLexicalForm()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

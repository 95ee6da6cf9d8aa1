package fr.qlod.web;

import fr.qlod.store.QuestionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.lucene.queryparser.classic.QueryParserBase;

/** The data of a local TDB2 store: descriptions by {@link Describer}, queries by ARQ, search by jena-text. */
final class LocalBackend implements Backend {
    private static final String SEARCH =
            """
            PREFIX text: <http://jena.apache.org/text#>
            SELECT ?s ?score { (?s ?score) text:query (?q ?max) } ORDER BY DESC(?score) ?s""";

    private final QuestionStore store;
    private final Describer describer;

    /** @param readOnly whether nothing can change the store while it is served, so that labels can be kept */
    LocalBackend(QuestionStore store, boolean readOnly) {
        this.store = store;
        this.describer = new Describer(store.dataset(), readOnly);
    }

    QuestionStore store() {
        return store;
    }

    @Override
    public Description describe(Node resource, int page) {
        return describer.describe(resource, page);
    }

    @Override
    public RowSetRewindable select(Query query) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                // TDB2 bindings read their nodes lazily: copied here, node by node, they never read outside
                // the transaction (where a node not in the node cache failed with "Not in a transaction")
                RowSet rows = exec.select();
                List<Binding> detached = new ArrayList<>();
                rows.forEachRemaining(b -> {
                    BindingBuilder copy = Binding.builder();
                    b.forEach(copy::add);
                    detached.add(copy.build());
                });
                return RowSetStream.create(rows.getResultVars(), detached.iterator())
                        .rewindable();
            }
        });
    }

    @Override
    public Graph construct(Query query) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(query).build()) {
                Graph g = GraphFactory.createDefaultGraph();
                exec.construct(g);
                return g;
            }
        });
    }

    /** The words are searched literally: Lucene's query syntax is escaped. */
    @Override
    public Optional<List<Node>> search(String words, int max) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(SEARCH);
        pss.setLiteral("q", QueryParserBase.escape(words));
        pss.setLiteral("max", max);
        Set<Node> found = new LinkedHashSet<>();
        select(pss.asQuery()).forEachRemaining(b -> found.add(b.get("s")));
        return Optional.of(new ArrayList<>(found));
    }

    /**
     * Gives the stored quads of a graph ({@link Node#ANY} for every graph) with a predicate (or
     * {@link Node#ANY}) to the action, in one read, without holding them.
     */
    @Override
    public void quads(Node graph, Node predicate, Consumer<Quad> action) {
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(
                dsg, () -> dsg.find(graph, Node.ANY, predicate, Node.ANY).forEachRemaining(action));
    }

    /**
     * One page of the distinct triples matching a pattern in the store ({@link Node#ANY} for a
     * free position), from {@code offset}, and how many triples match, from the store's indexes: an
     * estimate (a triple of several graphs counts once per graph; no count goes past {@link
     * Fragment#COUNT_CAP}).
     */
    @Override
    public Fragment fragment(Node subject, Node predicate, Node object, long offset, int limit) {
        DatasetGraph dsg = store.dataset();
        long estimate = store.count(subject, predicate, object, Fragment.COUNT_CAP);
        return Txn.calculateRead(dsg, () -> {
            List<Triple> page = new ArrayList<>();
            boolean more = false;
            long skip = offset;
            Triple previous = null;
            // Quads with a bound position come from an index that has the graph last, so the same
            // triple in several graphs comes in a row.
            Iterator<Quad> it = dsg.find(Node.ANY, subject, predicate, object);
            while (it.hasNext()) {
                Triple t = it.next().asTriple();
                if (t.equals(previous)) {
                    continue;
                }
                previous = t;
                if (skip > 0) {
                    skip--;
                } else if (page.size() < limit) {
                    page.add(t);
                } else {
                    more = true;
                    break;
                }
            }
            return new Fragment(page, Math.max(estimate, offset + page.size()), more);
        });
    }

    @Override
    public Instant lastLoad() {
        return store.lastLoad();
    }
}

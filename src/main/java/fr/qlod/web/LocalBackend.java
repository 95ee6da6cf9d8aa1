package fr.qlod.web;

import fr.qlod.store.QuestionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
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
    private static final String SEARCH = """
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
                return RowSetStream.create(rows.getResultVars(), detached.iterator()).rewindable();
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

    @Override
    public Instant lastLoad() {
        return store.lastLoad();
    }
}

package fr.qlod.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query processor with the server's limits: an overall timeout on every query, and a
 * result limit applied by rewriting the query: a query without {@code LIMIT}, or with a larger one,
 * runs with {@code LIMIT resultLimit} (for CONSTRUCT and DESCRIBE this bounds the solutions).
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    private final Duration timeout;
    private final long resultLimit;

    LimitedQuery(Duration timeout, long resultLimit) {
        this.timeout = timeout;
        this.resultLimit = resultLimit;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        return QueryExec.newBuilder().dataset(dataset).query(limited(query, resultLimit)).context(action.getContext())
                .overallTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    static Query limited(Query query, long limit) {
        if (query.isAskType() || (query.hasLimit() && query.getLimit() <= limit)) {
            return query;
        }
        Query copy = query.cloneQuery();
        copy.setLimit(limit);
        return copy;
    }
}

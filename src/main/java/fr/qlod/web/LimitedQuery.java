package fr.qlod.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's query processor with the server's limits: an overall timeout on every query; a result
 * limit applied by rewriting the query (a query without {@code LIMIT}, or with a larger one, runs
 * with the limit; for CONSTRUCT and DESCRIBE this bounds the solutions); and {@code SERVICE} only to
 * the endpoints of the {@link ServicePolicy}, else 400. A SELECT response says the limit in
 * {@value #LIMIT_HEADER}, and {@value #TRUNCATED_HEADER}{@code : true} when rows were left out: the
 * query runs with one row more than the limit, so that a result of exactly the limit is not taken for
 * a cut one.
 */
final class LimitedQuery extends SPARQL_QueryDataset {
    /** The server's row limit, on every SELECT response. */
    static final String LIMIT_HEADER = "Qlod-Result-Limit";
    /** {@code true} on a SELECT response that the limit cut. */
    static final String TRUNCATED_HEADER = "Qlod-Result-Truncated";

    private final Duration timeout;
    private final long resultLimit;
    private final ServicePolicy services;

    LimitedQuery(Duration timeout, long resultLimit, ServicePolicy services) {
        this.timeout = timeout;
        this.resultLimit = resultLimit;
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        String refusal = services.refusal(query);
        if (refusal != null) {
            ServletOps.errorBadRequest(refusal);
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Context context = action.getContext().copy();
        services.guard(context);
        Query run = limited(query, query.isSelectType() ? resultLimit + 1 : resultLimit);
        return QueryExec.newBuilder()
                .dataset(dataset)
                .query(run)
                .context(context)
                .overallTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        if (!result.isRowSet()) {
            return result;
        }
        action.setResponseHeader(LIMIT_HEADER, Long.toString(resultLimit));
        // The headers go before the first row, so the rows up to the limit are read first.
        RowSet rows = result.rowSet();
        List<Binding> kept = new ArrayList<>();
        while (rows.hasNext() && kept.size() < resultLimit) {
            kept.add(rows.next());
        }
        if (rows.hasNext()) {
            action.setResponseHeader(TRUNCATED_HEADER, "true");
        }
        return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
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

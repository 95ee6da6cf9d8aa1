package fr.qlod.web;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query processor for a front end over a remote store: the query, parsed and limited here
 * as {@link LimitedQuery} limits a local one (the same result limit and timeout), is run by the remote
 * endpoint, and Fuseki writes its results in the format the client negotiated. Only queries reach
 * it: {@code /sparql} has no update operation, so the remote store is read-only through this server.
 */
final class EndpointQuery extends SPARQL_QueryDataset {
    private final EndpointBackend store;
    private final Duration timeout;
    private final long resultLimit;

    /** @param store the pages' requests to the store, whose client and way of sending queries this one shares */
    EndpointQuery(EndpointBackend store, Duration timeout, long resultLimit) {
        this.store = store;
        this.timeout = timeout;
        this.resultLimit = resultLimit;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph ignored) {
        // the /sparql time-out, in place of the one the pages give their requests to the store
        return store.exec()
                .query(LimitedQuery.limited(query, resultLimit))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }
}

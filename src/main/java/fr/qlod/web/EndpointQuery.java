package fr.qlod.web;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QuerySendMode;

/**
 * Fuseki's query processor for a front end over a remote store: the query, parsed and limited here
 * as {@link LimitedQuery} limits a local one (the same result limit and timeout), is run by the remote
 * endpoint, and Fuseki writes its results in the format the client negotiated. Only queries reach
 * it: {@code /sparql} has no update operation, so the remote store is read-only through this server.
 */
final class EndpointQuery extends SPARQL_QueryDataset {
    private final String endpoint;
    private final Duration timeout;
    private final long resultLimit;

    EndpointQuery(URI endpoint, Duration timeout, long resultLimit) {
        this.endpoint = endpoint.toString();
        this.timeout = timeout;
        this.resultLimit = resultLimit;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph ignored) {
        return QueryExecHTTP.service(endpoint)
                .query(LimitedQuery.limited(query, resultLimit))
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // a long query as a form, never as an application/sparql-query body, which Virtuoso 7.2 never answers
                .sendMode(QuerySendMode.asGetWithLimitForm)
                .build();
    }
}

package fr.qlod.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;

/**
 * Which remote endpoints a query of {@code /sparql} may call with {@code SERVICE}: none unless the
 * server was given them. A public endpoint that runs any {@code SERVICE} can be made to send requests
 * to any address, the server's own network included. A query is checked twice: before it runs, so
 * that the client gets a 400 naming the endpoint, and as it runs, by the one service executor the
 * query's context knows, for a {@code SERVICE} the first check cannot see (inside {@code EXISTS}, or
 * named by a variable).
 */
final class ServicePolicy {
    private final Set<String> allowed;

    ServicePolicy(List<URI> allowed) {
        this.allowed = Set.copyOf(allowed.stream().map(URI::toString).toList());
    }

    Set<String> allowed() {
        return allowed;
    }

    /** The message refusing the query's first forbidden {@code SERVICE}, or null when it may run. */
    String refusal(Query query) {
        List<Node> services = new ArrayList<>();
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                services.add(op.getService());
            }
        });
        for (Node service : services) {
            if (!isAllowed(service)) {
                return message(service);
            }
        }
        return null;
    }

    /** Makes the query's context run only allowed services. */
    void guard(Context context) {
        ChainingServiceExecutor check = (opExec, original, binding, execCxt, chain) -> {
            if (!isAllowed(opExec.getService())) {
                throw new QueryExecException(message(opExec.getService()));
            }
            return chain.createExecution(opExec, original, binding, execCxt);
        };
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get(context).copy();
        registry.getSingleChain().add(0, check);
        ServiceExecutorRegistry.set(context, registry);
    }

    private boolean isAllowed(Node service) {
        return service.isURI() && allowed.contains(service.getURI());
    }

    private String message(Node service) {
        String named = service.isURI() ? "<" + service.getURI() + ">" : "named by the variable " + service;
        return "SERVICE " + named + " is not allowed on this endpoint: "
                + (allowed.isEmpty()
                        ? "this server calls no remote endpoint"
                        : "it calls only "
                                + String.join(", ", allowed.stream().sorted().toList()))
                + ". Run federated queries on your own machine (e.g. qlod query --endpoint).";
    }
}

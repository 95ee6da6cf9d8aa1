package fr.qlod.store;

/**
 * How a remote load writes into a SPARQL store. A remote store gives no transaction across
 * requests: what one request wrote stays when a later one fails.
 */
public enum RemoteProtocol {
    /**
     * Graph Store Protocol, one HTTP PUT per named graph (a mention graph is read first, merged and
     * PUT back): understood by nearly every store; one request per record. A failure leaves every
     * graph PUT before it, each whole.
     */
    GSP,
    /**
     * N-Quads POSTed to a dataset endpoint (as Fuseki accepts), many graphs per request, after one
     * SPARQL Update that drops the graphs the batch replaces. A failure between the two requests
     * leaves those graphs dropped and not yet written back; resuming writes them.
     */
    QUADS,
    /**
     * SPARQL Update batches of {@code DROP SILENT GRAPH} + {@code INSERT DATA} in one request (one
     * transaction on Fuseki and Virtuoso): a failure leaves whole batches only.
     */
    UPDATE,
    /**
     * Virtuoso only: one SPARQL Update that drops the graphs the batch replaces, then the batch's
     * N-Quads handed to Virtuoso's Turtle loader ({@code DB.DBA.TTLP}) in one SPARQL query through
     * Virtuoso's {@code sql:} functions, about ten times faster than {@code INSERT DATA} there. Each
     * request is one transaction; a failure between the two leaves the batch's replaced graphs
     * dropped and not yet written back, as with {@link #QUADS}; resuming writes them. Needs the
     * right to execute {@code DB.DBA.TTLP} ({@code dba} has it).
     */
    TTLP;

    /** The option value, e.g. {@code gsp}. */
    public String option() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

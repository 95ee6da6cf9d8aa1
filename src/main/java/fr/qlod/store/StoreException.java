package fr.qlod.store;

import fr.qlod.QlodException;

/**
 * A store could not be opened, loaded or reached. Carries the store's directory or endpoint, and for
 * a remote load the graph being sent and the HTTP status (0 when there was no answer).
 */
public class StoreException extends QlodException {
    private final String location;
    private final String graph;
    private final int httpStatus;

    public StoreException(String location, String message, Throwable cause) {
        this(location, null, 0, message, cause);
    }

    public StoreException(String location, String graph, int httpStatus, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
        this.graph = graph;
        this.httpStatus = httpStatus;
    }

    /** The store's directory or the remote endpoint. */
    public String location() {
        return location;
    }

    /** The named graph being written when the failure happened, or null. */
    public String graph() {
        return graph;
    }

    /** The HTTP status of a failed remote request, or 0. */
    public int httpStatus() {
        return httpStatus;
    }
}

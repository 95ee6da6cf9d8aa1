package fr.qlod;

/**
 * The root of qlod's own errors. Subtypes carry their context as final fields, and the CLI maps
 * each to an exit code.
 */
public class QlodException extends RuntimeException {
    public QlodException(String message) {
        super(message);
    }

    public QlodException(String message, Throwable cause) {
        super(message, cause);
    }
}

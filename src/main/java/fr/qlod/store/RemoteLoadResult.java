package fr.qlod.store;

/**
 * What a remote load did: the graphs written (as {@link LoadResult} counts them), the graphs an
 * earlier, interrupted run had already written and that were not sent again, and the HTTP requests
 * made.
 */
public record RemoteLoadResult(LoadResult load, long graphsResumed, long requests) {}

package fr.qlod.store;

/**
 * What a load did: named graphs that already existed and were replaced, graphs that were new, and
 * quads written.
 */
public record LoadResult(long graphsReplaced, long graphsAdded, long quads) {

    /** Every named graph the load wrote. */
    public long graphs() {
        return graphsReplaced + graphsAdded;
    }
}

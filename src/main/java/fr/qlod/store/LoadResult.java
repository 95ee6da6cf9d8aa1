package fr.qlod.store;

/**
 * What a load did: record graphs that already existed and were replaced, mention graphs that
 * already existed and were merged with the new statements (see {@code fr.qlod.mapping.Mentions}),
 * graphs that were new, and quads sent to the store.
 */
public record LoadResult(long graphsReplaced, long graphsMerged, long graphsAdded, long quads) {

    /** Every named graph the load wrote. */
    public long graphs() {
        return graphsReplaced + graphsMerged + graphsAdded;
    }
}

package fr.qlod.parse;

/** What to do when one document or record is bad. */
public enum ErrorPolicy {
    /** Stop at the first bad document. */
    STRICT,
    /** Report it, skip it and go on with the others. */
    BEST_EFFORT
}

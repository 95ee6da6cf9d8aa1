package fr.qlod.web;

/** The links to the previous and next pages, each null when there is none. */
record Pager(String previous, String next) {
    static final Pager NONE = new Pager(null, null);

    /** The pager of page {@code page} of {@code base} (which ends in {@code ?} or {@code &}). */
    static Pager of(String base, String parameter, int page, boolean hasNext) {
        return new Pager(
                page > 0 ? base + parameter + "=" + (page - 1) : null,
                hasNext ? base + parameter + "=" + (page + 1) : null);
    }
}

package fr.qlod.web;

import java.util.List;
import org.apache.jena.graph.Triple;

/**
 * One page of a triple pattern fragment: its triples, an estimate of how many triples match the
 * pattern in all, and whether a next page exists.
 */
record Fragment(List<Triple> triples, long estimate, boolean hasNext) {
    /** Counting goes no further: a client only needs to know that a pattern is that large. */
    static final long COUNT_CAP = 1_000_000;

    Fragment {
        triples = List.copyOf(triples);
    }
}

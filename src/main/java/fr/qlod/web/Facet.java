package fr.qlod.web;

import java.util.List;

/** A facet of a search: its parameter name, its label, and its values with their counts. */
record Facet(String name, String label, List<Value> values) {
    /** A value: its key in the address, its label, how many results have it, whether it is chosen, the link that toggles it. */
    record Value(String key, String label, long count, boolean selected, String href) {}

    Facet {
        values = List.copyOf(values);
    }
}

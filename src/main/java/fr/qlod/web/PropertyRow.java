package fr.qlod.web;

import java.util.List;

/** A row of a property table: the property's label and its values. */
record PropertyRow(String property, List<Cell> values) {
    PropertyRow {
        values = List.copyOf(values);
    }
}

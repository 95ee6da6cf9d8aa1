package fr.qlod.web;

import java.util.List;

/**
 * One line of a summary card: a key (for styles and tests), its label, its values, and a CSS class
 * that marks it (an answered or pending status, a late answer), or null.
 */
record Fact(String key, String label, List<Cell> values, String mark) {
    Fact {
        values = List.copyOf(values);
    }
}

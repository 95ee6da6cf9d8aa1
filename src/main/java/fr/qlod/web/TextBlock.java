package fr.qlod.web;

import java.util.ArrayList;
import java.util.List;

/** A text shown as paragraphs under a heading (a link when {@code href} is given). */
record TextBlock(String heading, String href, List<String> paragraphs) {
    TextBlock {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The text cut into paragraphs at blank lines, each stripped. */
    static TextBlock of(String heading, String href, String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                paragraphs.add(block.strip().replaceAll("\\s*\\R\\s*", " "));
            }
        }
        return new TextBlock(heading, href, paragraphs);
    }
}

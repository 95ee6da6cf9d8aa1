package fr.qlod.web;

import java.util.List;

/** The page of a resource of no particular kind: its texts, then the generic table. */
record ResourcePage(Chrome chrome, Generic generic, List<TextBlock> texts) {
    ResourcePage {
        texts = List.copyOf(texts);
    }
}

package fr.qlod.web;

import java.util.List;

/** The home page: the dataset's counts and a few example resources. */
record HomePage(Chrome chrome, String triples, String documents, String subjects, List<Cell> examples) {
    HomePage {
        examples = List.copyOf(examples);
    }
}

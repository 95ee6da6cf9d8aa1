package fr.qlod.model;

import java.util.List;

/**
 * The Assemblée's indexing of a question.
 *
 * @param rubrique     broad heading ("télécommunications"), or null
 * @param teteAnalyse  tête d'analyse ("Internet"), or null
 * @param analyses     analysis phrases, in order (possibly empty)
 * @param title        the "Titre" of legislature 15+ and of /dyn/ pages, or null
 */
public record Indexing(String rubrique, String teteAnalyse, List<String> analyses, String title) {
    public static final Indexing EMPTY = new Indexing(null, null, List.of(), null);

    public Indexing {
        rubrique = Checks.blankToNull(rubrique);
        teteAnalyse = Checks.blankToNull(teteAnalyse);
        analyses = Checks.list(analyses).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        title = Checks.blankToNull(title);
    }
}

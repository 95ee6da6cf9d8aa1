package fr.qlod.web;

import java.util.List;

/**
 * A search's page: the words, the chosen filters (as hidden fields of the form), how many questions
 * match, one page of them, the facets, the suggestions (concepts, organs, deputies whose names
 * matched), the sort and the pager.
 */
record SearchPage(
        Chrome chrome,
        String q,
        List<Cell> hidden,
        int total,
        boolean more,
        List<SearchResult> results,
        List<Facet> facets,
        List<Cell> suggestions,
        String sort,
        String byRelevance,
        String byDate,
        String from,
        String to,
        Pager pager,
        String clear) {
    SearchPage {
        hidden = List.copyOf(hidden);
        results = List.copyOf(results);
        facets = List.copyOf(facets);
        suggestions = List.copyOf(suggestions);
    }
}

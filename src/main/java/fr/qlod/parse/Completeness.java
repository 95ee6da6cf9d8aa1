package fr.qlod.parse;

import fr.qlod.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * What a question record lacks among the fields every question page and record gives: the
 * author, the ministry, the publication date, some indexing, and a text unless the question was
 * withdrawn (a withdrawn oral question may have none). A reader that leaves one of
 * them empty on a real page has misread it; {@code qlod inspect --require-complete} uses this
 * to check readers against real samples.
 */
public final class Completeness {
    private Completeness() {}

    /** The names of the missing fields; empty when the record is complete. */
    public static List<String> missing(Question q) {
        List<String> missing = new ArrayList<>();
        if (q.author() == null) {
            missing.add("author");
        }
        if (q.questioned() == null && q.allocations().isEmpty()) {
            missing.add("ministry");
        }
        if (q.published() == null) {
            missing.add("publication date");
        }
        if (q.indexing().rubrique() == null
                && q.indexing().title() == null
                && q.indexing().teteAnalyse() == null) {
            missing.add("indexing (rubrique, tête d'analyse or title)");
        }
        if (q.text().isEmpty() && q.answers().isEmpty() && !q.status().isWithdrawn()) {
            missing.add("text of the question or of the answer");
        }
        if (q.status() == fr.qlod.model.Status.ANSWERED && q.answers().isEmpty()) {
            missing.add("answer of an answered question");
        }
        return missing;
    }
}

package fr.qlod.web;

import java.time.LocalDate;
import java.util.List;

/**
 * One question as tables, search results and figures show it: what it is, when, who asked whom, its
 * status, its answer date and delay (null when unanswered), its group at the date, its rubriques.
 */
record QuestionRow(
        String iri,
        String href,
        String label,
        String subject,
        Cell type,
        String typeKey,
        String number,
        LocalDate date,
        Cell author,
        Cell ministry,
        Cell status,
        String statusKey,
        boolean answered,
        LocalDate answerDate,
        Long delay,
        Cell group,
        List<Cell> rubriques,
        Cell legislature) {
    QuestionRow {
        rubriques = List.copyOf(rubriques);
    }

    /** Whether it was answered after the two months of the Règlement. */
    boolean late() {
        return answered && delay != null && Dates.late(delay);
    }

    Integer year() {
        return date == null ? null : date.getYear();
    }
}

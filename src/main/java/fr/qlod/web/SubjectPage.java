package fr.qlod.web;

import java.util.List;

/**
 * The page of a deputy, a group, a ministry, a legislature or a concept: its identity, a deputy's
 * mandates as a timeline, the figures of its questions with their charts, the sorted, paged table of
 * its questions, then the generic table; {@code figuresNote} (or null) says which questions the
 * figures count when they are not those of the table.
 */
record SubjectPage(
        Chrome chrome,
        Generic generic,
        Subject kind,
        List<Fact> identity,
        List<Cell> mandates,
        Figures figures,
        String figuresNote,
        QuestionTable table) {
    SubjectPage {
        identity = List.copyOf(identity);
        mandates = List.copyOf(mandates);
    }
}

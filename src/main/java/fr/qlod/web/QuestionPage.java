package fr.qlod.web;

import java.util.List;

/**
 * The page of a question: its summary card, its texts (the question's, then each answer's), the
 * report recommendations it cites and the questions that got the same answer, its links to the
 * Assemblée and NosDéputés, then the generic table.
 */
record QuestionPage(
        Chrome chrome,
        Generic generic,
        List<Fact> card,
        List<TextBlock> texts,
        List<Cell> cited,
        List<Cell> identical,
        List<Cell> links) {
    QuestionPage {
        card = List.copyOf(card);
        texts = List.copyOf(texts);
        cited = List.copyOf(cited);
        identical = List.copyOf(identical);
        links = List.copyOf(links);
    }
}

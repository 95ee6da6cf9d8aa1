package fr.qlod.web;

/** A question found by a search, with the excerpt of its text that matched. */
record SearchResult(QuestionRow row, Excerpt excerpt) {}

package fr.qlod.source;

import java.util.List;

/** The built-in readers in detection order: the most specific markers first. */
final class Readers {
    private Readers() {
    }

    static List<QuestionReader> all() {
        return List.of(
                new EzPublishHtmlReader(),
                new TableHtmlReader(),
                new TextTableReader());
    }
}

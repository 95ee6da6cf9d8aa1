package fr.qlod.parse;

import java.util.List;

/** The built-in readers in detection order: markup formats first, plain-text dumps last. */
final class Readers {
    private Readers() {}

    static List<QuestionReader> all() {
        return List.of(
                new OpenDataJsonReader(),
                new OpenDataXmlReader(),
                new AmoJsonReader(),
                new AmoXmlReader(),
                new XmlViewReader(),
                new FicheHtmlReader(),
                new EzPublishHtmlReader(),
                new TableHtmlReader(),
                new DynHtmlReader(),
                new TextDynReader(),
                new TextTableReader());
    }
}

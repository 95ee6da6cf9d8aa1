package fr.qlod.web;

/** A value shown on a page: text, a link when {@code href} is given, a language tag when {@code lang} is. */
record Cell(String text, String href, String lang) {
    static Cell text(String text) {
        return new Cell(text, null, null);
    }

    static Cell link(String text, String href) {
        return new Cell(text, href, null);
    }
}

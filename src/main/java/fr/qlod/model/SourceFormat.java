package fr.qlod.model;

/** The source formats qlod reads, each with the label used in messages and provenance. */
public enum SourceFormat {
    TEXT_TABLE("text dump of the 2009-2015 table page"),
    TEXT_DYN("text dump of the /dyn/ page"),
    HTML_FICHE("FICHE HTML page (legislatures 7-13)"),
    HTML_TABLE("table HTML page (2009-2015)"),
    HTML_EZPUBLISH("ez-publish HTML page (legislatures 14-16)"),
    HTML_DYN("/dyn/ HTML page (2022-)"),
    XML_VIEW("per-question XML view"),
    OPENDATA_JSON("open-data question record (JSON)"),
    OPENDATA_XML("open-data question record (XML)"),
    AMO_JSON("AMO actors, mandates and organs (JSON)"),
    AMO_XML("AMO actors, mandates and organs (XML)");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

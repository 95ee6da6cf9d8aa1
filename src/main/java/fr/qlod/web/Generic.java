package fr.qlod.web;

import java.util.List;

/**
 * What every resource page shows: its title and IRI, its types, its links to the Assemblée's
 * official pages, the table of its properties, one page of the links pointing at it, and the links to
 * its other formats.
 */
record Generic(
        String title,
        String iri,
        List<String> types,
        List<Cell> official,
        List<PropertyRow> properties,
        List<PropertyRow> inverse,
        Pager inversePager,
        List<FormatLink> formats) {
    Generic {
        types = List.copyOf(types);
        official = List.copyOf(official);
        properties = List.copyOf(properties);
        inverse = List.copyOf(inverse);
        formats = List.copyOf(formats);
    }
}

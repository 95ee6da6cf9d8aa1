package fr.qlod.mapping;

import fr.qlod.model.Origin;
import org.apache.jena.graph.Node;

/** The provenance every named graph carries about itself. */
final class Provenance {
    private Provenance() {}

    /** Describes a graph computed across records (no origin). */
    static void emit(GraphWriter w, MappingContext context) {
        emit(w, context, null, null);
    }

    /**
     * The name a source location is published under: a web address as it is; a file by its name
     * alone ({@code QANR5L14QE59906.json}, {@code dump.zip!/json/Q1.json} for a zip entry), since the
     * folders it was read from belong to the machine that converted it, not to the data.
     */
    static String publicName(String location) {
        if (ExternalLinks.isWebUrl(location)) {
            return location;
        }
        int entry = location.indexOf("!/");
        String file = entry < 0 ? location : location.substring(0, entry);
        String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
        return entry < 0 ? name : name + location.substring(entry);
    }

    /**
     * Describes the graph: a {@code prov:Entity} generated at the context's fixed time by this
     * converter version, from a source file (named without its folders) in a format, derived from the source URL when the
     * source printed a usable one.
     *
     * @param origin where the record came from, or null for a graph computed across records
     * @param record the record's key, named when its source URL is unusable
     * @throws MappingException when the source printed a URL that is not a web address (the rest is written)
     */
    static void emit(GraphWriter w, MappingContext context, Origin origin, String record) {
        Node g = w.graph();
        w.type(g, Prov.Nodes.Entity);
        w.dateTime(g, Prov.Nodes.generatedAtTime, context.generatedAt());
        w.string(g, Qlod.Nodes.converterVersion, context.converterVersion());
        if (origin == null) {
            return;
        }
        w.string(g, Qlod.Nodes.sourceFormat, origin.format().name());
        w.string(g, Qlod.Nodes.sourceLocation, publicName(origin.location()));
        if (origin.sourceUrl() != null) {
            if (ExternalLinks.isWebUrl(origin.sourceUrl())) {
                w.link(g, Prov.Nodes.wasDerivedFrom, origin.sourceUrl());
            } else {
                throw new MappingException(record, "source URL", "not a web address: '" + origin.sourceUrl() + "'");
            }
        }
    }
}

package fr.qlod.web;

import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/** The representations a document can be served in, with their media type and file suffix. */
enum Format {
    HTML("text/html", ".html", null),
    TURTLE("text/turtle", ".ttl", RDFFormat.TURTLE_BLOCKS),
    JSONLD("application/ld+json", ".jsonld", RDFFormat.JSONLD11),
    RDFXML("application/rdf+xml", ".rdf", RDFFormat.RDFXML_PRETTY),
    NTRIPLES("application/n-triples", ".nt", RDFFormat.NTRIPLES),
    NQUADS("application/n-quads", ".nq", RDFFormat.NQUADS),
    TRIG("application/trig", ".trig", RDFFormat.TRIG_BLOCKS),
    JSON("application/json", ".json", null);

    private final String mediaType;
    private final String suffix;
    private final RDFFormat rdf;

    Format(String mediaType, String suffix, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdf = rdf;
    }

    String mediaType() {
        return mediaType;
    }

    String suffix() {
        return suffix;
    }

    /** The RIOT writer format, or null for HTML and JSON. */
    RDFFormat rdf() {
        return rdf;
    }

    Lang lang() {
        return rdf == null ? null : rdf.getLang();
    }

    /** Whether the format holds named graphs (N-Quads, TriG). */
    boolean isQuads() {
        return this == NQUADS || this == TRIG;
    }

    /** The content type header value (with charset). */
    String contentType() {
        return mediaType + ";charset=utf-8";
    }

    static Optional<Format> ofSuffix(String suffix) {
        for (Format f : values()) {
            if (f.suffix.equals(suffix)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

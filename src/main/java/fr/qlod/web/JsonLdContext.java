package fr.qlod.web;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import fr.qlod.mapping.Qlod;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * The JSON-LD context published at {@value #PATH}: the prefixes of the documents, and one term per
 * class and property the ontology declares in its own namespace ({@code askedBy} for
 * {@code qlod:askedBy}), object properties typed {@code @id} and datatype properties typed with
 * their XSD range, so that a JSON-LD document reads as plain JSON. Documents are compacted against
 * it and name it by URL instead of carrying it; compaction never loses a triple (a value the context
 * does not fit stays in expanded form).
 */
final class JsonLdContext {
    static final String PATH = "/context.jsonld";
    private static final String ID = "@id";
    private static final String TYPE = "@type";

    private final JsonObject context;
    private final byte[] document;

    JsonLdContext(Graph ontology) {
        this.context = build(ontology);
        this.document =
                write(Json.createObjectBuilder().add("@context", context).build());
    }

    /** The context document, {@code {"@context": {…}}}. */
    byte[] document() {
        return document;
    }

    /**
     * The graph as compacted JSON-LD whose {@code @context} is the URL of the published context.
     *
     * @param contextUrl the absolute URL the client can fetch the context from
     */
    byte[] compact(Graph graph, String contextUrl) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.JSONLD11).output(expanded);
        try {
            JsonObject compacted = JsonLd.compact(
                            JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                            JsonDocument.of(Json.createObjectBuilder()
                                    .add("@context", context)
                                    .build()))
                    .get();
            JsonObjectBuilder out = Json.createObjectBuilder().add("@context", contextUrl);
            compacted.forEach((k, v) -> {
                if (!k.equals("@context")) {
                    out.add(k, v);
                }
            });
            return write(out.build());
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact a document against the context: " + e.getMessage(), e);
        }
    }

    private static JsonObject build(Graph ontology) {
        Map<String, Object> terms = new TreeMap<>();
        Labels.PREFIXES.getNsPrefixMap().forEach(terms::put);
        for (Node kind : new Node[] {
            OWL.Class.asNode(),
            RDFS.Class.asNode(),
            OWL.ObjectProperty.asNode(),
            OWL.DatatypeProperty.asNode(),
            RDF.Property.asNode()
        }) {
            for (Triple t : ontology.find(Node.ANY, RDF.type.asNode(), kind).toList()) {
                Node term = t.getSubject();
                if (!term.isURI() || !term.getURI().startsWith(Qlod.NS)) {
                    continue;
                }
                String name = term.getURI().substring(Qlod.NS.length());
                if (name.isEmpty() || Labels.PREFIXES.getNsPrefixURI(name) != null) {
                    continue;
                }
                String type = kind.equals(OWL.ObjectProperty.asNode()) ? ID : xsdRange(ontology, term);
                terms.putIfAbsent(name, type == null ? term.getURI() : Map.of(ID, term.getURI(), TYPE, type));
            }
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        terms.forEach((name, value) -> {
            if (value instanceof String iri) {
                b.add(name, iri);
            } else {
                @SuppressWarnings("unchecked")
                Map<String, String> m = (Map<String, String>) value;
                b.add(name, Json.createObjectBuilder().add(ID, m.get(ID)).add(TYPE, m.get(TYPE)));
            }
        });
        return b.build();
    }

    /** The property's one XSD range other than xsd:string (plain strings need no coercion), or null. */
    private static String xsdRange(Graph ontology, Node property) {
        var ranges = ontology.find(property, RDFS.range.asNode(), Node.ANY)
                .mapWith(Triple::getObject)
                .toList();
        if (ranges.size() != 1 || !ranges.get(0).isURI()) {
            return null;
        }
        String range = ranges.get(0).getURI();
        return range.startsWith(XSD.NS) && !range.equals(XSD.xstring.getURI()) ? range : null;
    }

    private static byte[] write(JsonObject json) {
        JsonWriterFactory factory = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter w = factory.createWriter(out, StandardCharsets.UTF_8)) {
            w.write(json);
        }
        return out.toByteArray();
    }
}

package fr.qlod.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes the quads of one record into its named graph, skipping null values and repeated
 * triples (a record names the same ministry or concept more than once); or, made by
 * {@link #mentions}, writes what a record says about a shared resource to the conversion's
 * {@link Mentions}.
 */
final class GraphWriter {
    private static final String FR = "fr";
    private static final String EN = "en";

    /** Where the writer's statements go. */
    private interface Sink {
        void add(Node s, Node p, Node o);
    }

    private final Node graph;
    private final Sink sink;

    GraphWriter(StreamRDF out, String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        // sized for a question's graph (about 60 statements), so that it is not rehashed as it grows
        Set<Triple> seen = new HashSet<>(128);
        this.graph = g;
        this.sink = (s, p, o) -> {
            if (seen.add(Triple.create(s, p, o))) {
                out.quad(Quad.create(g, s, p, o));
            }
        };
    }

    private GraphWriter(Mentions mentions) {
        this.graph = null;
        this.sink = mentions::add;
    }

    /** A writer of statements about shared resources, collected by {@code mentions}; it has no graph. */
    static GraphWriter mentions(Mentions mentions) {
        return new GraphWriter(mentions);
    }

    /** The record's graph; null for a {@linkplain #mentions mentions} writer. */
    Node graph() {
        return graph;
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    void add(Node s, Node p, Node o) {
        if (o != null) {
            sink.add(s, p, o);
        }
    }

    void type(Node s, Node type) {
        add(s, RDF.Nodes.type, type);
    }

    void link(Node s, Node p, String iri) {
        if (iri != null) {
            add(s, p, iri(iri));
        }
    }

    void string(Node s, Node p, String value) {
        if (value != null && !value.isBlank()) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    void fr(Node s, Node p, String value) {
        lang(s, p, value, FR);
    }

    void en(Node s, Node p, String value) {
        lang(s, p, value, EN);
    }

    private void lang(Node s, Node p, String value, String lang) {
        if (value != null && !value.isBlank()) {
            add(s, p, NodeFactory.createLiteralLang(value, lang));
        }
    }

    void integer(Node s, Node p, Integer value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger));
        }
    }

    void bool(Node s, Node p, boolean value) {
        add(s, p, NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    void date(Node s, Node p, LocalDate value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
        }
    }

    void dateTime(Node s, Node p, Instant value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdateTime));
        }
    }
}

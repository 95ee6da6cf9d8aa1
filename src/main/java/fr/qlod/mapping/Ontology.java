package fr.qlod.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The ontology ({@code ontology/qlod.ttl}) and SHACL shapes ({@code ontology/shapes.ttl}) as
 * packaged on the classpath under {@code fr/qlod/ontology/}.
 *
 * <pre>
 * ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), data);
 * </pre>
 */
public final class Ontology {
    /** The classpath folder of the ontology files. */
    public static final String RESOURCES = "fr/qlod/ontology/";

    public static final String ONTOLOGY_FILE = "qlod.ttl";
    public static final String SHAPES_FILE = "shapes.ttl";

    private Ontology() {}

    /** The ontology as a new graph. */
    public static Graph graph() {
        return load(ONTOLOGY_FILE);
    }

    /** The shapes graph. */
    public static Graph shapesGraph() {
        return load(SHAPES_FILE);
    }

    /** The parsed SHACL shapes that converter output must conform to. */
    public static Shapes shapes() {
        return Shapes.parse(shapesGraph());
    }

    private static Graph load(String file) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = Ontology.class.getClassLoader().getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + RESOURCES + file);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(Qlod.ONTOLOGY).parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return graph;
    }
}

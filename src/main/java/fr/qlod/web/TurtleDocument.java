package fr.qlod.web;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.io.AWriter;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes a document's graph as Turtle: its prefixes, then its triples grouped by subject and by
 * predicate, types first, in the order the graph gives them. Each node is written by Jena's {@link
 * NodeFormatterTTL} (escapes, prefixed names, numbers); only the layout is written here, in one pass
 * into a buffered writer. Jena's own Turtle writers put every character through an {@code
 * IndentedWriter}, which would be more than half of what a document costs to serve: question and
 * answer texts are thousands of characters long.
 *
 * <pre>
 * byte[] turtle = TurtleDocument.write(graph, Labels.PREFIXES);
 * </pre>
 */
final class TurtleDocument {
    private static final String INDENT = "    ";

    private TurtleDocument() {}

    /** The graph as Turtle in UTF-8, with every prefix of {@code prefixes} declared. */
    static byte[] write(Graph graph, PrefixMapping prefixes) {
        PrefixMap map = PrefixMapFactory.create(prefixes);
        NodeFormatter nodes = new NodeFormatterTTL(null, map);
        Map<Node, Map<Node, List<Node>>> bySubject = new LinkedHashMap<>();
        graph.find().forEachRemaining(t -> bySubject
                .computeIfAbsent(t.getSubject(), s -> new LinkedHashMap<>())
                .computeIfAbsent(t.getPredicate(), p -> new ArrayList<>())
                .add(t.getObject()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        AWriter out = IO.wrapUTF8(bytes);
        prefixes.getNsPrefixMap().forEach((prefix, namespace) -> {
            out.write("PREFIX ");
            out.write(prefix);
            out.write(": <");
            out.write(namespace);
            out.write(">\n");
        });
        for (Map.Entry<Node, Map<Node, List<Node>>> subject : bySubject.entrySet()) {
            out.write("\n");
            nodes.format(out, subject.getKey());
            Map<Node, List<Node>> predicates = subject.getValue();
            String separator = "\n" + INDENT;
            List<Node> types = predicates.get(RDF.Nodes.type);
            if (types != null) {
                out.write(separator);
                out.write("a");
                objects(out, nodes, types);
                separator = " ;\n" + INDENT;
            }
            for (Map.Entry<Node, List<Node>> predicate : predicates.entrySet()) {
                if (predicate.getKey().equals(RDF.Nodes.type)) {
                    continue;
                }
                out.write(separator);
                nodes.format(out, predicate.getKey());
                objects(out, nodes, predicate.getValue());
                separator = " ;\n" + INDENT;
            }
            out.write(" .\n");
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static void objects(AWriter out, NodeFormatter nodes, List<Node> objects) {
        String between = " ";
        for (Node object : objects) {
            out.write(between);
            nodes.format(out, object);
            between = " , ";
        }
    }
}

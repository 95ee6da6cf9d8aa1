package fr.qlod.web;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What a document says about a resource: its own triples with the labels of what they point to
 * ({@code about}), one page of the triples pointing at it ({@code inverse}, with the labels of their
 * subjects in {@code about} too), whether a next page exists, and the named graphs its triples come
 * from.
 */
record Description(Node resource, Graph about, List<Triple> inverse, int page, boolean hasNext, Set<Node> graphs) {

    boolean isEmpty() {
        return about.isEmpty() && inverse.isEmpty();
    }
}

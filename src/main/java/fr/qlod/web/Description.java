package fr.qlod.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What a document says about a resource: its own triples with the labels of what they point to
 * ({@code about}), one page of the triples pointing at it ({@code inverse}, with the labels of their
 * subjects in {@code about} too), whether a next page exists, the named graphs its triples come
 * from, and, for the HTML page only, the texts of the answers a question links to ({@code answers}:
 * answer → text, so a reader sees question and answer together; the RDF documents leave them to the
 * answer's own description), and when those graphs were last generated ({@code modified}, null if
 * none says).
 */
record Description(
        Node resource,
        Graph about,
        List<Triple> inverse,
        int page,
        boolean hasNext,
        Set<Node> graphs,
        List<Triple> answers,
        Instant modified) {

    boolean isEmpty() {
        return about.isEmpty() && inverse.isEmpty();
    }
}

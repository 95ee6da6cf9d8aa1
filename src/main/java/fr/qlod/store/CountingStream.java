package fr.qlod.store;

import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Counts the quads passing through, and the changes of named graph (one per record when grouped). */
final class CountingStream extends StreamRDFWrapper {
    private long quads;
    private long triples;
    private long graphChanges;
    private Node lastGraph;

    CountingStream(StreamRDF other) {
        super(other);
    }

    @Override
    public void triple(Triple triple) {
        triples++;
        super.triple(triple);
    }

    @Override
    public void quad(Quad quad) {
        quads++;
        if (!Objects.equals(quad.getGraph(), lastGraph)) {
            graphChanges++;
            lastGraph = quad.getGraph();
        }
        super.quad(quad);
    }

    long quads() {
        return quads;
    }

    long triples() {
        return triples;
    }

    /** How many times the graph name changed between consecutive quads. */
    long graphChanges() {
        return graphChanges;
    }
}

package fr.qlod.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of OWL-Time, {@code http://www.w3.org/2006/time#}, that qlod uses. */
public final class Time {
    public static final String NS = "http://www.w3.org/2006/time#";

    // Classes
    public static final Resource Interval = ResourceFactory.createResource(NS + "Interval");

    private Time() {}

    /** Graph-level nodes of the same terms. */
    public static final class Nodes {
        public static final Node Interval = Time.Interval.asNode();

        private Nodes() {}
    }
}

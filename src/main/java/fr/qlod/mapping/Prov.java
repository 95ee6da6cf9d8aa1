package fr.qlod.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of PROV-O, {@code http://www.w3.org/ns/prov#}, that qlod uses. */
public final class Prov {
    public static final String NS = "http://www.w3.org/ns/prov#";

    // Classes
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");

    // Properties
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

    private Prov() {}

    /** Graph-level nodes of the same terms. */
    public static final class Nodes {
        public static final Node Entity = Prov.Entity.asNode();
        public static final Node generatedAtTime = Prov.generatedAtTime.asNode();
        public static final Node wasDerivedFrom = Prov.wasDerivedFrom.asNode();

        private Nodes() {}
    }
}

package fr.qlod.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the European Legislation Identifier ontology, {@code http://data.europa.eu/eli/ontology#},
 * that qlod uses, as the European Parliament's ELI-EP profile types its parliamentary questions.
 */
public final class Eli {
    public static final String NS = "http://data.europa.eu/eli/ontology#";

    // Classes
    public static final Resource Work = ResourceFactory.createResource(NS + "Work");

    // Properties
    public static final Property work_type = ResourceFactory.createProperty(NS, "work_type");

    private Eli() {}

    /** Graph-level nodes of the same terms. */
    public static final class Nodes {
        public static final Node Work = Eli.Work.asNode();
        public static final Node work_type = Eli.work_type.asNode();

        private Nodes() {}
    }
}

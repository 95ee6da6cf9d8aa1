package fr.qlod.mapping;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The EU Publications Office resource-type authority table,
 * {@code http://publications.europa.eu/resource/authority/resource-type/}: the {@code eli:work_type}
 * values the European Parliament gives its questions.
 */
public final class ResourceType {
    public static final String NS = "http://publications.europa.eu/resource/authority/resource-type/";

    // Concepts
    /** A written question (qlod's QE). */
    public static final Resource QUEST_WRITTEN = ResourceFactory.createResource(NS + "QUEST_WRITTEN");
    /** An oral question (qlod's QOSD). */
    public static final Resource QUEST_ORAL = ResourceFactory.createResource(NS + "QUEST_ORAL");
    /** A question for question time (qlod's QG, asked at the weekly questions au gouvernement). */
    public static final Resource QUEST_TIME = ResourceFactory.createResource(NS + "QUEST_TIME");

    private ResourceType() {}

    /** Graph-level nodes of the same terms. */
    public static final class Nodes {
        public static final Node QUEST_WRITTEN = ResourceType.QUEST_WRITTEN.asNode();
        public static final Node QUEST_ORAL = ResourceType.QUEST_ORAL.asNode();
        public static final Node QUEST_TIME = ResourceType.QUEST_TIME.asNode();

        private Nodes() {}
    }
}

package fr.qlod.store;

import java.io.IOException;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.Term;

/**
 * Adds the literals of the indexed properties to the Lucene index as they pass on to the store, and
 * deletes the entries of replaced graphs by their graph field. It only writes to Lucene's
 * {@code IndexWriter}: nothing is visible to searches until the load commits the index, after TDB2.
 */
final class IndexingStream extends StreamRDFWrapper {
    private final TextIndexLucene index;
    private final EntityDefinition definition;

    IndexingStream(StreamRDF destination, TextIndexLucene index) {
        super(destination);
        this.index = index;
        this.definition = index.getDocDef();
    }

    @Override
    public void quad(Quad quad) {
        super.quad(quad);
        if (definition.getField(quad.getPredicate()) != null && quad.getObject().isLiteral()) {
            Entity entity = TextQueryFuncs.entityFromQuad(definition, quad);
            index.addEntity(entity);
        }
    }

    /** Deletes every entry of a graph being replaced. */
    void deleteGraph(Node graph) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(TextIndexing.GRAPH_FIELD,
                    TextQueryFuncs.graphNodeToString(graph)));
        } catch (IOException e) {
            throw new StoreException(index.getDirectory().toString(), "cannot update the text index: "
                    + e.getMessage(), e);
        }
    }
}

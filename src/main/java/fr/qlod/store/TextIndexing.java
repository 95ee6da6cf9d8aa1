package fr.qlod.store;

import fr.qlod.mapping.Qlod;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene full-text index of the store: one Lucene document per indexed literal, all six indexed
 * properties in one field {@value #TEXT_FIELD} analysed by Lucene's {@link FrenchAnalyzer} (elision,
 * stop words, light stemming: "cybercriminalités" finds "cybercriminalité"), so that a plain
 * {@code ?s text:query "mot"} searches them all; {@code ?s text:query (qlod:questionText "mot")}
 * still restricts to one property. The graph and a per-literal uid are stored so that replacing a
 * graph deletes its entries.
 */
final class TextIndexing {
    static final String TEXT_FIELD = "text";
    static final String ENTITY_FIELD = "uri";
    static final String GRAPH_FIELD = "graph";
    static final String UID_FIELD = "uid";
    static final String LANG_FIELD = "lang";

    /** The indexed properties, the first being Lucene's primary one. */
    static final List<Node> PROPERTIES = List.of(
            Qlod.Nodes.questionText,
            Qlod.Nodes.answerText,
            DCTerms.title.asNode(),
            RDFS.label.asNode(),
            SKOS.prefLabel.asNode(),
            FOAF.name.asNode());

    /** The path that names a question's graph ({@code {base}graph/question/{uid}}, see {@code Uris.questionGraph}). */
    private static final String QUESTION_GRAPH = "/graph/question/";

    private TextIndexing() {}

    /**
     * Whether a quad goes to the index: a literal of an indexed property, except an {@code rdfs:label}
     * in a question's graph. Those labels are generated from the record ("JO du 20 septembre 2012,
     * page 7045", "Réponse à la question écrite n° 59906"), nobody searches them, and they are many
     * (130 of the demo corpus's 323 indexed literals); the names of deputies, ministries, groups and
     * places, in their own and mention graphs, stay searchable.
     */
    static boolean indexes(EntityDefinition definition, Quad quad) {
        if (definition.getField(quad.getPredicate()) == null
                || !quad.getObject().isLiteral()) {
            return false;
        }
        return !(quad.getPredicate().equals(RDFS.Nodes.label)
                && quad.getGraph().isURI()
                && quad.getGraph().getURI().contains(QUESTION_GRAPH));
    }

    static EntityDefinition definition() {
        EntityDefinition definition = new EntityDefinition(ENTITY_FIELD, TEXT_FIELD, GRAPH_FIELD, PROPERTIES.get(0));
        for (Node property : PROPERTIES.subList(1, PROPERTIES.size())) {
            definition.set(TEXT_FIELD, property);
        }
        definition.setUidField(UID_FIELD);
        definition.setLangField(LANG_FIELD);
        return definition;
    }

    static TextIndexLucene open(Path directory) throws IOException {
        Files.createDirectories(directory);
        TextIndexConfig config = new TextIndexConfig(definition());
        config.setAnalyzer(new FrenchAnalyzer());
        config.setQueryAnalyzer(new FrenchAnalyzer());
        config.setValueStored(true);
        return new TextIndexLucene(FSDirectory.open(directory), config);
    }

    /** Deletes the index folder, so that {@link #open} starts an empty index. */
    static void delete(Path directory) {
        Folders.deleteTree(directory);
    }

    /** Indexes every indexed literal the committed store holds, in one read transaction. */
    static long rebuild(DatasetGraph tdb, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        long[] count = {0};
        Txn.executeRead(tdb, () -> {
            for (Node property : PROPERTIES) {
                Iterator<Quad> quads = tdb.find(Node.ANY, Node.ANY, property, Node.ANY);
                while (quads.hasNext()) {
                    Quad quad = quads.next();
                    Entity entity = indexes(definition, quad) ? TextQueryFuncs.entityFromQuad(definition, quad) : null;
                    if (entity != null) {
                        index.addEntity(entity);
                        count[0]++;
                    }
                }
            }
        });
        index.prepareCommit();
        index.commit();
        return count[0];
    }
}

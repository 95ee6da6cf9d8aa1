package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private final Graph ontology = Ontology.graph();

    @Test
    void labelsAndCommentsEveryTermInFrenchAndEnglish() {
        List<String> missing = new ArrayList<>();
        ontology.find(null, null, null).mapWith(t -> t.getSubject()).toSet().stream()
                .filter(s -> s.isURI() && s.getURI().startsWith(Qlod.NS))
                .forEach(s -> {
                    for (String lang : new String[] {"fr", "en"}) {
                        if (!hasLang(s, RDFS.label.asNode(), lang)) {
                            missing.add(s.getLocalName() + " rdfs:label@" + lang);
                        }
                        if (!hasLang(s, RDFS.comment.asNode(), lang)) {
                            missing.add(s.getLocalName() + " rdfs:comment@" + lang);
                        }
                    }
                });
        assertTrue(missing.isEmpty(), () -> "missing: " + missing);
    }

    @Test
    void definesEveryTermTheJavaVocabularyNames() throws IllegalAccessException {
        List<String> undefined = new ArrayList<>();
        for (Field f : Qlod.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                Node term = ((Resource) f.get(null)).asNode();
                if (!ontology.contains(term, RDF.Nodes.type, Node.ANY)) {
                    undefined.add(f.getName());
                }
            }
        }
        for (fr.qlod.model.Status s : fr.qlod.model.Status.values()) {
            if (!ontology.contains(Qlod.status(s).asNode(), RDF.Nodes.type, Node.ANY)) {
                undefined.add(s.name());
            }
        }
        for (fr.qlod.model.JoType t : fr.qlod.model.JoType.values()) {
            if (!ontology.contains(Qlod.joType(t).asNode(), RDF.Nodes.type, Node.ANY)) {
                undefined.add(t.name());
            }
        }
        assertTrue(undefined.isEmpty(), () -> "not in qlod.ttl: " + undefined);
    }

    @Test
    void declaresTheOntologyWithVersionAndLicence() {
        Node onto = NodeFactory.createURI(Qlod.ONTOLOGY);
        assertTrue(
                ontology.contains(onto, NodeFactory.createURI("http://www.w3.org/2002/07/owl#versionInfo"), Node.ANY));
        assertTrue(ontology.contains(
                onto,
                NodeFactory.createURI("http://purl.org/dc/terms/license"),
                NodeFactory.createURI("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")));
    }

    @Test
    void parsesTheShapes() {
        assertTrue(Ontology.shapes().numRootShapes() > 10);
    }

    private boolean hasLang(Node s, Node p, String lang) {
        return ontology.find(s, p, Node.ANY).toList().stream()
                .anyMatch(t ->
                        t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage()));
    }
}

package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Entity;
import fr.qlod.model.Question;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The two seeds together: one shared report, two recommendations, identical answers linked. */
class SeedsMappingTest {
    private static final String ID = MappingCases.BASE + "id/";
    private static final String REPORT =
            ID + "report/2014-06-30-groupe-de-travail-interministeriel-lutte-contre-cybercriminalite";
    private static final Node Q59906 = NodeFactory.createURI(ID + "question/QANR5L14QE59906");
    private static final Node Q60037 = NodeFactory.createURI(ID + "question/QANR5L14QE60037");

    private final DatasetGraph both =
            MappingCases.map(new MappingCases.Case(List.<Entity>of(Seeds.seed000(), Seeds.seed001()), false));
    private final Graph union = both.getUnionGraph();

    @Test
    void mintsOneReportSharedByBothSeeds() {
        assertEquals(Set.of(REPORT), subjectsOfType(Qlod.Nodes.Report));
    }

    @Test
    void mintsTwoRecommendationsOfThatReport() {
        assertEquals(
                Set.of(REPORT + "/recommendation/3", REPORT + "/recommendation/43"),
                subjectsOfType(Qlod.Nodes.Recommendation));
        assertTrue(union.contains(Q59906, Qlod.Nodes.cites, NodeFactory.createURI(REPORT + "/recommendation/3")));
        assertTrue(union.contains(Q60037, Qlod.Nodes.cites, NodeFactory.createURI(REPORT + "/recommendation/43")));
        assertTrue(union.contains(
                NodeFactory.createURI(REPORT + "/recommendation/43"),
                Qlod.Nodes.recommendationOf,
                NodeFactory.createURI(REPORT)));
    }

    @Test
    void givesBothAnswersTheSameAnswerText() {
        assertEquals(1, subjectsOfType(Qlod.Nodes.AnswerText).size());
        assertEquals(
                IdenticalAnswers.fingerprint(Seeds.seed000().answers().get(0).text()),
                IdenticalAnswers.fingerprint(Seeds.seed001().answers().get(0).text()));
    }

    @Test
    void linksTheTwoQuestionsInTheIdenticalAnswersGraph() {
        Graph links = both.getGraph(NodeFactory.createURI(MappingCases.BASE + "graph/links/identical-answers"));
        assertTrue(links.contains(Q59906, Qlod.Nodes.sameAnswerAs, Q60037));
        assertTrue(links.contains(Q60037, Qlod.Nodes.sameAnswerAs, Q59906));
        assertEquals(2, links.find(null, Qlod.Nodes.sameAnswerAs, null).toList().size());
    }

    @Test
    void listsTheSharedAnswerAsOneGroup() {
        IdenticalAnswers answers = new IdenticalAnswers();
        // and a question withdrawn without an answer (the FICHE fixture)
        Question withdrawn =
                (Question) MappingCases.read("/source/fiche/9-312QOSD.htm").get(0);
        for (Question q : List.of(Seeds.seed001(), Seeds.seed000(), withdrawn)) {
            answers.add(q);
        }
        assertEquals(List.of(List.of("QANR5L14QE59906", "QANR5L14QE60037")), answers.groups());
    }

    @Test
    void fingerprintsIgnoreCaseSpacesAndApostrophes() {
        assertEquals(
                IdenticalAnswers.fingerprint("L'État  répond.\n\nFin"),
                IdenticalAnswers.fingerprint("l’état répond. fin"));
        assertTrue(!IdenticalAnswers.fingerprint("a").equals(IdenticalAnswers.fingerprint("b")));
    }

    private Set<String> subjectsOfType(Node type) {
        return union
                .find(null, RDF.Nodes.type, type)
                .mapWith(t -> t.getSubject().getURI())
                .toSet()
                .stream()
                .collect(Collectors.toSet());
    }
}

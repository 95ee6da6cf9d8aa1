package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.qlod.model.Entity;
import fr.qlod.model.GroupRef;
import fr.qlod.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;

/** A question's group is the author's group on the question's date, whatever the source prints. */
class GroupsAtDateTest {
    private static Set<String> objects(DatasetGraph dsg, Question q, Node property) {
        Node question = NodeFactory.createURI(MappingCases.BASE + "id/question/" + q.key());
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, question, property, Node.ANY)
                .forEachRemaining(quad -> out.add(
                        quad.getObject().isURI()
                                ? quad.getObject().getURI().substring(MappingCases.BASE.length())
                                : quad.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static DatasetGraph withAmo(Question q) {
        List<Entity> entities = new ArrayList<>(MappingCases.amo());
        entities.add(q);
        return MappingCases.map(new MappingCases.Case(entities, true));
    }

    @Test
    void anAnachronisticPrintedGroupGivesWayToTheGroupOfTheDate() {
        // seed 001 (a /dyn/ page of 2014) prints "Les Républicains", a group founded in 2015; Lazaro was UMP then
        Question seed = Seeds.seed001();
        DatasetGraph dsg = withAmo(seed);
        assertEquals(Set.of("id/organ/PO656006"), objects(dsg, seed, Qlod.Nodes.group));
        assertEquals(Set.of("id/organ/PO656006"), objects(dsg, seed, Qlod.Nodes.groupAtQuestionTime));
        assertEquals(Set.of("Les Républicains"), objects(dsg, seed, Qlod.Nodes.printedGroup));
    }

    @Test
    void aPrintedAbbreviationMatchesTheGroupOrganOfTheLegislatureInForceOnTheDate() {
        // an author the AMO does not know, printed with "R-UMP" during the weeks that group existed
        Question q = Question.builder()
                .id(seedId(900010))
                .origin(Seeds.seed000().origin())
                .author(new fr.qlod.model.Author(null, "Jeanne", "Inconnue", null, null))
                .group(new GroupRef(null, "R-UMP", null))
                .published(fr.qlod.model.JoPublication.of(java.time.LocalDate.of(2012, 12, 18), 1))
                .build();
        assertEquals(Set.of("id/organ/PO684957"), objects(withAmo(q), q, Qlod.Nodes.group));
    }

    @Test
    void aPlaceholderOrganIdCountsAsAbsent() {
        // opendata-real QANR5L15QG1194 prints its group organeRef as "POnull"
        Question q = Question.builder()
                .id(seedId(900011))
                .origin(Seeds.seed000().origin())
                .author(new fr.qlod.model.Author(null, "Jeanne", "Inconnue", null, null))
                .group(new GroupRef("Union pour un Mouvement Populaire", "UMP", "POnull"))
                .published(fr.qlod.model.JoPublication.of(java.time.LocalDate.of(2014, 7, 8), 1))
                .build();
        assertEquals(Set.of("id/organ/PO656006"), objects(withAmo(q), q, Qlod.Nodes.group));
    }

    private static fr.qlod.model.QuestionId seedId(int number) {
        return new fr.qlod.model.QuestionId(14, fr.qlod.model.QuestionType.QE, number);
    }
}

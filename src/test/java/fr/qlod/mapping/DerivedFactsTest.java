package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Allocation;
import fr.qlod.model.Answer;
import fr.qlod.model.Author;
import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.JoPublication;
import fr.qlod.model.Mandate;
import fr.qlod.model.MinistryRef;
import fr.qlod.model.OrganType;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;

class DerivedFactsTest {
    private static final Node QUESTION = NodeFactory.createURI(MappingCases.BASE + "id/question/QANR5L15QE42");

    private final List<MappingException> warnings = new ArrayList<>();

    private static Question.Builder asked(LocalDate published) {
        return Question.builder()
                .id(new QuestionId(15, QuestionType.QE, 42))
                .origin(new Origin(SourceFormat.OPENDATA_JSON, "q.json", null))
                .published(jo(published));
    }

    private static JoPublication jo(LocalDate date) {
        return new JoPublication(date, 1, null, null, null);
    }

    private static Answer answer(LocalDate date) {
        return new Answer("Réponse.", jo(date));
    }

    private DatasetGraph map(Question q, Directory directory) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        MappingContext context = MappingCases.context(directory, warnings::add);
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        new QuestionMapper(context).emit(q, out);
        out.finish();
        return dsg;
    }

    private DatasetGraph map(Question q) {
        return map(q, Directory.empty());
    }

    /** The one object of the question's derived property, or null when there is none. */
    private static Node value(DatasetGraph dsg, Node property) {
        List<Node> values = new ArrayList<>();
        dsg.find(Node.ANY, QUESTION, property, Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
        assertTrue(values.size() <= 1, values::toString);
        return values.isEmpty() ? null : values.get(0);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    @Test
    void delayCountsTheDaysAcrossAMonthEnd() {
        DatasetGraph dsg = map(asked(LocalDate.of(2014, 1, 28))
                .answer(answer(LocalDate.of(2014, 3, 4)))
                .build());
        assertEquals(integer(35), value(dsg, Qlod.Nodes.answerDelayDays));
        assertEquals(bool(true), value(dsg, Qlod.Nodes.answeredWithinTwoMonths));
        assertEquals(integer(2014), value(dsg, Qlod.Nodes.publicationYear));
    }

    @Test
    void delayCountsTheTwentyNinthOfFebruaryOfALeapYear() {
        assertEquals(
                integer(30),
                value(
                        map(asked(LocalDate.of(2016, 2, 1))
                                .answer(answer(LocalDate.of(2016, 3, 2)))
                                .build()),
                        Qlod.Nodes.answerDelayDays));
        assertEquals(
                integer(29),
                value(
                        map(asked(LocalDate.of(2015, 2, 1))
                                .answer(answer(LocalDate.of(2015, 3, 2)))
                                .build()),
                        Qlod.Nodes.answerDelayDays));
        assertEquals(
                integer(366),
                value(
                        map(asked(LocalDate.of(2016, 1, 1))
                                .answer(answer(LocalDate.of(2017, 1, 1)))
                                .build()),
                        Qlod.Nodes.answerDelayDays));
    }

    @Test
    void twoMonthsEndAtTheSixtyFirstDay() {
        LocalDate asked = LocalDate.of(2013, 12, 31);
        assertEquals(
                bool(true),
                value(
                        map(asked(asked).answer(answer(asked.plusDays(61))).build()),
                        Qlod.Nodes.answeredWithinTwoMonths));
        assertEquals(
                bool(false),
                value(
                        map(asked(asked).answer(answer(asked.plusDays(62))).build()),
                        Qlod.Nodes.answeredWithinTwoMonths));
    }

    @Test
    void aQuestionNeverAnsweredHasNoDelayAndIsNotYetLateWhilePending() {
        DatasetGraph dsg = map(asked(LocalDate.of(2017, 5, 2)).build());
        assertEquals(null, value(dsg, Qlod.Nodes.answerDelayDays));
        assertEquals(null, value(dsg, Qlod.Nodes.answeredWithinTwoMonths));
        assertEquals(integer(2017), value(dsg, Qlod.Nodes.publicationYear));
    }

    @Test
    void aWithdrawnQuestionWasNotAnsweredWithinTwoMonths() {
        Closure withdrawn = new Closure(
                Status.WITHDRAWN_BY_AUTHOR, "AU", "Retrait à l'initiative de l'auteur", LocalDate.of(2013, 3, 1), null);
        DatasetGraph dsg =
                map(asked(LocalDate.of(2013, 1, 15)).closure(withdrawn).build());
        assertEquals(null, value(dsg, Qlod.Nodes.answerDelayDays));
        assertEquals(bool(false), value(dsg, Qlod.Nodes.answeredWithinTwoMonths));
    }

    @Test
    void aQuestionAnsweredTwiceIsTimedByItsFirstAnswer() {
        DatasetGraph dsg = map(asked(LocalDate.of(2013, 1, 15))
                .answer(answer(LocalDate.of(2013, 6, 4)))
                .answer(answer(LocalDate.of(2013, 2, 5)))
                .build());
        assertEquals(integer(140), value(dsg, Qlod.Nodes.answerDelayDays));
        assertEquals(bool(false), value(dsg, Qlod.Nodes.answeredWithinTwoMonths));
    }

    @Test
    void anAnswerDatedBeforeItsQuestionGivesANegativeDelayKeptAsItIs() {
        DatasetGraph dsg = map(asked(LocalDate.of(2013, 3, 10))
                .answer(answer(LocalDate.of(2013, 3, 1)))
                .build());
        assertEquals(integer(-9), value(dsg, Qlod.Nodes.answerDelayDays));
        assertEquals(bool(true), value(dsg, Qlod.Nodes.answeredWithinTwoMonths));
    }

    @Test
    void withoutAPublicationDateNothingIsDerivedFromIt() {
        Question q = Question.builder()
                .id(new QuestionId(15, QuestionType.QE, 42))
                .origin(new Origin(SourceFormat.OPENDATA_JSON, "q.json", null))
                .answer(answer(LocalDate.of(2013, 3, 1)))
                .build();
        DatasetGraph dsg = map(q);
        assertEquals(null, value(dsg, Qlod.Nodes.answerDelayDays));
        assertEquals(null, value(dsg, Qlod.Nodes.answeredWithinTwoMonths));
        assertEquals(null, value(dsg, Qlod.Nodes.publicationYear));
    }

    @Test
    void theDepartementIsTheOneTheQuestionNames() {
        DatasetGraph dsg = map(asked(LocalDate.of(2013, 1, 15))
                .constituency(new Constituency(null, "Nord", 7, null))
                .build());
        assertEquals(
                NodeFactory.createURI(MappingCases.BASE + "id/departement/59"),
                value(dsg, Qlod.Nodes.authorDepartement));
    }

    @Test
    void theDepartementIsElseTheOneOfTheMandateTheQuestionWasAskedUnder() {
        Directory directory = Directory.empty();
        directory.add(deputyMandate("PM1", LocalDate.of(2012, 6, 20), LocalDate.of(2017, 6, 20), "2A"));
        directory.add(deputyMandate("PM2", LocalDate.of(2012, 6, 20), null, "75"));
        Question q = asked(LocalDate.of(2013, 1, 15))
                .author(Author.identifiedOnly("PA1", "PM1"))
                .build();
        assertEquals(
                NodeFactory.createURI(MappingCases.BASE + "id/departement/2a"),
                value(map(q, directory), Qlod.Nodes.authorDepartement));
    }

    @Test
    void theDepartementIsElseTheOneOfTheAuthorsDeputyMandateOnTheQuestionsDate() {
        Directory directory = Directory.empty();
        directory.add(deputyMandate("PM1", LocalDate.of(2007, 6, 20), LocalDate.of(2012, 6, 19), "971"));
        directory.add(deputyMandate("PM2", LocalDate.of(2012, 6, 20), null, "13"));
        Node inForce = value(
                map(
                        asked(LocalDate.of(2012, 6, 19))
                                .author(Author.identifiedOnly("PA1", null))
                                .build(),
                        directory),
                Qlod.Nodes.authorDepartement);
        assertEquals(NodeFactory.createURI(MappingCases.BASE + "id/departement/971"), inForce);
        DatasetGraph none = map(
                asked(LocalDate.of(2001, 1, 1))
                        .author(Author.identifiedOnly("PA1", null))
                        .build(),
                directory);
        assertEquals(null, value(none, Qlod.Nodes.authorDepartement));
    }

    @Test
    void derivedFactsGoToTheQuestionsOwnGraph() {
        DatasetGraph dsg = map(asked(LocalDate.of(2013, 1, 15))
                .answer(answer(LocalDate.of(2013, 2, 5)))
                .build());
        Node graph = NodeFactory.createURI(MappingCases.BASE + "graph/question/QANR5L15QE42");
        for (Node p :
                List.of(Qlod.Nodes.answerDelayDays, Qlod.Nodes.answeredWithinTwoMonths, Qlod.Nodes.publicationYear)) {
            List<Quad> quads = new ArrayList<>();
            dsg.find(Node.ANY, QUESTION, p, Node.ANY).forEachRemaining(quads::add);
            assertEquals(1, quads.size());
            assertEquals(graph, quads.get(0).getGraph());
        }
        assertFalse(warnings.stream().anyMatch(w -> w.getMessage().contains("derived")));
    }

    /** The question's overdue months, as "yyyy-mm", sorted. */
    private static List<String> overdueMonths(DatasetGraph dsg) {
        TreeSet<String> months = new TreeSet<>();
        dsg.find(Node.ANY, QUESTION, Qlod.Nodes.overdueInMonth, Node.ANY).forEachRemaining(q -> {
            assertEquals(XSDDatatype.XSDgYearMonth.getURI(), q.getObject().getLiteralDatatypeURI());
            months.add(q.getObject().getLiteralLexicalForm());
        });
        return List.copyOf(months);
    }

    private static Node date(LocalDate d) {
        return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
    }

    @Test
    void aQuestionIsOverdueFromItsSixtySecondDayUntilTheDayBeforeItsAnswerAcrossALeapFebruary() {
        // 2016 is a leap year: 1 January + 62 days is 3 March
        LocalDate asked = LocalDate.of(2016, 1, 1);
        assertEquals(LocalDate.of(2016, 3, 3), DerivedFacts.overdueFrom(asked));
        DatasetGraph dsg =
                map(asked(asked).answer(answer(LocalDate.of(2016, 5, 1))).build());
        assertEquals(List.of("2016-03", "2016-04"), overdueMonths(dsg));
        assertEquals(null, value(dsg, Qlod.Nodes.overdueSince));
        assertEquals(
                List.of("2016-03", "2016-04", "2016-05"),
                overdueMonths(map(
                        asked(asked).answer(answer(LocalDate.of(2016, 5, 2))).build())));
        // 2015 is not: 1 January + 62 days is 4 March
        assertEquals(LocalDate.of(2015, 3, 4), DerivedFacts.overdueFrom(LocalDate.of(2015, 1, 1)));
    }

    @Test
    void aQuestionAnsweredByItsSixtySecondDayWasNeverOverdue() {
        LocalDate asked = LocalDate.of(2013, 12, 31);
        assertEquals(
                List.of(),
                overdueMonths(
                        map(asked(asked).answer(answer(asked.plusDays(62))).build())));
        assertEquals(
                List.of("2014-03"),
                overdueMonths(
                        map(asked(asked).answer(answer(asked.plusDays(63))).build())));
        DatasetGraph early = map(asked(asked).answer(answer(asked.plusDays(10))).build());
        assertEquals(List.of(), overdueMonths(early));
        assertEquals(null, value(early, Qlod.Nodes.overdueSince));
    }

    @Test
    void aQuestionNeverAnsweredIsOverdueSinceItsSixtySecondDayWithoutMonths() {
        DatasetGraph dsg = map(asked(LocalDate.of(2017, 5, 2)).build());
        assertEquals(date(LocalDate.of(2017, 7, 3)), value(dsg, Qlod.Nodes.overdueSince));
        assertEquals(List.of(), overdueMonths(dsg));
    }

    @Test
    void aWithdrawnQuestionStoppedWaitingOnItsWithdrawal() {
        Closure withdrawn = new Closure(
                Status.WITHDRAWN_BY_AUTHOR, "AU", "Retrait à l'initiative de l'auteur", LocalDate.of(2013, 6, 1), null);
        DatasetGraph dsg =
                map(asked(LocalDate.of(2013, 1, 15)).closure(withdrawn).build());
        assertEquals(List.of("2013-03", "2013-04", "2013-05"), overdueMonths(dsg));
        assertEquals(null, value(dsg, Qlod.Nodes.overdueSince));
        Closure undated = new Closure(Status.LAPSED_END_OF_LEGISLATURE, "CAD", null, null, null);
        DatasetGraph lapsed =
                map(asked(LocalDate.of(2013, 1, 15)).closure(undated).build());
        assertEquals(date(LocalDate.of(2013, 3, 18)), value(lapsed, Qlod.Nodes.overdueSince));
    }

    @Test
    void aQuestionAnsweredTwiceStoppedWaitingOnItsFirstAnswer() {
        DatasetGraph dsg = map(asked(LocalDate.of(2013, 1, 15))
                .answer(answer(LocalDate.of(2013, 4, 2)))
                .answer(answer(LocalDate.of(2013, 9, 4)))
                .build());
        assertEquals(List.of("2013-03", "2013-04"), overdueMonths(dsg));
    }

    @Test
    void aChangeOfAttributionNamesItsDateAndTheLatestAllocationsDatedBeforeIt() {
        MinistryRef justice = new MinistryRef("Justice", null, null);
        MinistryRef interieur = new MinistryRef("Intérieur", null, null);
        MinistryRef culture = new MinistryRef("Culture", null, null);
        Question q = asked(LocalDate.of(2014, 7, 8))
                .allocation(new Allocation(justice, null, null))
                .allocation(new Allocation(justice, LocalDate.of(2014, 7, 8), null))
                .allocation(new Allocation(interieur, LocalDate.of(2014, 8, 27), null))
                .allocation(new Allocation(culture, LocalDate.of(2014, 8, 27), null))
                .allocation(new Allocation(justice, LocalDate.of(2015, 1, 2), null))
                .build();
        DatasetGraph dsg = map(q);
        String base = MappingCases.BASE + "id/question/QANR5L15QE42/allocation/";
        for (int i : List.of(1, 2)) {
            Node allocation = NodeFactory.createURI(base + i);
            assertFalse(dsg.contains(Node.ANY, allocation, Qlod.Nodes.reallocationDate, Node.ANY), "allocation " + i);
            assertFalse(dsg.contains(Node.ANY, allocation, Qlod.Nodes.previousAllocation, Node.ANY), "allocation " + i);
        }
        for (int i : List.of(3, 4)) {
            Node change = NodeFactory.createURI(base + i);
            assertTrue(dsg.contains(Node.ANY, change, Qlod.Nodes.reallocationDate, date(LocalDate.of(2014, 8, 27))));
            assertEquals(List.of(NodeFactory.createURI(base + 2)), objects(dsg, change, Qlod.Nodes.previousAllocation));
        }
        Node last = NodeFactory.createURI(base + 5);
        assertTrue(dsg.contains(Node.ANY, last, Qlod.Nodes.reallocationDate, date(LocalDate.of(2015, 1, 2))));
        assertEquals(
                List.of(NodeFactory.createURI(base + 3), NodeFactory.createURI(base + 4)),
                objects(dsg, last, Qlod.Nodes.previousAllocation));
    }

    private static List<Node> objects(DatasetGraph dsg, Node s, Node p) {
        TreeSet<String> iris = new TreeSet<>();
        dsg.find(Node.ANY, s, p, Node.ANY)
                .forEachRemaining(q -> iris.add(q.getObject().getURI()));
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    private static Mandate deputyMandate(String id, LocalDate start, LocalDate end, String departement) {
        return new Mandate(
                id,
                MappingCases.amoOrigin(id),
                "PA1",
                "PO1",
                OrganType.ASSEMBLEE,
                14,
                start,
                end,
                "membre",
                new Constituency(departement, "Département " + departement, 1, null));
    }
}

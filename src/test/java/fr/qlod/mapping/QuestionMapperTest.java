package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Closure;
import fr.qlod.model.Constituency;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import fr.qlod.model.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class QuestionMapperTest {
    private final List<MappingException> warnings = new ArrayList<>();
    private final MappingContext context = MappingCases.context(Directory.empty(), warnings::add);
    private final QuestionMapper mapper = new QuestionMapper(context);

    private DatasetGraph map(Question q) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        mapper.emit(q, out);
        context.mentions().emit(out, context);
        out.finish();
        return dsg;
    }

    private static Question.Builder bare() {
        return Question.builder()
                .id(new QuestionId(13, QuestionType.QE, 42))
                .origin(new Origin(SourceFormat.HTML_FICHE, "q.htm", null));
    }

    @Test
    void writesTheQuestionIntoItsGraphAndWhatItSaysOfSharedResourcesIntoTheirMentionGraphs() {
        DatasetGraph dsg = map(Seeds.seed000());
        Node questionGraph = NodeFactory.createURI(MappingCases.BASE + "graph/question/QANR5L14QE59906");
        Set<String> graphs = new TreeSet<>();
        dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI().substring(MappingCases.BASE.length())));
        assertEquals(
                Set.of(
                        "graph/question/QANR5L14QE59906",
                        "graph/mention/legislature/14",
                        "graph/mention/person/thierry-lazaro-l14-d59",
                        "graph/mention/group/union-pour-un-mouvement-populaire-l14",
                        "graph/mention/ministry/justice",
                        "graph/mention/constituency/59",
                        "graph/mention/departement/59",
                        "graph/mention/rubrique/telecommunications",
                        "graph/mention/tete-analyse/internet",
                        "graph/mention/analyse/cybercriminalite-rapport-preconisations"),
                graphs);
        assertTrue(dsg.getDefaultGraph().isEmpty());
        // every statement of a mention graph is about its resource, or is the graph's provenance
        for (String g : graphs) {
            if (g.startsWith("graph/mention/")) {
                Node graph = NodeFactory.createURI(MappingCases.BASE + g);
                Node resource =
                        NodeFactory.createURI(MappingCases.BASE + "id/" + g.substring("graph/mention/".length()));
                dsg.find(graph, Node.ANY, Node.ANY, Node.ANY)
                        .forEachRemaining(quad -> assertTrue(
                                quad.getSubject().equals(resource)
                                        || quad.getSubject().equals(graph),
                                quad::toString));
            }
        }
        Node question = NodeFactory.createURI(MappingCases.BASE + "id/question/QANR5L14QE59906");
        Node legislature = NodeFactory.createURI(MappingCases.BASE + "id/legislature/14");
        assertTrue(dsg.contains(questionGraph, question, Qlod.Nodes.legislature, legislature));
        assertFalse(dsg.find(questionGraph, legislature, Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void writesEachSharedStatementOnceForManyQuestions() {
        Question first = Seeds.seed000();
        Question second = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 1))
                .origin(first.origin())
                .author(first.author())
                .published(first.published())
                .build();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        out.start();
        mapper.emit(first, out);
        mapper.emit(second, out);
        context.mentions().emit(out, context);
        out.finish();
        Node legislature = NodeFactory.createURI(MappingCases.BASE + "id/legislature/14");
        assertEquals(
                1,
                org.apache.jena.atlas.iterator.Iter.count(dsg.find(
                        Node.ANY,
                        legislature,
                        RDFS.Nodes.label,
                        NodeFactory.createLiteralLang("14e législature", "fr"))));
        assertEquals(0, context.mentions().resources(), "emit forgets what it wrote");
    }

    @Test
    void mapsAQuestionWithOnlyItsIdentityAndWarnsOfWhatIsMissing() {
        Graph g = map(bare().build()).getUnionGraph();
        Node q = NodeFactory.createURI(MappingCases.BASE + "id/question/QANR5L13QE42");
        assertTrue(g.contains(q, RDF.Nodes.type, Qlod.Nodes.WrittenQuestion));
        assertTrue(g.contains(q, Qlod.Nodes.status, Qlod.status(Status.PENDING).asNode()));
        assertEquals(
                List.of("author", "publication"),
                warnings.stream().map(MappingException::part).toList());
        assertEquals("QANR5L13QE42", warnings.get(0).record());
    }

    @Test
    void leavesOutADamagedSourceUrlAndSaysSo() {
        // Seed 000 prints its source as "ttps://www.assemblee-nationale.fr/dyn/14/questions/QANR5I 14QF59906".
        Question q = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 59906))
                .origin(new Origin(
                        SourceFormat.TEXT_TABLE,
                        "seed.txt",
                        "ttps://www.assemblee-nationale.fr/dyn/14/questions/QANR5I 14QF59906"))
                .build();
        Graph g = map(q).getUnionGraph();
        assertFalse(g.find(null, Prov.Nodes.wasDerivedFrom, null).hasNext());
        assertTrue(warnings.stream()
                .anyMatch(w -> w.part().equals("source URL") && w.getMessage().contains("ttps://")));
    }

    @Test
    void warnsOfAnUnknownDepartementButKeepsTheConstituency() {
        Graph g = map(bare().constituency(new Constituency(null, "Atlantide", 2, null))
                        .build())
                .getUnionGraph();
        assertTrue(g.contains(
                NodeFactory.createURI(MappingCases.BASE + "id/constituency/atlantide-02"),
                RDF.Nodes.type,
                Qlod.Nodes.Constituency));
        assertTrue(warnings.stream().anyMatch(w -> w.part().equals("constituency")));
    }

    @Test
    void warnsWhenTheClosureSaysAnsweredWithoutAnAnswer() {
        map(bare().closure(new Closure(Status.ANSWERED, "REP_PUB", null, LocalDate.of(2010, 1, 5), null))
                .build());
        assertTrue(warnings.stream().anyMatch(w -> w.part().equals("answer")));
    }

    @Test
    void namesThatMakeNoIriAreMappingWarningsNotInternalErrors() {
        // punctuation only, as damaged pages print it: no slug can be made of "—"
        Question q = bare().author(new fr.qlod.model.Author(null, null, "—", null, null))
                .questioned(fr.qlod.model.MinistryRef.named("…"))
                .indexing(new fr.qlod.model.Indexing("—", null, List.of("Politique pénale"), null))
                .build();
        Graph g = map(q).getUnionGraph();
        assertTrue(g.contains(
                NodeFactory.createURI(MappingCases.BASE + "id/question/QANR5L13QE42"),
                RDF.Nodes.type,
                Qlod.Nodes.WrittenQuestion));
        assertEquals(
                List.of("author", "ministries", "indexing", "publication"),
                warnings.stream().map(MappingException::part).toList());
        assertTrue(warnings.get(0).getMessage().contains("nothing to make a slug from"), warnings.get(0)::getMessage);
    }

    @Test
    void writesOrdinalsInFrenchAndEnglish() {
        assertEquals("1re", QuestionMapper.ordinalFr(1));
        assertEquals("14e", QuestionMapper.ordinalFr(14));
        assertEquals("1st", QuestionMapper.ordinalEn(1));
        assertEquals("2nd", QuestionMapper.ordinalEn(2));
        assertEquals("3rd", QuestionMapper.ordinalEn(3));
        assertEquals("11th", QuestionMapper.ordinalEn(11));
        assertEquals("12th", QuestionMapper.ordinalEn(12));
        assertEquals("13th", QuestionMapper.ordinalEn(13));
        assertEquals("14th", QuestionMapper.ordinalEn(14));
        assertEquals("21st", QuestionMapper.ordinalEn(21));
    }
}

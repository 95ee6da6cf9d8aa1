package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import fr.qlod.model.Constituency;
import fr.qlod.model.Entity;
import fr.qlod.model.JoPublication;
import fr.qlod.model.Mandate;
import fr.qlod.model.OrganType;
import fr.qlod.model.Origin;
import fr.qlod.model.Person;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.Test;

/**
 * Homonymous deputies never share an IRI, whether the AMO directory tells them apart or not: two
 * "Thierry Lazaro" of the 14th legislature (the real one, Nord, and an invented one, Var) and one of
 * the 9th, asked about in a text dump (the real seed 000) and in FICHE and table pages.
 */
class HomonymsTest {
    private static final LocalDate SUMMER_2014 = LocalDate.of(2014, 7, 8);

    private static List<Entity> homonyms() {
        List<Entity> amo = new ArrayList<>(MappingCases.amo());
        amo.add(deputy(
                "PA9990091", "PM9990091", 14, LocalDate.of(2012, 6, 20), new Constituency("83", "Var", 2, null)));
        amo.add(deputy(
                "PA9990092", "PM9990092", 9, LocalDate.of(1988, 6, 23), new Constituency("59", "Nord", 6, null)));
        return amo;
    }

    private static Person deputy(String id, String mandateId, int legislature, LocalDate start, Constituency c) {
        Origin origin = MappingCases.amoOrigin(id);
        Mandate m = new Mandate(
                mandateId,
                origin,
                id,
                "PO644420",
                OrganType.ASSEMBLEE,
                legislature,
                start,
                start.plusYears(5),
                "membre",
                c);
        return new Person(id, origin, Civility.M, "Thierry", "Lazaro", null, null, List.of(m));
    }

    private static Question asked(
            SourceFormat format, int legislature, int number, String familyName, Constituency c, LocalDate day) {
        return Question.builder()
                .id(new QuestionId(legislature, QuestionType.QE, number))
                .origin(new Origin(format, "q" + number, null))
                .author(new Author(Civility.M, "Thierry", familyName, null, null))
                .constituency(c)
                .published(JoPublication.of(day, 1))
                .build();
    }

    private static String askedBy(DatasetGraph dsg, Question q) {
        Node graph = NodeFactory.createURI(MappingCases.BASE + "graph/question/" + q.key());
        Node question = NodeFactory.createURI(MappingCases.BASE + "id/question/" + q.key());
        return dsg.find(graph, question, Qlod.Nodes.askedBy, Node.ANY)
                .next()
                .getObject()
                .getURI()
                .substring(MappingCases.BASE.length());
    }

    private record Mapped(DatasetGraph dsg, List<Resolution> resolutions) {}

    private static Mapped map(List<Entity> amo, List<Question> questions) {
        Directory directory = Directory.empty();
        amo.forEach(directory::add);
        List<Resolution> resolutions = new ArrayList<>();
        MappingContext context = MappingContext.create()
                .uris(Uris.create(MappingCases.BASE))
                .directory(directory)
                .resolutions(resolutions::add)
                .build();
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        EntityMapper mapper = EntityMapper.create(context);
        out.start();
        amo.forEach(e -> mapper.emit(e, out));
        questions.forEach(q -> mapper.emit(q, out));
        context.mentions().emit(out, context);
        out.finish();
        return new Mapped(dsg, resolutions);
    }

    @Test
    void homonymsOfOneLegislatureAreToldApartByTheirDepartementInDumpsAndPages() {
        Question seed = Seeds.seed000();
        Question var = asked(
                SourceFormat.HTML_TABLE, 14, 900001, "LAZARO", new Constituency(null, "Var", null, null), SUMMER_2014);
        Question older = asked(
                SourceFormat.HTML_FICHE,
                9,
                900002,
                "Lazaro",
                new Constituency(null, "Nord", null, null),
                LocalDate.of(1990, 3, 5));
        Mapped m = map(homonyms(), List.of(seed, var, older));
        assertEquals("id/person/PA1857", askedBy(m.dsg(), seed));
        assertEquals("id/person/PA9990091", askedBy(m.dsg(), var));
        assertEquals("id/person/PA9990092", askedBy(m.dsg(), older));
        assertEquals(
                List.of(Resolution.Outcome.RESOLVED, Resolution.Outcome.RESOLVED, Resolution.Outcome.RESOLVED),
                m.resolutions().stream()
                        .filter(r -> r.kind() == Resolution.Kind.AUTHOR)
                        .map(Resolution::outcome)
                        .toList());
        // the name-only alias would join the three: it is not written
        Node alias = NodeFactory.createURI(MappingCases.BASE + "id/person/thierry-lazaro");
        assertFalse(m.dsg().find(Node.ANY, alias, OWL.sameAs.asNode(), Node.ANY).hasNext());
    }

    @Test
    void aHomonymTheSourceDoesNotPlaceIsAmbiguousAndKeepsAScopedSlug() {
        Question unplaced = asked(SourceFormat.HTML_FICHE, 14, 900003, "Lazaro", null, SUMMER_2014);
        Mapped m = map(homonyms(), List.of(unplaced));
        assertEquals("id/person/thierry-lazaro-l14", askedBy(m.dsg(), unplaced));
        Resolution r = m.resolutions().get(0);
        assertEquals(Resolution.Outcome.AMBIGUOUS, r.outcome());
        assertEquals(List.of("PA1857", "PA9990091"), r.candidates());
    }

    @Test
    void withoutTheAmoHomonymsOfOtherLegislaturesOrDepartementsGetOtherSlugs() {
        Question nord = Seeds.seed000();
        Question var = asked(
                SourceFormat.HTML_TABLE, 14, 900001, "Lazaro", new Constituency(null, "Var", null, null), SUMMER_2014);
        Question older = asked(
                SourceFormat.HTML_FICHE,
                9,
                900002,
                "Lazaro",
                new Constituency(null, "Nord", null, null),
                LocalDate.of(1990, 3, 5));
        Mapped m = map(List.of(), List.of(nord, var, older));
        List<String> iris = List.of(askedBy(m.dsg(), nord), askedBy(m.dsg(), var), askedBy(m.dsg(), older));
        assertEquals(
                List.of(
                        "id/person/thierry-lazaro-l14-d59",
                        "id/person/thierry-lazaro-l14-d83",
                        "id/person/thierry-lazaro-l9-d59"),
                iris);
        assertNotEquals(iris.get(0), iris.get(1));
    }
}

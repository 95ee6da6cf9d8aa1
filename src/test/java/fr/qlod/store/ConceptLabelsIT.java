package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.mapping.EntityMapper;
import fr.qlod.mapping.MappingContext;
import fr.qlod.mapping.Ontology;
import fr.qlod.mapping.Uris;
import fr.qlod.model.Author;
import fr.qlod.model.Indexing;
import fr.qlod.model.JoPublication;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import fr.qlod.model.SourceFormat;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One preferred label per concept, the same whatever the order of the records and whether they
 * come in one load or two. Real data spells analyses both ways: "Politique pénale" and "POLITIQUE
 * PÉNALE" (the open-data questions of legislature 15 print their ANALYSE.ANA in capitals).
 */
class ConceptLabelsIT {
    private static final String BASE = "http://localhost:3030/";
    private static final Node CONCEPT = NodeFactory.createURI(BASE + "id/analyse/politique-penale");

    @TempDir
    Path dir;

    private static Question spelling(int number, String analyse) {
        return Question.builder()
                .id(new QuestionId(15, QuestionType.QE, number))
                .origin(new Origin(SourceFormat.OPENDATA_JSON, "q" + number + ".json", null))
                .author(Author.identifiedOnly("PA7200" + number, null))
                .indexing(new Indexing("Justice", null, List.of(analyse), null))
                .published(JoPublication.of(LocalDate.of(2018, 1, 9), 1))
                .build();
    }

    private static final Question MIXED = spelling(1, "Politique pénale");
    private static final Question CAPITALS = spelling(2, "POLITIQUE PÉNALE");

    /** Loads each batch of records as one conversion, one load after the other. */
    private DatasetGraph loaded(String name, List<List<Question>> loads) {
        Path db = dir.resolve(name);
        try (QuestionStore store = QuestionStore.open(db)) {
            for (List<Question> batch : loads) {
                MappingContext context = MappingContext.create()
                        .uris(Uris.create(BASE))
                        .generatedAt(Instant.parse("2025-01-02T03:04:05Z"))
                        .build();
                EntityMapper mapper = EntityMapper.create(context);
                store.load(out -> {
                    batch.forEach(q -> mapper.emit(q, out));
                    context.mentions().emit(out, context);
                });
            }
            DatasetGraph copy = DatasetGraphFactory.createGeneral();
            Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
            return copy;
        }
    }

    private static Set<String> labels(DatasetGraph dsg, Node property) {
        Set<String> out = new TreeSet<>();
        dsg.find(Node.ANY, CONCEPT, property, Node.ANY)
                .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
        return out;
    }

    private static void assertOnePreferredLabel(DatasetGraph dsg, String how) {
        assertEquals(Set.of("Politique pénale"), labels(dsg, SKOS.prefLabel.asNode()), how);
        assertEquals(Set.of("POLITIQUE PÉNALE"), labels(dsg, SKOS.altLabel.asNode()), how);
        assertTrue(
                ShaclValidator.get()
                        .validate(Ontology.shapes(), dsg.getUnionGraph())
                        .conforms(),
                how + ": shapes");
    }

    @Test
    void oneRunInEitherOrderGivesOnePreferredLabel() {
        DatasetGraph mixedFirst = loaded("one-run-mixed-first", List.of(List.of(MIXED, CAPITALS)));
        DatasetGraph capitalsFirst = loaded("one-run-capitals-first", List.of(List.of(CAPITALS, MIXED)));
        assertOnePreferredLabel(mixedFirst, "one run, mixed case first");
        assertOnePreferredLabel(capitalsFirst, "one run, capitals first");
        assertTrue(IsoMatcher.isomorphic(mixedFirst, capitalsFirst), "the order of the records changes nothing");
    }

    @Test
    void twoLoadsInEitherOrderGiveTheSamePreferredLabelAsOneRun() {
        DatasetGraph mixedFirst = loaded("two-loads-mixed-first", List.of(List.of(MIXED), List.of(CAPITALS)));
        DatasetGraph capitalsFirst = loaded("two-loads-capitals-first", List.of(List.of(CAPITALS), List.of(MIXED)));
        assertOnePreferredLabel(mixedFirst, "two loads, mixed case first");
        assertOnePreferredLabel(capitalsFirst, "two loads, capitals first");
        assertTrue(IsoMatcher.isomorphic(mixedFirst, capitalsFirst), "the order of the loads changes nothing");
        assertTrue(
                IsoMatcher.isomorphic(mixedFirst, loaded("one-run", List.of(List.of(MIXED, CAPITALS)))),
                "two loads end as one run does");
    }
}

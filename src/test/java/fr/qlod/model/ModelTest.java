package fr.qlod.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelTest {
    private static final Origin ORIGIN = new Origin(SourceFormat.TEXT_DYN, "seed.txt", null);

    @Test
    void buildsTheOfficialUidAndParsesItBack() {
        QuestionId id = new QuestionId(14, QuestionType.QE, 59906);
        assertEquals("QANR5L14QE59906", id.uid());
        assertEquals(Optional.of(id), QuestionId.parse("QANR5L14QE59906"));
        assertEquals(Optional.of(new QuestionId(16, QuestionType.QOSD, 12)), QuestionId.parse("QANR5L16QOSD12"));
    }

    @Test
    void refusesTheDamagedUidOfSeed000() {
        assertEquals(Optional.empty(), QuestionId.parse("QANR5I 14QF59906"));
    }

    @Test
    void rejectsImpossibleIdentities() {
        assertThrows(IllegalArgumentException.class, () -> new QuestionId(0, QuestionType.QE, 1));
        assertThrows(IllegalArgumentException.class, () -> new QuestionId(14, QuestionType.QE, -3));
        assertThrows(NullPointerException.class, () -> new QuestionId(14, null, 1));
    }

    @Test
    void readsQuestionTypesFromCodesLabelsAndXsiTypes() {
        assertEquals(Optional.of(QuestionType.QE), QuestionType.parse("Question écrite"));
        assertEquals(Optional.of(QuestionType.QE), QuestionType.parse("QUESTION ECRITE"));
        assertEquals(Optional.of(QuestionType.QOSD), QuestionType.parse("Question orale sans débat"));
        assertEquals(Optional.of(QuestionType.QG), QuestionType.parse("QuestionGouvernement_Type"));
        assertEquals(Optional.empty(), QuestionType.parse("Proposition de loi"));
    }

    @Test
    void classifiesClosuresFromCodesAndLabels() {
        assertEquals(Status.ANSWERED, Status.ofClosure("REP_PUB"));
        assertEquals(Status.WITHDRAWN_BY_AUTHOR, Status.ofClosure("AU"));
        assertEquals(Status.WITHDRAWN_BY_AUTHOR, Status.ofClosure("Retrait à l'initiative de l'auteur"));
        assertEquals(Status.WITHDRAWN_END_OF_MANDATE, Status.ofClosure("fin de mandat"));
        assertEquals(Status.LAPSED_END_OF_LEGISLATURE, Status.ofClosure("FL"));
        assertEquals(Status.LAPSED_END_OF_LEGISLATURE, Status.ofClosure("Fin de législature"));
        assertEquals(Status.WITHDRAWN_OTHER, Status.ofClosure("Caduque"));
        assertEquals(null, Status.ofClosure(" "));
    }

    @Test
    void derivesStatusAndCurrentMinistryFromTheRecord() {
        MinistryRef justice = MinistryRef.named("Justice");
        MinistryRef interior = MinistryRef.named("Intérieur");
        Question pending = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 1))
                .origin(ORIGIN)
                .questioned(interior)
                .build();
        assertEquals(Status.PENDING, pending.status());
        assertEquals(interior, pending.attributaire());
        Question answered = Question.builder()
                .id(new QuestionId(14, QuestionType.QE, 2))
                .origin(ORIGIN)
                .questioned(interior)
                .allocation(new Allocation(interior, LocalDate.of(2014, 7, 8), null))
                .allocation(new Allocation(justice, LocalDate.of(2014, 8, 27), null))
                .answer(new Answer("Réponse.", JoPublication.of(LocalDate.of(2014, 9, 16), 7835)))
                .build();
        assertEquals(Status.ANSWERED, answered.status());
        assertEquals(justice, answered.attributaire());
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<String> analyses = new java.util.ArrayList<>(List.of("cybercriminalité. rapport. préconisations.", " "));
        Indexing indexing = new Indexing("télécommunications", "Internet", analyses, null);
        analyses.clear();
        assertEquals(List.of("cybercriminalité. rapport. préconisations."), indexing.analyses());
        assertThrows(
                UnsupportedOperationException.class, () -> indexing.analyses().add("x"));
    }

    @Test
    void constituenciesLookUpTheirInseeCodeFromTheName() {
        assertEquals("59", new Constituency(null, "Nord", 6, null).departmentCode());
        assertEquals("974", new Constituency(null, "La Réunion", 1, null).departmentCode());
        assertEquals("2A", new Constituency(null, "corse-du-sud", 1, null).departmentCode());
        assertEquals("05", new Constituency("5", "Hautes-Alpes", 1, null).departmentCode());
        assertEquals(null, new Constituency(null, "Atlantide", 1, null).departmentCode());
        assertThrows(IllegalArgumentException.class, () -> new Constituency(null, "Nord", 0, null));
    }

    @Test
    void requiresTheNamesAndIdsThatIdentifyPeopleAndOrgans() {
        assertThrows(IllegalArgumentException.class, () -> new Author(null, "Thierry", " ", null, null));
        assertThrows(IllegalArgumentException.class, () -> new Author(null, "Thierry", "Lazaro", "1857", null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organ(
                        "702926", ORIGIN, OrganType.MINISTERE, null, "Justice", null, null, null, null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Organ(
                        "PO1",
                        ORIGIN,
                        OrganType.GP,
                        null,
                        "G",
                        null,
                        null,
                        LocalDate.of(2015, 1, 1),
                        LocalDate.of(2014, 1, 1),
                        null,
                        null));
    }
}

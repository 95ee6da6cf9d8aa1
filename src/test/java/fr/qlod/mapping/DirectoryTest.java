package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.model.Constituency;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectoryTest {
    private final Directory directory = Directory.empty();

    DirectoryTest() {
        MappingCases.amo().forEach(directory::add);
    }

    @Test
    void findsTheGroupOfADeputyOnADay() {
        // Lazaro: UMP, then R-UMP from 27/11/2012 to 15/01/2013, then UMP again.
        assertEquals(Optional.of("PO656006"), directory.groupOn("PA1857", LocalDate.of(2012, 7, 1)));
        assertEquals(Optional.of("PO684957"), directory.groupOn("PA1857", LocalDate.of(2012, 12, 15)));
        assertEquals(Optional.of("PO656006"), directory.groupOn("PA1857", LocalDate.of(2014, 7, 8)));
        assertEquals(Optional.empty(), directory.groupOn("PA1857", LocalDate.of(2011, 1, 1)));
        assertEquals(Optional.empty(), directory.groupOn("PA1", LocalDate.of(2014, 7, 8)));
    }

    @Test
    void prefersTheLaterGroupOnTheDayOneEndsAndTheNextStarts() {
        assertEquals(Optional.of("PO684957"), directory.groupOn("PA1857", LocalDate.of(2012, 11, 27)));
    }

    @Test
    void findsTheMinistryOrganThatBoreANameOnADay() {
        // Justice: PO700722 (Valls 1) until 26/08/2014, PO702926 (Valls 2) from 27/08/2014.
        assertEquals(
                Optional.of("PO700722"),
                Optional.ofNullable(
                        directory.ministry("Justice", LocalDate.of(2014, 7, 8)).resolved()));
        assertEquals(
                Optional.of("PO702926"),
                Optional.ofNullable(
                        directory.ministry("justice", LocalDate.of(2014, 8, 27)).resolved()));
        assertEquals(
                Optional.of("PO702926"),
                Optional.ofNullable(directory
                        .ministry("Ministère de la Justice", LocalDate.of(2015, 1, 1))
                        .resolved()));
        assertEquals(
                Optional.empty(),
                Optional.ofNullable(
                        directory.ministry("Justice", LocalDate.of(2013, 1, 1)).resolved()));
        assertEquals(
                Optional.empty(),
                Optional.ofNullable(
                        directory.ministry("Culture", LocalDate.of(2014, 7, 8)).resolved()));
    }

    @Test
    void findsAPersonByFullNameAndKnowsDeputies() {
        assertEquals(Optional.of("PA1857"), directory.personNamed("thierry lazaro"));
        assertEquals(Optional.empty(), directory.personNamed("Jean Inconnu"));
        assertTrue(directory.isDeputy("PA1857"));
        assertFalse(directory.isDeputy("PA2"));
        assertFalse(directory.isEmpty());
        assertTrue(Directory.empty().isEmpty());
    }

    @Test
    void namesCompareWithoutCivilityAccentsCaseHyphensOrParticles() {
        assertEquals("jean marie le guen", Directory.nameKey("M. Jean-Marie LE GUEN"));
        assertEquals(Directory.nameKey("Marie Ornano"), Directory.nameKey("Mme Marie d'Ornano"));
        assertEquals(Directory.nameKey("Francois de Rugy"), Directory.nameKey("François DE RUGY"));
        assertEquals(Directory.nameKey("Noel Mamere"), Directory.nameKey("Noël Mamère"));
    }

    @Test
    void resolvesADeputyByNameLegislatureDateAndDepartement() {
        Constituency nord = new Constituency(null, "Nord", 6, null);
        assertEquals(
                "PA1857",
                directory
                        .deputy("M. Thierry LAZARO", 14, LocalDate.of(2014, 7, 8), nord)
                        .resolved());
        assertEquals(
                "PA1857", directory.deputy("Thierry Lazaro", 14, null, null).resolved());
        Match elsewhere = directory.deputy(
                "Thierry Lazaro", 14, LocalDate.of(2014, 7, 8), new Constituency(null, "Var", null, null));
        assertEquals(Resolution.Outcome.UNKNOWN, elsewhere.outcome());
        assertEquals(
                java.util.List.of("PA1857"), elsewhere.candidates(), "the one bearing the name is named as candidate");
        assertEquals(
                Resolution.Outcome.UNKNOWN,
                directory.deputy("Thierry Lazaro", 13, null, null).outcome());
    }

    @Test
    void resolvesAPrintedGroupToTheOrganOfTheLegislatureInForceOnTheDate() {
        assertEquals(
                "PO656006", directory.group("UMP", 14, LocalDate.of(2014, 7, 8)).resolved());
        assertEquals(
                "PO684957",
                directory
                        .group("Rassemblement-UMP", 14, LocalDate.of(2012, 12, 1))
                        .resolved());
        assertEquals(
                Resolution.Outcome.UNKNOWN,
                directory.group("UMP", 14, LocalDate.of(2016, 1, 1)).outcome());
        assertEquals(
                Resolution.Outcome.UNKNOWN,
                directory
                        .group("Les Républicains", 14, LocalDate.of(2014, 7, 8))
                        .outcome());
    }

    @Test
    void aCancelledMandateIsNeverInForce() {
        // as PM775050 of PA267241 in samples/opendata-real: it ends the day before it starts
        Directory d = Directory.empty();
        d.add(new fr.qlod.model.Mandate(
                "PM775050",
                MappingCases.amoOrigin("PM775050"),
                "PA267241",
                "PO730964",
                fr.qlod.model.OrganType.GP,
                15,
                LocalDate.of(2020, 10, 1),
                LocalDate.of(2020, 9, 30),
                "Membre",
                null));
        assertEquals(Optional.empty(), d.groupOn("PA267241", LocalDate.of(2020, 10, 1)));
        assertEquals(Optional.empty(), d.groupOn("PA267241", LocalDate.of(2020, 9, 30)));
    }
}

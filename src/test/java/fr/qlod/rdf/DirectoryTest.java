package fr.qlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        assertEquals(Optional.of("PO700722"), directory.ministryOn("Justice", LocalDate.of(2014, 7, 8)));
        assertEquals(Optional.of("PO702926"), directory.ministryOn("justice", LocalDate.of(2014, 8, 27)));
        assertEquals(Optional.of("PO702926"), directory.ministryOn("Ministère de la Justice", LocalDate.of(2015, 1, 1)));
        assertEquals(Optional.empty(), directory.ministryOn("Justice", LocalDate.of(2013, 1, 1)));
        assertEquals(Optional.empty(), directory.ministryOn("Culture", LocalDate.of(2014, 7, 8)));
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
}

package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void splitsGivenFirstNamesAfterTheCivility() {
        assertEquals(
                new Author(Civility.M, "Thierry", "Lazaro", "PA1857", null),
                Names.givenFirst("M.\u00a0Thierry Lazaro", "PA1857", null));
        assertEquals(
                new Author(Civility.MME, "Marine", "Le Pen", null, null),
                Names.givenFirst("Mme Marine Le Pen", null, null));
        assertEquals(
                new Author(Civility.M, "Jean-Pierre", "de La Fontaine", null, null),
                Names.givenFirst("M. Jean-Pierre de La Fontaine", null, null));
    }

    @Test
    void splitsFamilyFirstNamesOfFichePages() {
        assertEquals(
                new Author(Civility.M, "Maurice", "Ligot", null, null),
                Names.familyFirst(Optional.of(Civility.M), "Ligot Maurice"));
        assertEquals(
                new Author(Civility.M, "François", "Cornut-Gentille", null, null),
                Names.familyFirst(Optional.of(Civility.M), "Cornut-Gentille François"));
        assertEquals(
                new Author(Civility.MME, "Marine", "Le Pen", null, null),
                Names.familyFirst(Optional.of(Civility.MME), "Le Pen Marine"));
    }
}

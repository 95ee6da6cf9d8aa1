package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {
    private static final LocalDate JULY_8 = LocalDate.of(2014, 7, 8);

    @Test
    void parsesSlashedIsoAndLongFrenchDates() {
        assertEquals(JULY_8, FrenchDates.expect("08/07/2014"));
        assertEquals(JULY_8, FrenchDates.expect("8/7/2014"));
        assertEquals(JULY_8, FrenchDates.expect("2014-07-08"));
        assertEquals(JULY_8, FrenchDates.expect("8 juillet 2014"));
        assertEquals(JULY_8, FrenchDates.expect(" 8\u00a0Juillet  2014 "));
    }

    @Test
    void parsesFirstOfMonthWithOrdinalAndMonthsWithoutAccents() {
        assertEquals(LocalDate.of(2014, 8, 1), FrenchDates.expect("1er août 2014"));
        assertEquals(LocalDate.of(1993, 2, 1), FrenchDates.expect("1er fevrier 1993"));
        assertEquals(LocalDate.of(1993, 12, 24), FrenchDates.expect("24 DÉCEMBRE 1993"));
    }

    @Test
    void acceptsIsoDateTimesFromOpenData() {
        assertEquals(JULY_8, FrenchDates.expect("2014-07-08T00:00:00+02:00"));
    }

    @Test
    void rejectsImpossibleDatesInsteadOfRollingOver() {
        DateTimeException e = assertThrows(DateTimeException.class, () -> FrenchDates.expect("31/02/2014"));
        assertTrue(e.getMessage().contains("31/02/2014"), e.getMessage());
        assertEquals(Optional.empty(), FrenchDates.parse("30 février 2014"));
    }

    @Test
    void rejectsUnknownMonthsAndNonDates() {
        assertThrows(DateTimeException.class, () -> FrenchDates.expect("8 juliet 2014"));
        assertThrows(DateTimeException.class, () -> FrenchDates.expect("page 5800"));
        assertEquals(Optional.empty(), FrenchDates.parse(""));
        assertEquals(Optional.empty(), FrenchDates.parse(null));
    }

    @Test
    void findsTheFirstDateInProse() {
        assertEquals(
                Optional.of(LocalDate.of(2014, 6, 30)),
                FrenchDates.find("formulées dans le rapport remis le 30 juin 2014 par son président"));
        assertEquals(Optional.of(JULY_8), FrenchDates.find("Question publiée au JO le : 08/07/2014 Réponse"));
        assertEquals(Optional.empty(), FrenchDates.find("le 31 février 2014 n'existe pas"));
    }
}

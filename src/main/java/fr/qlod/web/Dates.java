package fr.qlod.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.apache.jena.graph.Node;

/** Dates as pages show them, and the answer delay of the Règlement (two months from publication). */
final class Dates {
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private Dates() {}

    /** The date of an {@code xsd:date} literal, or null (a malformed date is kept as text elsewhere). */
    static LocalDate of(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return null;
        }
        try {
            return LocalDate.parse(literal.getLiteralLexicalForm());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String show(LocalDate date, String lang) {
        return date == null ? "" : date.format("en".equals(lang) ? ENGLISH : FRENCH);
    }

    /** Days from publication to answer; negative when the source inverted them (kept, as the data says). */
    static long delay(LocalDate published, LocalDate answered) {
        return ChronoUnit.DAYS.between(published, answered);
    }

    /**
     * The longest delay (in days) within the two months of the Règlement, as the derived fact {@code
     * qlod:answeredWithinTwoMonths} and the statistics graph count it.
     */
    static final long TWO_MONTHS = 61;

    /** Whether an answer given this many days after its question came after the two months of the Règlement. */
    static boolean late(long days) {
        return days > TWO_MONTHS;
    }
}

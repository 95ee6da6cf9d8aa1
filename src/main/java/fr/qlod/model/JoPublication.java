package fr.qlod.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication in the Journal officiel.
 *
 * @param date          publication date, required
 * @param page          page number, or null when the source omits it
 * @param type          JO edition, or null when unknown
 * @param number        JO issue number, or null
 * @param legifranceUrl URL on Légifrance when the source gives it, or null
 */
public record JoPublication(LocalDate date, Integer page, JoType type, Integer number, String legifranceUrl) {
    public JoPublication {
        Objects.requireNonNull(date, "date");
        Checks.positive(page, "page");
        Checks.positive(number, "number");
        legifranceUrl = Checks.blankToNull(legifranceUrl);
    }

    public static JoPublication of(LocalDate date, Integer page) {
        return new JoPublication(date, page, null, null, null);
    }
}

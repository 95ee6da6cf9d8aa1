package fr.qlod.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of the attribution history: the ministry that must answer, from a date on.
 * The first allocation of a question usually has the question's own publication date; later
 * ones follow government reshuffles.
 *
 * @param ministry the ministry attributaire
 * @param date     from when it is in charge, or null when the source does not say
 * @param jo       the JO publication that made the change known, or null
 */
public record Allocation(MinistryRef ministry, LocalDate date, JoPublication jo) {
    public Allocation {
        Objects.requireNonNull(ministry, "ministry");
    }
}

package fr.qlod.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An AMO mandate: a person's membership of an organ over a period.
 *
 * @param id           official id {@code PM…}
 * @param origin       where it was read from
 * @param personId     the holder, {@code PA…}
 * @param organId      the organ, {@code PO…}
 * @param organType    the organ's kind as the mandate states it
 * @param legislature  legislature, or null
 * @param start        start date, required
 * @param end          end date, or null while current; may be before {@code start}: the Assemblée publishes
 *                     cancelled mandates that end the day before they start, kept as published
 * @param quality      role ("membre", "Président"), or null
 * @param constituency the constituency of a deputy's mandate, or null
 */
public record Mandate(
        String id,
        Origin origin,
        String personId,
        String organId,
        OrganType organType,
        Integer legislature,
        LocalDate start,
        LocalDate end,
        String quality,
        Constituency constituency)
        implements Entity {
    public Mandate {
        Checks.notBlank(id, "id");
        Objects.requireNonNull(origin, "origin");
        Checks.notBlank(personId, "personId");
        Checks.notBlank(organId, "organId");
        Objects.requireNonNull(organType, "organType");
        Objects.requireNonNull(start, "start");
        Checks.positive(legislature, "legislature");
        quality = Checks.blankToNull(quality);
    }

    /** True for a mandate published with an end before its start (a cancelled one): never in force. */
    public boolean endsBeforeStart() {
        return end != null && end.isBefore(start);
    }

    @Override
    public String key() {
        return id;
    }

    /** True when the mandate was running on that day. */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}

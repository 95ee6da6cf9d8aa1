package fr.qlod.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An AMO organ: legislature, group, ministry, government or other body.
 *
 * @param id           official id {@code PO…}
 * @param origin       where it was read from
 * @param type         the kind of organ
 * @param typeCode     the source's codeType, kept as printed ("GP", "COMPER"…)
 * @param label        full label ("Ministère de la justice")
 * @param shortLabel   libelleAbrege ("Justice"), or null
 * @param abbreviation libelleAbrev ("JUS", "UMP"), or null
 * @param start        start of validity, or null
 * @param end          end of validity, or null while current
 * @param parentId     parent organ id (a ministry's government), or null
 * @param legislature  legislature number for legislature-bound organs, or null
 */
public record Organ(
        String id,
        Origin origin,
        OrganType type,
        String typeCode,
        String label,
        String shortLabel,
        String abbreviation,
        LocalDate start,
        LocalDate end,
        String parentId,
        Integer legislature)
        implements Entity {
    /** An official organ id: {@code PO} and digits. */
    public static final Pattern ORGAN_ID = Pattern.compile("PO\\d+");

    public Organ {
        Checks.notBlank(id, "id");
        if (!ORGAN_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an organ id: " + id);
        }
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(type, "type");
        label = Checks.notBlank(label, "label").strip();
        typeCode = Checks.blankToNull(typeCode);
        shortLabel = Checks.blankToNull(shortLabel);
        abbreviation = Checks.blankToNull(abbreviation);
        parentId = Checks.blankToNull(parentId);
        Checks.positive(legislature, "legislature");
        if (start != null && end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("organ " + id + " ends before it starts");
        }
    }

    @Override
    public String key() {
        return id;
    }

    /** True when the organ existed on that day (open bounds count as existing). */
    public boolean activeOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}

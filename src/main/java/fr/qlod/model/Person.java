package fr.qlod.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An AMO actor (deputy, minister) with the mandates the source lists for them.
 *
 * @param id         official id {@code PA…}
 * @param origin     where it was read from
 * @param civility   civility, or null
 * @param givenName  given name
 * @param familyName family name
 * @param birthDate  date of birth, or null
 * @param birthPlace place of birth, or null
 * @param mandates   mandates held, possibly empty
 */
public record Person(
        String id,
        Origin origin,
        Civility civility,
        String givenName,
        String familyName,
        LocalDate birthDate,
        String birthPlace,
        List<Mandate> mandates)
        implements Entity {
    /** An official actor id: {@code PA} and digits. */
    public static final Pattern ACTOR_ID = Pattern.compile("PA\\d+");

    public Person {
        Checks.notBlank(id, "id");
        if (!ACTOR_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not an actor id: " + id);
        }
        Objects.requireNonNull(origin, "origin");
        givenName = Checks.blankToNull(givenName);
        familyName = Checks.notBlank(familyName, "familyName").strip();
        birthPlace = Checks.blankToNull(birthPlace);
        mandates = Checks.list(mandates);
    }

    @Override
    public String key() {
        return id;
    }

    public String fullName() {
        return givenName == null ? familyName : givenName + " " + familyName;
    }
}

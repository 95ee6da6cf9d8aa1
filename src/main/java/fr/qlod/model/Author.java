package fr.qlod.model;

/**
 * The deputy who asked a question, as the source prints it.
 *
 * @param civility   M., Mme, or null when not printed
 * @param givenName  given name(s), or null when the source gives one name only
 * @param familyName family name, required
 * @param personId   official actor id {@code PA…} when the source gives it, else null
 * @param mandateId  official mandate id {@code PM…} when the source gives it, else null
 */
public record Author(Civility civility, String givenName, String familyName, String personId, String mandateId) {
    public Author {
        givenName = Checks.blankToNull(givenName);
        familyName = Checks.notBlank(familyName, "familyName").strip();
        personId = Checks.blankToNull(personId);
        mandateId = Checks.blankToNull(mandateId);
        if (personId != null && !Person.ACTOR_ID.matcher(personId).matches()) {
            throw new IllegalArgumentException("not an actor id: " + personId);
        }
    }

    /**
     * An author the source knows by official ids only (the open data names no one): the actor id
     * stands in the family name so that the record stays valid, and {@link #named()} is false.
     */
    public static Author identifiedOnly(String personId, String mandateId) {
        return new Author(null, null, personId, personId, mandateId);
    }

    /** False for an author known by ids only, whose "name" is the actor id. */
    public boolean named() {
        return !familyName.equals(personId);
    }

    /** "Thierry Lazaro": given name(s) then family name. */
    public String fullName() {
        return givenName == null ? familyName : givenName + " " + familyName;
    }
}

package fr.qlod.model;

import java.util.Optional;

/** The edition of the Journal officiel a publication appeared in. */
public enum JoType {
    /** JO "Questions" edition of the Assemblée. */
    JO_QUESTION,
    /** JO "Lois et décrets" (where government decrees that reallocate ministries appear). */
    JO_LOI_DECRET,
    /** JO "Débats" (compte rendu of sittings, where QG and QOSD are answered). */
    JO_DEBAT;

    public static Optional<JoType> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

package fr.qlod.model;

/** The kinds of AMO organ qlod maps; others are kept as {@link #OTHER} with their code. */
public enum OrganType {
    /** A legislature of the Assemblée (codeType ASSEMBLEE). */
    ASSEMBLEE,
    /** A political group (GP). */
    GP,
    /** A ministry (MINISTERE). */
    MINISTERE,
    /** A government (GOUVERNEMENT). */
    GOUVERNEMENT,
    /** Any other organ (commission, délégation, parti…). */
    OTHER;

    public static OrganType ofCode(String code) {
        if (code == null) {
            return OTHER;
        }
        try {
            return valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
    }
}

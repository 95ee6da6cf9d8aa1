package fr.qlod.model;

/**
 * A political group as a question source prints it (often the author's latest group, not the
 * one at question time).
 *
 * @param name         full name ("Union pour un Mouvement Populaire"), or null
 * @param abbreviation short name or sigle ("UMP", "LES-REP"), or null
 * @param organId      official organ id {@code PO…}, or null
 */
public record GroupRef(String name, String abbreviation, String organId) {
    public GroupRef {
        name = Checks.blankToNull(name);
        abbreviation = Checks.blankToNull(abbreviation);
        organId = Checks.blankToNull(organId);
        if (name == null && abbreviation == null) {
            throw new IllegalArgumentException("a group needs a name or an abbreviation");
        }
    }

    /** The best label: the full name, else the abbreviation. */
    public String label() {
        return name != null ? name : abbreviation;
    }
}

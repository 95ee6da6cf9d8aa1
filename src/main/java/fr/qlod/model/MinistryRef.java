package fr.qlod.model;

/**
 * A ministry as a question source names it.
 *
 * @param name     short name ("Justice"), required
 * @param fullName developed name ("Ministère de la justice"), or null
 * @param organId  official organ id {@code PO…}, or null
 */
public record MinistryRef(String name, String fullName, String organId) {
    public MinistryRef {
        name = Checks.notBlank(name, "name").strip();
        fullName = Checks.blankToNull(fullName);
        organId = Checks.blankToNull(organId);
    }

    public static MinistryRef named(String name) {
        return new MinistryRef(name, null, null);
    }
}

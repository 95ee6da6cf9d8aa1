package fr.qlod.model;

/**
 * An electoral constituency: a département and, when known, the constituency number in it.
 *
 * @param departmentCode INSEE code of the département ("59", "2A", "971"), or null when only the name is known
 * @param departmentName name of the département ("Nord"), required
 * @param number         constituency number within the département, or null
 * @param region         region name as printed, or null
 */
public record Constituency(String departmentCode, String departmentName, Integer number, String region) {
    public Constituency {
        departmentCode = Checks.blankToNull(departmentCode);
        departmentName = Checks.notBlank(departmentName, "departmentName").strip();
        region = Checks.blankToNull(region);
        Checks.positive(number, "number");
        if (departmentCode != null && !departmentCode.matches("\\d{2,3}|2[AB]|\\d{3}|ZZ|99")) {
            throw new IllegalArgumentException("not a département code: " + departmentCode);
        }
    }
}

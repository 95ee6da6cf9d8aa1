package fr.qlod.model;

import java.util.regex.Pattern;

/**
 * An electoral constituency: a département and, when known, the constituency number in it.
 *
 * @param departmentCode INSEE code of the département ("59", "2A", "971"); when null it is looked up from the name, and stays null for an unknown name
 * @param departmentName name of the département ("Nord"), required
 * @param number         constituency number within the département, or null
 * @param region         region name as printed, or null
 */
public record Constituency(String departmentCode, String departmentName, Integer number, String region) {
    private static final Pattern CODE = Pattern.compile("\\d{2,3}|2[AB]|ZZ");

    public Constituency {
        departmentName = Checks.notBlank(departmentName, "departmentName").strip();
        departmentCode = Checks.blankToNull(departmentCode);
        if (departmentCode == null) {
            departmentCode = Departements.codeOf(departmentName).orElse(null);
        } else if (departmentCode.length() == 1 && departmentCode.charAt(0) >= '0' && departmentCode.charAt(0) <= '9') {
            departmentCode = "0" + departmentCode;
        }
        region = Checks.blankToNull(region);
        Checks.positive(number, "number");
        if (departmentCode != null && !CODE.matcher(departmentCode).matches()) {
            throw new IllegalArgumentException("not a département code: " + departmentCode);
        }
    }
}

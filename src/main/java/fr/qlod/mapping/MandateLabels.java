package fr.qlod.mapping;

import fr.qlod.model.Constituency;
import fr.qlod.model.Departements;
import fr.qlod.model.Mandate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Labels a person can read for an AMO mandate, in French and English: what the membership is
 * (member of a group, deputy of a constituency, a role in an organ), its legislature and its
 * period, e.g. "Membre du groupe Les Républicains (15e législature), 27 juin 2017 – 21 juin 2022".
 * The organ is named by the directory when it holds the organ, else by its id.
 */
final class MandateLabels {
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private MandateLabels() {}

    static String fr(Mandate m, String organLabel) {
        String organ = organLabel != null ? organLabel : "organe " + m.organId();
        String role = m.quality() == null ? "Membre" : QuestionMapper.capitalised(m.quality());
        String what =
                switch (m.organType()) {
                    case GP -> role + " du groupe " + organ;
                    case ASSEMBLEE -> "Député" + (m.constituency() == null ? "" : " — " + placeFr(m.constituency()));
                    default -> role + " — " + organ;
                };
        String legislature =
                m.legislature() == null ? "" : " (" + QuestionMapper.ordinalFr(m.legislature()) + " législature)";
        return what + legislature + ", " + period(m.start(), m.end(), FR, "depuis le ");
    }

    static String en(Mandate m, String organLabel) {
        String organ = organLabel != null ? organLabel : "organ " + m.organId();
        String role = m.quality() == null ? "Member" : roleEn(m.quality());
        String what =
                switch (m.organType()) {
                    case GP -> role + " of the group " + organ;
                    case ASSEMBLEE -> "Deputy" + (m.constituency() == null ? "" : " — " + placeEn(m.constituency()));
                    default -> role + " — " + organ;
                };
        String legislature =
                m.legislature() == null ? "" : " (" + QuestionMapper.ordinalEn(m.legislature()) + " legislature)";
        return what + legislature + ", " + period(m.start(), m.end(), EN, "since ");
    }

    /** "27 juin 2017 – 21 juin 2022"; a cancelled mandate (ending before it starts) shows both dates as published. */
    private static String period(LocalDate start, LocalDate end, DateTimeFormatter f, String since) {
        return end == null ? since + f.format(start) : f.format(start) + " – " + f.format(end);
    }

    private static String placeFr(Constituency c) {
        String name = name(c);
        return c.number() == null
                ? name
                : name + ", " + c.number() + (c.number() == 1 ? "re" : "e") + " circonscription";
    }

    private static String placeEn(Constituency c) {
        String name = name(c);
        return c.number() == null ? name : name + ", " + QuestionMapper.ordinalEn(c.number()) + " constituency";
    }

    private static String name(Constituency c) {
        return c.departmentCode() == null
                ? c.departmentName()
                : Departements.nameOf(c.departmentCode()).orElse(c.departmentName());
    }

    private static String roleEn(String quality) {
        return switch (Directory.key(quality)) {
            case "membre" -> "Member";
            case "president", "presidente" -> "President";
            case "vice president", "vice presidente" -> "Vice-president";
            case "secretaire" -> "Secretary";
            case "ministre" -> "Minister";
            default -> QuestionMapper.capitalised(quality);
        };
    }
}

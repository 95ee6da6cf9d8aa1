package fr.qlod.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity of a question: legislature, type and number, and the official uid built from
 * them ({@code QANR5L14QE59906}).
 */
public record QuestionId(int legislature, QuestionType type, int number) {
    private static final Pattern UID = Pattern.compile("QANR5L(\\d{1,2})(QE|QOSD|QG)(\\d{1,7})");

    public QuestionId {
        Objects.requireNonNull(type, "type");
        if (legislature < 1 || legislature > 99) {
            throw new IllegalArgumentException("legislature out of range: " + legislature);
        }
        if (number < 1) {
            throw new IllegalArgumentException("question number must be positive: " + number);
        }
    }

    /** The official uid, {@code QANR5L{legislature}{type}{number}}. */
    public String uid() {
        return "QANR5L" + legislature + type.name() + number;
    }

    /** Parses a well-formed uid; damaged ones (as in seed 000) yield empty. */
    public static Optional<QuestionId> parse(String uid) {
        if (uid == null) {
            return Optional.empty();
        }
        Matcher m = UID.matcher(uid.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new QuestionId(
                Integer.parseInt(m.group(1)), QuestionType.valueOf(m.group(2)), Integer.parseInt(m.group(3))));
    }

    @Override
    public String toString() {
        return uid();
    }
}

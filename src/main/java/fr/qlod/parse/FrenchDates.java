package fr.qlod.parse;

import fr.qlod.model.Fold;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the dates of French sources: {@code 08/07/2014}, {@code 2014-07-08},
 * {@code 8 juillet 2014}, {@code 1er août 2014} (with or without accents, any case). Impossible
 * dates such as {@code 31/02/2014} are rejected, never rolled over.
 */
public final class FrenchDates {
    private static final DateTimeFormatter SLASHED =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[t ].*)?");
    private static final Pattern LONG = Pattern.compile("(\\d{1,2})(?:er)?\\s+([a-z]+)\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1),
            Map.entry("fevrier", 2),
            Map.entry("mars", 3),
            Map.entry("avril", 4),
            Map.entry("mai", 5),
            Map.entry("juin", 6),
            Map.entry("juillet", 7),
            Map.entry("aout", 8),
            Map.entry("septembre", 9),
            Map.entry("octobre", 10),
            Map.entry("novembre", 11),
            Map.entry("decembre", 12));

    private FrenchDates() {}

    /** Parses a whole string as one date; empty for blank or unparsable text. */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(parseOrNull(normalise(text)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a whole string as one date, or throws a {@link DateTimeException} that says why
     * (an impossible day, an unknown month, not a date).
     */
    public static LocalDate expect(String text) {
        if (text == null || text.isBlank()) {
            throw new DateTimeException("no date");
        }
        LocalDate date = parseOrNull(normalise(text));
        if (date == null) {
            throw new DateTimeException("not a date: '" + text.strip() + "'");
        }
        return date;
    }

    /** Finds the first date written anywhere in a longer text. */
    public static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = normalise(text);
        for (Pattern p : new Pattern[] {NUMERIC, ISO_IN_TEXT, LONG}) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                try {
                    LocalDate d = parseOrNull(m.group());
                    if (d != null) {
                        return Optional.of(d);
                    }
                } catch (DateTimeException e) {
                    // an impossible date inside prose: keep looking
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern ISO_IN_TEXT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static String normalise(String text) {
        String t = Fold.fold(text.strip());
        return t.replace('\u00A0', ' ').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static LocalDate parseOrNull(String t) {
        Matcher m = NUMERIC.matcher(t);
        if (m.matches()) {
            String padded = pad(m.group(1)) + "/" + pad(m.group(2)) + "/" + m.group(3);
            try {
                return LocalDate.parse(padded, SLASHED);
            } catch (DateTimeParseException e) {
                throw new DateTimeException("impossible date: '" + t + "'", e);
            }
        }
        m = ISO.matcher(t);
        if (m.matches()) {
            return LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = LONG.matcher(t);
        if (m.matches()) {
            Integer month = MONTHS.get(m.group(2));
            if (month == null) {
                throw new DateTimeException("unknown month: '" + m.group(2) + "'");
            }
            return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
        }
        return null;
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }
}

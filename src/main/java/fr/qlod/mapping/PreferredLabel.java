package fr.qlod.mapping;

import java.util.Collection;
import java.util.Comparator;

/**
 * Chooses a concept's one {@code skos:prefLabel} among the spellings its records give ("Politique
 * pénale", "POLITIQUE PÉNALE"), as a pure function of the set of spellings, so that the choice is
 * the same whatever order the records come in, in one conversion or over several loads into one
 * store: mixed case before all capitals, then more accented letters (a spelling that kept its
 * accents before one that lost them), then the smallest in code-point order. The others become
 * {@code skos:altLabel}.
 */
public final class PreferredLabel {
    /** Best first. */
    public static final Comparator<String> ORDER = Comparator.comparing(PreferredLabel::allCapitals)
            .thenComparing(Comparator.comparingLong(PreferredLabel::accented).reversed())
            .thenComparing(Comparator.naturalOrder());

    private PreferredLabel() {}

    /** The preferred one of a non-empty set of spellings. */
    public static String choose(Collection<String> spellings) {
        return spellings.stream().min(ORDER).orElseThrow();
    }

    /** Whether {@code a} is preferred to {@code b}. */
    public static boolean prefers(String a, String b) {
        return ORDER.compare(a, b) < 0;
    }

    private static boolean allCapitals(String s) {
        return s.codePoints().anyMatch(Character::isLetter) && s.codePoints().noneMatch(Character::isLowerCase);
    }

    private static long accented(String s) {
        return s.codePoints().filter(c -> c > 0x7f && Character.isLetter(c)).count();
    }
}

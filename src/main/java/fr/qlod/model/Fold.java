package fr.qlod.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one way text is folded before two spellings are compared: accents and other combining marks
 * stripped (NFKD, so that compatibility forms such as "ﬁ" or a superscript fold too), the ligatures
 * œ, æ and ß expanded ({@code "Œuvre"} → {@code "OEuvre"}), case kept. {@link #key} also lowers the
 * case. Keys of names, labels and codes are built on these, so two keys of one name never differ by
 * how its accents or ligatures were written.
 */
public final class Fold {
    private Fold() {}

    /** Accents stripped and ligatures expanded; case and everything else kept. */
    public static String fold(String text) {
        StringBuilder expanded = null;
        for (int i = 0; i < text.length(); i++) {
            String with = ligature(text.charAt(i));
            if (with != null && expanded == null) {
                expanded = new StringBuilder(text.length() + 4).append(text, 0, i);
            }
            if (expanded != null) {
                if (with != null) {
                    expanded.append(with);
                } else {
                    expanded.append(text.charAt(i));
                }
            }
        }
        String t = expanded == null ? text : expanded.toString();
        if (isPlainAscii(t)) {
            return t;
        }
        String decomposed = Normalizer.normalize(t, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #fold} in lower case ({@link Locale#ROOT}). */
    public static String key(String text) {
        return fold(text).toLowerCase(Locale.ROOT);
    }

    private static String ligature(char c) {
        return switch (c) {
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'ß' -> "ss";
            default -> null;
        };
    }

    private static boolean isPlainAscii(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}

package fr.qlod;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random strings drawn from a small alphabet of the characters a text function treats specially,
 * for tests that compare a function with the definition it replaced.
 *
 * <pre>
 * for (String s : RandomText.strings("ab \t\u00A0", 24, 20_000, 9)) { assertEquals(oracle(s), clean(s)); }
 * </pre>
 */
public final class RandomText {
    private RandomText() {}

    /** {@code count} strings of 0 to {@code maxLength - 1} characters of {@code alphabet}, the same for the same seed. */
    public static List<String> strings(String alphabet, int maxLength, int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            char[] text = new char[random.nextInt(maxLength)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            out.add(new String(text));
        }
        return out;
    }

    /** The string's characters as {@code \\uXXXX} escapes, for an assertion message. */
    public static String escaped(String s) {
        return s.chars().mapToObj(c -> String.format("\\u%04X", c)).toList().toString();
    }
}

package fr.qlod.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A piece of a text around the first word the search matched, cut into plain parts and matched
 * parts (which the page marks); words match when they start alike once accents and case are
 * folded, as the French analyser's stemming roughly does.
 */
record Excerpt(List<Part> parts) {
    static final int WIDTH = 240;

    /** A piece of the excerpt, matched or not. */
    record Part(String text, boolean match) {}

    Excerpt {
        parts = List.copyOf(parts);
    }

    String plain() {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.text()));
        return s.toString();
    }

    static Excerpt of(String text, String query) {
        if (text == null) {
            return new Excerpt(List.of());
        }
        String folded = fold(text);
        List<String> stems = new ArrayList<>();
        for (String word : fold(query).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                stems.add(word.substring(0, Math.min(word.length(), Math.max(4, word.length() - 2))));
            }
        }
        int first = -1;
        List<int[]> matches = new ArrayList<>();
        for (int i = 0; i < folded.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(folded.charAt(i - 1))) {
                continue;
            }
            for (String stem : stems) {
                if (folded.startsWith(stem, i)) {
                    int end = i;
                    while (end < folded.length() && Character.isLetterOrDigit(folded.charAt(end))) {
                        end++;
                    }
                    matches.add(new int[] {i, end});
                    if (first < 0) {
                        first = i;
                    }
                    break;
                }
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - WIDTH / 3);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int stop = Math.min(text.length(), start + WIDTH);
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("… ", false));
        }
        int at = start;
        for (int[] m : matches) {
            if (m[0] < start || m[1] > stop) {
                continue;
            }
            if (m[0] > at) {
                parts.add(new Part(text.substring(at, m[0]), false));
            }
            parts.add(new Part(text.substring(m[0], m[1]), true));
            at = m[1];
        }
        if (at < stop) {
            parts.add(new Part(text.substring(at, stop), false));
        }
        if (stop < text.length()) {
            parts.add(new Part(" …", false));
        }
        return new Excerpt(parts);
    }

    /** Lower case without accents, one character for one, so that positions match the text's. */
    private static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            String d = Normalizer.normalize(String.valueOf(s.charAt(i)), Normalizer.Form.NFD);
            out.append(d.isEmpty() ? s.charAt(i) : Character.toLowerCase(d.charAt(0)));
        }
        return out.toString().toLowerCase(Locale.ROOT).length() == s.length()
                ? out.toString()
                : s.toLowerCase(Locale.ROOT);
    }
}

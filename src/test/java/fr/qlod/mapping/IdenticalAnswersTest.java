package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.qlod.RandomText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdenticalAnswersTest {
    /**
     * {@link IdenticalAnswers#fingerprint} defined by regular expressions: its oracle. Fingerprints are
     * stored, so a store loaded with either definition must keep matching.
     */
    private static String fingerprintByRegex(String text) throws NoSuchAlgorithmException {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[’‘ʼ`´]", "'")
                .replaceAll("[“”«»„]", "\"")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fingerprintGivesWhatTheRegexDefinitionGaveOnRandomText() throws NoSuchAlgorithmException {
        String alphabet = "aÉé ’‘ʼ`´“”«»„\"'\t\n\r\u000B\f\u00A0\u2003\u3000ΣΑ\u0301ﬁİ.";
        for (String s : RandomText.strings(alphabet, 20, 20_000, 5)) {
            assertEquals(fingerprintByRegex(s), IdenticalAnswers.fingerprint(s), () -> "for " + RandomText.escaped(s));
        }
    }

    @Test
    void fingerprintGivesWhatTheRegexDefinitionGaveOnRandomFrenchText() throws NoSuchAlgorithmException {
        // the characters of French answers, which take the one-pass path, with a few that leave it
        String alphabet = "aZ eéÈçœŒ’«»“”€°–—\t\n\r\u000B\f\u001C\u2028\u2003ºªÿ…İ.";
        for (String s : RandomText.strings(alphabet, 40, 20_000, 11)) {
            assertEquals(fingerprintByRegex(s), IdenticalAnswers.fingerprint(s), () -> "for " + RandomText.escaped(s));
        }
    }

    @Test
    void fingerprintGivesWhatTheRegexDefinitionGaveForEveryCharacter() throws NoSuchAlgorithmException {
        for (char c = 0; c < Character.MIN_SURROGATE; c++) {
            String s = " Ab" + c + "ç " + c;
            assertEquals(fingerprintByRegex(s), IdenticalAnswers.fingerprint(s), () -> "for " + RandomText.escaped(s));
        }
    }
}

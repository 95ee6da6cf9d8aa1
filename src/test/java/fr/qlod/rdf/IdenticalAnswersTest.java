package fr.qlod.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IdenticalAnswersTest {
    /**
     * The definition {@link IdenticalAnswers#fingerprint} had before it lost its regular expressions
     * (issue #9): its oracle. Fingerprints are stored, so a store loaded before must keep matching.
     */
    private static String fingerprintByRegex(String text) throws NoSuchAlgorithmException {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[’‘ʼ`´]", "'").replaceAll("[“”«»„]", "\"")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(t.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void fingerprintGivesWhatTheRegexDefinitionGaveOnRandomText() throws NoSuchAlgorithmException {
        char[] alphabet = "aÉé ’‘ʼ`´“”«»„\"'\t\n\r\u000B\f\u00A0\u2003\u3000ΣΑ\u0301ﬁİ.".toCharArray();
        Random random = new Random(5);
        for (int i = 0; i < 20_000; i++) {
            char[] text = new char[random.nextInt(20)];
            for (int j = 0; j < text.length; j++) {
                text[j] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertEquals(fingerprintByRegex(s), IdenticalAnswers.fingerprint(s), () -> "for " + s);
        }
    }
}

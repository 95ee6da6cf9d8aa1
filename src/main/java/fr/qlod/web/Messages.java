package fr.qlod.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The interface's words in one language, read from {@code messages_fr.properties} or
 * {@code messages_en.properties}; {@code {0}}, {@code {1}}… in a message are replaced by arguments.
 */
final class Messages {
    static final Messages FRENCH = load("fr");
    static final Messages ENGLISH = load("en");

    private final String lang;
    private final Properties words;

    private Messages(String lang, Properties words) {
        this.lang = lang;
        this.words = words;
    }

    /** The messages of {@code en}, else French. */
    static Messages of(String lang) {
        return "en".equals(lang) ? ENGLISH : FRENCH;
    }

    private static Messages load(String lang) {
        Properties p = new Properties();
        String name = "messages_" + lang + ".properties";
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(lang, p);
    }

    /** The language code, {@code fr} or {@code en}. */
    String lang() {
        return lang;
    }

    boolean english() {
        return "en".equals(lang);
    }

    /** The message, or its key when it is missing (so that a gap shows instead of failing the page). */
    String t(String key, Object... args) {
        String text = words.getProperty(key, key);
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}

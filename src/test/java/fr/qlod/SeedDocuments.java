package fr.qlod;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The two seed documents of ../shared/seeds, read from their one copy in the repository: the demo corpus's,
 * on the classpath under {@code /fr/qlod/demo/}. The demo must ship them in the jar anyway, so tests read
 * that copy rather than a second one of their own that could drift from it.
 */
public final class SeedDocuments {
    /** Seed 000 (question 14/QE/59906), the 2009-2015 table page as text. */
    public static final String SEED_000 = "/fr/qlod/demo/seed-000-QANR5L14QE59906.txt";
    /** Seed 001 (question 14/QE/60037), the /dyn/ page as text. */
    public static final String SEED_001 = "/fr/qlod/demo/seed-001-QANR5L14QE60037.txt";

    private SeedDocuments() {}

    /** A test resource: {@code name} itself when it starts with "/" (a seed), else {@code folder + name}. */
    public static byte[] resource(String folder, String name) {
        String path = name.startsWith("/") ? name : folder + name;
        try (InputStream in = SeedDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

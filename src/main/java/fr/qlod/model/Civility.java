package fr.qlod.model;

import java.util.Locale;
import java.util.Optional;

/** Civility as printed before a name. */
public enum Civility {
    M("M."),
    MME("Mme"),
    MLLE("Mlle");

    private final String printed;

    Civility(String printed) {
        this.printed = printed;
    }

    public String printed() {
        return printed;
    }

    public static Optional<Civility> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        switch (text.strip().replace(".", "").toLowerCase(Locale.ROOT)) {
            case "m":
            case "monsieur":
                return Optional.of(M);
            case "mme":
            case "madame":
                return Optional.of(MME);
            case "mlle":
            case "mademoiselle":
                return Optional.of(MLLE);
            default:
                return Optional.empty();
        }
    }
}

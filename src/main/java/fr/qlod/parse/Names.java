package fr.qlod.parse;

import fr.qlod.model.Author;
import fr.qlod.model.Civility;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the names printed on question pages into civility, given and family name. Pages print
 * "M. Thierry Lazaro" (given name first) or, in the FICHE layout, "Ligot Maurice" (family name
 * first); particles and compound family names ("Le Pen", "de Rugy", "Cornut-Gentille") stay
 * whole.
 */
public final class Names {
    private static final Pattern CIVILITY = Pattern.compile("^(M\\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\\.?\\s+");

    private Names() {}

    /** Given name first: "M. Thierry Lazaro", "Mme Marie-Noëlle Battistel", "M. Jean de La Fontaine". */
    public static Author givenFirst(String printed, String personId, String mandateId) {
        String t = Texts.clean(printed).replace('\n', ' ');
        Civility civility = null;
        Matcher m = CIVILITY.matcher(t);
        if (m.find()) {
            civility = Civility.parse(m.group(1)).orElse(null);
            t = t.substring(m.end()).strip();
        }
        int space = t.indexOf(' ');
        if (space < 0) {
            return new Author(civility, null, t, personId, mandateId);
        }
        return new Author(civility, t.substring(0, space), t.substring(space + 1), personId, mandateId);
    }

    /** Family name first, as in FICHE pages: "Ligot Maurice", "Le Pen Marine", "Cornut-Gentille François". */
    public static Author familyFirst(Optional<Civility> civility, String printed) {
        String t = Texts.clean(printed).replace('\n', ' ');
        int space = t.lastIndexOf(' ');
        if (space < 0) {
            return new Author(civility.orElse(null), null, t, null, null);
        }
        return new Author(civility.orElse(null), t.substring(space + 1), t.substring(0, space), null, null);
    }
}

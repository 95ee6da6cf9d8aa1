package fr.qlod.mapping;

import fr.qlod.model.QuestionId;
import fr.qlod.model.QuestionType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The deterministic URLs of other sites about the same things: the Assemblée's own pages and
 * NosDéputés.fr (Regards Citoyens). NosDéputés keeps one site per legislature: 13 at
 * 2007-2012.nosdeputes.fr, 14 at 2012-2017, 15 at 2017-2022, 16 and 17 on www (checked against
 * public code that links to it; the 16th legislature has no archive host of its own).
 */
final class ExternalLinks {
    private static final String AN = "https://www.assemblee-nationale.fr/dyn/";
    private static final String AN_OLD_QUESTIONS = "https://questions.assemblee-nationale.fr/q";
    /** The first legislature whose questions have a /dyn/ page. */
    private static final int FIRST_DYN_LEGISLATURE = 14;

    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s<>\"{}|\\\\^`]+");

    private ExternalLinks() {}

    /** The Assemblée's page of a question: /dyn/ from the 14th legislature, the old question site before. */
    static String assembleeQuestion(QuestionId id) {
        if (id.legislature() >= FIRST_DYN_LEGISLATURE) {
            return AN + id.legislature() + "/questions/" + id.uid();
        }
        return AN_OLD_QUESTIONS + id.legislature() + "/" + id.legislature() + "-" + id.number()
                + id.type().name() + ".htm";
    }

    /** The Assemblée's page of a deputy by actor id. */
    static String assembleeDeputy(String actorId) {
        return AN + "deputes/" + actorId;
    }

    /** The NosDéputés host of a legislature, if the site covers it. */
    static Optional<String> nosDeputes(int legislature) {
        switch (legislature) {
            case 13:
                return Optional.of("https://2007-2012.nosdeputes.fr");
            case 14:
                return Optional.of("https://2012-2017.nosdeputes.fr");
            case 15:
                return Optional.of("https://2017-2022.nosdeputes.fr");
            case 16:
            case 17:
                return Optional.of("https://www.nosdeputes.fr");
            default:
                return Optional.empty();
        }
    }

    /** NosDéputés' page of a written question ({@code /14/question/QE/59906}); it lists no other type. */
    static Optional<String> nosDeputesQuestion(QuestionId id) {
        if (id.type() != QuestionType.QE) {
            return Optional.empty();
        }
        return nosDeputes(id.legislature()).map(host -> host + "/" + id.legislature() + "/question/QE/" + id.number());
    }

    /** NosDéputés' page of a deputy, by the slug of "given family" ({@code /thierry-lazaro}). */
    static Optional<String> nosDeputesDeputy(int legislature, String givenName, String familyName) {
        if (givenName == null) {
            return Optional.empty();
        }
        return nosDeputes(legislature).map(host -> host + "/" + Uris.slug(givenName + " " + familyName));
    }

    /** The Wikidata P4123 value of an actor id: its digits ("PA1857" → "1857"). */
    static String wikidataP4123(String actorId) {
        return actorId.substring(2);
    }

    /** Whether a source gave a usable http(s) URL (seed 000 prints a damaged "ttps://…"). */
    static boolean isWebUrl(String url) {
        if (url == null || !WEB_URL.matcher(url).matches()) {
            return false;
        }
        try {
            return new URI(url).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

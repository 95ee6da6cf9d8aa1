package fr.qlod.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses a representation from an HTTP {@code Accept} header (RFC 9110 §12.5.1). Each offered format
 * takes the q-value of the most specific media range that matches it; a q-value of 0 refuses it. The
 * highest q-value wins; on a tie the format named more specifically wins ({@code text/html} over
 * {@code text/*} over {@code *}{@code /*}); then the earlier offer. So the first offered format is the
 * default for wildcards and for a missing header: documents offer Turtle first, so that
 * {@code *}{@code /*} (curl, RDF clients) gets Turtle while a browser, which names {@code text/html},
 * gets the page.
 */
final class ContentNegotiation {
    /** Longer Accept headers are refused (431) rather than parsed. */
    static final int MAX_ACCEPT_LENGTH = 8192;

    private ContentNegotiation() {}

    /** The best of the offered formats for the header, or empty when none is acceptable (406). */
    static Optional<Format> choose(String accept, List<Format> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        Format best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (Format format : offered) {
            Range match = bestMatch(ranges, format.mediaType());
            if (match == null || match.q <= 0) {
                continue;
            }
            if (best == null || match.q > bestQ || (match.q == bestQ && match.specificity() > bestSpecificity)) {
                best = format;
                bestQ = match.q;
                bestSpecificity = match.specificity();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The most specific range matching the media type, or null. */
    private static Range bestMatch(List<Range> ranges, String mediaType) {
        String type = mediaType.substring(0, mediaType.indexOf('/'));
        Range best = null;
        for (Range r : ranges) {
            boolean matches = r.type.equals("*")
                    || (r.type.equals(type) && (r.subtype.equals("*") || mediaType.equals(r.type + "/" + r.subtype)));
            if (matches && (best == null || r.specificity() > best.specificity())) {
                best = r;
            }
        }
        return best;
    }

    static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String media = pieces[0].trim().toLowerCase(Locale.ROOT);
            int slash = media.indexOf('/');
            if (slash <= 0 || slash == media.length() - 1) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String param = pieces[i].trim();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    q = quality(param.substring(2));
                }
            }
            if (!Double.isNaN(q)) {
                ranges.add(new Range(media.substring(0, slash), media.substring(slash + 1), q));
            }
        }
        return ranges;
    }

    /** The q-value, or NaN when malformed: such a range is ignored. */
    private static double quality(String value) {
        try {
            double q = Double.parseDouble(value.trim());
            return q < 0 || q > 1 ? Double.NaN : q;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** One media range of an Accept header. */
    record Range(String type, String subtype, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }
    }
}

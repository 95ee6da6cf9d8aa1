package fr.qlod.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The part of a {@code /id/…} or {@code /doc/…} request path after the prefix, checked, with an
 * optional format suffix split off: {@code question/QANR5L14QE59906.ttl} names the resource
 * {@code question/QANR5L14QE59906} in Turtle. Only the characters the IRIs use are accepted.
 */
record ResourcePath(String local, Format suffix) {
    /** Segments of letters, digits, {@code - _ . ~}; no empty, {@code .} or {@code ..} segment. */
    private static final Pattern SAFE =
            Pattern.compile("[A-Za-z0-9_~-][A-Za-z0-9_.~-]*(/[A-Za-z0-9_~-][A-Za-z0-9_.~-]*)*");

    private static final int MAX_LENGTH = 512;

    /** Parses the path after the prefix; empty when it is not a well-formed resource path (400). */
    static Optional<ResourcePath> parse(String path) {
        if (path == null
                || path.isEmpty()
                || path.length() > MAX_LENGTH
                || !SAFE.matcher(path).matches()) {
            return Optional.empty();
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash) {
            Optional<Format> format = Format.ofSuffix(path.substring(dot));
            if (format.isPresent() && format.get() != Format.JSON) {
                return Optional.of(new ResourcePath(path.substring(0, dot), format.get()));
            }
        }
        return Optional.of(new ResourcePath(path, null));
    }

    /** The path with a suffix for the format, e.g. {@code question/Q1.ttl}. */
    String withSuffix(Format format) {
        return local + format.suffix();
    }
}

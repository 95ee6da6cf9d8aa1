package fr.qlod.model;

import java.util.Objects;

/**
 * A correction published in the JO.
 *
 * @param target      the question or the answer
 * @param publication where the erratum appeared
 * @param text        the erratum text, or null when only its publication is known
 */
public record Erratum(ErratumTarget target, JoPublication publication, String text) {
    public Erratum {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(publication, "publication");
        text = Checks.blankToNull(text);
    }
}

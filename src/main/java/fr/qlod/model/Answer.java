package fr.qlod.model;

import java.util.Objects;

/**
 * A published answer (for QG and QOSD, the debate in session).
 *
 * @param text        clean text, paragraphs separated by a blank line; may be empty when only the date is known
 * @param publication where and when the answer appeared in the JO
 */
public record Answer(String text, JoPublication publication) {
    public Answer {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(publication, "publication");
    }
}

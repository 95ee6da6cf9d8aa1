package fr.qlod.model;

/**
 * A record a source yields: a question, or an AMO person, mandate or organ.
 * Readers emit entities one at a time; the mapper turns each into one named graph.
 */
public sealed interface Entity permits Question, Person, Organ, Mandate {

    /** The identifier of the entity in its source: a question uid, a PA or PO id. */
    String key();

    /** Where the entity was read from. */
    Origin origin();
}

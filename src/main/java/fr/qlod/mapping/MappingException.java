package fr.qlod.mapping;

import fr.qlod.QlodException;

/**
 * A record that could not be mapped completely: the mapper emitted what it could and reports
 * the missing or unusable part to the context's warning handler.
 */
public class MappingException extends QlodException {
    private final String record;
    private final String part;

    /**
     * @param record the record's key (a question uid, a PA/PM/PO id)
     * @param part   what could not be mapped ("author", "source URL"…)
     * @param detail why, as a sentence fragment
     */
    public MappingException(String record, String part, String detail) {
        this(record, part, " not mapped: ", detail);
    }

    private MappingException(String record, String part, String verb, String detail) {
        super(record + ": " + part + verb + detail);
        this.record = record;
        this.part = part;
    }

    /** A warning about a part that was mapped as published although it is odd (a mandate ending before it starts). */
    public static MappingException keptAsPublished(String record, String part, String detail) {
        return new MappingException(record, part, " kept as published: ", detail);
    }

    public String record() {
        return record;
    }

    public String part() {
        return part;
    }
}

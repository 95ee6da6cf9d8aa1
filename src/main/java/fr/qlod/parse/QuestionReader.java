package fr.qlod.parse;

import fr.qlod.model.Entity;
import fr.qlod.model.SourceFormat;
import java.util.function.Consumer;

/**
 * A reader for one source format. {@link Sources} asks each reader in turn whether it
 * {@linkplain #accepts accepts} a document's first bytes, then hands the document to the first
 * that does. A page reader yields one question; a bulk reader yields every record of a dump,
 * one at a time, and reports a bad record to {@link Problems} before going on with the next.
 */
public interface QuestionReader {

    /** The format this reader reads. */
    SourceFormat format();

    /**
     * Whether a document is in this format, judged from its content only, never its name.
     *
     * @param head     the document's first bytes ({@link Input#HEAD_SIZE} at most)
     * @param headText the same bytes decoded leniently
     */
    boolean accepts(byte[] head, String headText);

    /**
     * Reads every entity of one document.
     *
     * @param input    the document
     * @param sink     receives each entity as soon as it is read
     * @param problems receives the faults of single records of a multi-record document; a fault
     *                 that spoils the whole document is thrown as {@link SourceFormatException}
     */
    void read(Input input, Consumer<? super Entity> sink, Problems problems);
}

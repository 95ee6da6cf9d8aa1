package fr.qlod.parse;

import fr.qlod.SeedDocuments;
import fr.qlod.model.Entity;
import fr.qlod.model.Question;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Loads the table-family fixtures and runs a reader on them. */
final class TableFixtures {
    private TableFixtures() {}

    static byte[] bytes(String resource) {
        return SeedDocuments.resource("/source/", resource);
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** Reads one document with a reader, in strict mode, and returns its only question. */
    static Question read(QuestionReader reader, String name, byte[] content) {
        List<Entity> out = new ArrayList<>();
        reader.read(Input.of(name, content), out::add, Problems.strict());
        if (out.size() != 1) {
            throw new AssertionError("expected one question, got " + out.size());
        }
        return (Question) out.get(0);
    }

    static Question read(QuestionReader reader, String resource) {
        return read(reader, resource, bytes(resource));
    }

    /** Whether the reader accepts a document, judged on its head as {@link Sources} does. */
    static boolean accepts(QuestionReader reader, byte[] content) {
        Input input = Input.of("sniffed", content);
        return reader.accepts(input.head(), input.headText());
    }
}

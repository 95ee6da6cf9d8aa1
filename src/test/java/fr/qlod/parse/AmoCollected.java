package fr.qlod.parse;

import fr.qlod.model.Entity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What one read produced: the entities emitted, the problems reported and what was thrown. */
final class AmoCollected {
    final List<Entity> entities = new ArrayList<>();
    final List<SourceFormatException> problems = new ArrayList<>();
    final Problems sink = new Problems(ErrorPolicy.BEST_EFFORT, problems::add);
    SourceFormatException thrown;

    /** Reads one document with one reader, best effort, keeping a thrown fault instead of failing. */
    static AmoCollected read(QuestionReader reader, String name, byte[] bytes) {
        AmoCollected c = new AmoCollected();
        try {
            reader.read(Input.of(name, bytes), c.entities::add, c.sink);
        } catch (SourceFormatException e) {
            c.thrown = e;
        }
        return c;
    }

    static AmoCollected read(QuestionReader reader, String name, String text) {
        return read(reader, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a file, directory or zip through {@link Sources}, which reports every fault. */
    static AmoCollected read(Sources sources, Path path) {
        AmoCollected c = new AmoCollected();
        sources.read(path, c.entities::add, c.sink);
        return c;
    }
}

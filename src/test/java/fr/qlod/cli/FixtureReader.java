package fr.qlod.cli;

import fr.qlod.model.Answer;
import fr.qlod.model.Entity;
import fr.qlod.model.JoPublication;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.QuestionId;
import fr.qlod.model.SourceFormat;
import fr.qlod.parse.Input;
import fr.qlod.parse.Names;
import fr.qlod.parse.Problems;
import fr.qlod.parse.QuestionReader;
import fr.qlod.parse.SourceFormatException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A reader of a tiny "key: value" test format, standing in for the real readers (merged later)
 * so that convert can be tested end to end.
 */
final class FixtureReader implements QuestionReader {
    static final String MARK = "QLOD-FIXTURE";

    @Override
    public SourceFormat format() {
        return SourceFormat.TEXT_TABLE;
    }

    @Override
    public boolean accepts(byte[] head, String headText) {
        return headText.startsWith(MARK);
    }

    @Override
    public void read(Input input, Consumer<? super Entity> sink, Problems problems) {
        Map<String, String> fields = new HashMap<>();
        for (String line : new String(input.bytes(), StandardCharsets.UTF_8).split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2).strip());
            }
        }
        if (fields.containsKey("crash")) {
            throw new IllegalStateException(fields.get("crash"));
        }
        QuestionId id = QuestionId.parse(fields.get("uid"))
                .orElseThrow(() ->
                        new SourceFormatException(input.name(), "line 2", "no uid (number, legislature and type)"));
        Question.Builder q = Question.builder()
                .id(id)
                .origin(new Origin(format(), input.name(), null))
                .text(fields.get("text"));
        if (fields.containsKey("author")) {
            q.author(Names.givenFirst(fields.get("author"), null, null));
        }
        if (fields.containsKey("published")) {
            q.published(JoPublication.of(LocalDate.parse(fields.get("published")), null));
        }
        if (fields.containsKey("answer")) {
            q.answer(new Answer(fields.get("answer"), JoPublication.of(LocalDate.parse(fields.get("answered")), null)));
        }
        sink.accept(q.build());
    }
}

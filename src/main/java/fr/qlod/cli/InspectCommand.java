package fr.qlod.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.qlod.model.Entity;
import fr.qlod.model.Question;
import fr.qlod.parse.Completeness;
import fr.qlod.parse.Problems;
import fr.qlod.parse.SourceFormatException;
import fr.qlod.parse.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qlod inspect}: prints what the readers understood of each file, as JSON. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        header = "Print what was read from each file as JSON, one object per record.",
        description = "Reads files, directories and zip archives in any supported format and prints "
                + "one JSON object per question (and per AMO person, mandate or organ), one per line. "
                + "Bad files are named on standard error; the exit code is then 3.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files, directories or zip archives.")
    List<Path> files;

    @Option(names = "--pretty", description = "Indent the JSON objects.")
    boolean pretty;

    @Option(
            names = "--require-complete",
            description = "Count a question without author, ministry, publication "
                    + "date, indexing or text as bad input (checks readers against real pages).")
    boolean requireComplete;

    @Mixin
    ReadOptions read;

    @Mixin
    StackTraceOption stackTrace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ObjectMapper json = mapper(pretty);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Problems problems = read.problems(err);
        long[] count = {0};
        Sources sources = Sources.create();
        for (Path file : files) {
            sources.read(
                    file,
                    entity -> {
                        count[0]++;
                        out.println(toJson(json, entity));
                        if (requireComplete && entity instanceof Question q) {
                            List<String> missing = Completeness.missing(q);
                            if (!missing.isEmpty()) {
                                problems.report(new SourceFormatException(
                                        entity.origin().location(),
                                        null,
                                        "question " + q.key() + " read without " + String.join(", ", missing)));
                            }
                        }
                    },
                    problems);
        }
        out.flush();
        err.println(Summary.of(count[0], "record", problems));
        return problems.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    static ObjectMapper mapper(boolean pretty) {
        ObjectMapper mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        return pretty ? mapper.enable(SerializationFeature.INDENT_OUTPUT) : mapper;
    }

    /** The entity as JSON, with its kind, and for a question its uid and derived status. */
    static String toJson(ObjectMapper json, Entity entity) {
        ObjectNode node = json.createObjectNode();
        node.put("kind", entity.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        node.put("key", entity.key());
        if (entity instanceof Question q) {
            node.put("status", q.status().name());
        }
        node.setAll((ObjectNode) json.valueToTree(entity));
        try {
            return json.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package fr.qlod.mapping;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.qlod.model.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Counts how the authors, groups and ministries of a conversion were resolved against the AMO
 * directory, per source format, and writes the ambiguous and unknown ones as JSON lines with
 * their candidates, so that a maintainer sees what is left to resolve.
 *
 * <pre>
 * ResolutionReport report = ResolutionReport.create(jsonLinesWriter); // or create(null): counts only
 * MappingContext context = MappingContext.create().resolutions(report).build();
 * // … convert …
 * report.summary().forEach(System.err::println);
 * </pre>
 */
public final class ResolutionReport implements Consumer<Resolution> {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer unresolved;
    private final Map<SourceFormat, Map<Resolution.Kind, long[]>> counts = new TreeMap<>();

    private ResolutionReport(Writer unresolved) {
        this.unresolved = unresolved;
    }

    /** A report that writes each ambiguous or unknown resolution as one JSON line to {@code unresolved}, when not null. */
    public static ResolutionReport create(Writer unresolved) {
        return new ResolutionReport(unresolved);
    }

    @Override
    public void accept(Resolution r) {
        counts.computeIfAbsent(r.format(), f -> new EnumMap<>(Resolution.Kind.class))
                .computeIfAbsent(r.kind(), k -> new long[Resolution.Outcome.values().length])[
                r.outcome().ordinal()]++;
        if (unresolved != null && r.outcome() != Resolution.Outcome.RESOLVED) {
            ObjectNode line = JSON.createObjectNode();
            line.put("kind", r.kind().name().toLowerCase(Locale.ROOT));
            line.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
            line.put("record", r.record());
            line.put("format", r.format().name());
            line.put("printed", r.printed());
            r.candidates().forEach(line.putArray("candidates")::add);
            try {
                unresolved.write(JSON.writeValueAsString(line));
                unresolved.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** How many of a kind ended in an outcome, over every source format. */
    public long count(Resolution.Kind kind, Resolution.Outcome outcome) {
        return counts.values().stream()
                .mapToLong(m -> m.getOrDefault(kind, new long[3])[outcome.ordinal()])
                .sum();
    }

    /**
     * One line per source format and kind: {@code "TEXT_TABLE authors: 2 resolved, 0 ambiguous, 0 unknown"},
     * formats in a fixed order.
     */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        counts.forEach((format, kinds) -> kinds.forEach((kind, n) -> lines.add(format + " " + plural(kind) + ": " + n[0]
                + " resolved, " + n[1] + " ambiguous, " + n[2] + " unknown")));
        return lines;
    }

    private static String plural(Resolution.Kind kind) {
        return switch (kind) {
            case AUTHOR -> "authors";
            case GROUP -> "groups";
            case MINISTRY -> "ministries";
        };
    }
}

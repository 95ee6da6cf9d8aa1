package fr.qlod.mapping;

import fr.qlod.model.Entity;
import fr.qlod.model.Question;
import fr.qlod.parse.ErrorPolicy;
import fr.qlod.parse.Problems;
import fr.qlod.parse.Sources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDF;

/**
 * The one streaming path from sources to RDF, shared by {@code convert}, {@code load} and
 * {@code demo}: AMO inputs first, read once into the context's {@link Directory} (so that questions
 * can be resolved against mandates and organs) and once to be mapped; then every input, each record mapped to its named graph
 * as soon as it is read; then the {@linkplain Mentions mention graphs} of the resources the records
 * share, the graph of questions with identical answers and the graph of the concept schemes. Only the directory, the mentions, the
 * answer fingerprints and hashes of the keys of the records seen are kept in memory, never the
 * records: a few dozen bytes a record.
 * A record read a second time in one conversion (the same question from a page and from a dump)
 * is reported and skipped, so that two sources never merge into one graph; a later load replaces it.
 *
 * <pre>
 * Conversion.create(context).run(List.of(amoDir), List.of(dump), stream, problems);
 * </pre>
 */
public final class Conversion {
    private final Sources sources;
    private final MappingContext context;
    private final EntityMapper mapper;
    private final LongConsumer progress;
    private final KeySet seen = new KeySet();
    private long records;

    private Conversion(Sources sources, MappingContext context, LongConsumer progress) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.context = Objects.requireNonNull(context, "context");
        this.mapper = EntityMapper.create(context);
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** A conversion with every built-in reader. */
    public static Conversion create(MappingContext context) {
        return new Conversion(Sources.create(), context, n -> {});
    }

    /** A conversion with the given readers, calling {@code progress} with the record count after each record. */
    public static Conversion create(Sources sources, MappingContext context, LongConsumer progress) {
        return new Conversion(sources, context, progress);
    }

    /**
     * Reads {@code amo} then {@code inputs} and streams their quads to {@code out} (which the
     * caller has started and will finish). Bad documents go to {@code problems}.
     *
     * @return the number of records mapped by this call
     */
    public long run(List<Path> amo, List<Path> inputs, StreamRDF out, Problems problems) {
        return run(amo, inputs, out, problems, new IdenticalAnswers());
    }

    /**
     * As {@link #run(List, List, StreamRDF, Problems)}, collecting identical answers into
     * {@code links}: seeded from a store by {@link IdenticalAnswers#of}, the links graph then
     * covers the store's questions as well as the new ones.
     */
    public long run(List<Path> amo, List<Path> inputs, StreamRDF out, Problems problems, IdenticalAnswers links) {
        long before = records;
        Directory directory = context.directory();
        // the directory is whole before any AMO record is mapped, so that a mandate read before its organ is labelled
        // by it
        Problems reportedBelow = new Problems(ErrorPolicy.BEST_EFFORT, e -> {});
        for (Path path : amo) {
            sources.read(path, directory::add, reportedBelow);
        }
        for (Path path : amo) {
            sources.read(path, entity -> map(entity, out, links), problems);
        }
        for (Path path : inputs) {
            sources.read(
                    path,
                    entity -> {
                        if (!(entity instanceof Question)) {
                            directory.add(entity);
                        }
                        map(entity, out, links);
                    },
                    problems);
        }
        context.mentions().emit(out, context);
        links.emit(out, context);
        ConceptSchemes.emit(out, context);
        return records - before;
    }

    /** The records mapped so far by this conversion, over all its runs. */
    public long records() {
        return records;
    }

    private void map(Entity entity, StreamRDF out, IdenticalAnswers links) {
        // one named graph per record: a second source of the same record would merge into the first's graph
        if (!seen.add(entity.getClass().getSimpleName() + " " + entity.key())) {
            context.warn(new MappingException(
                    entity.key(),
                    "record read again from " + entity.origin().location(),
                    "the one read first is kept"));
            return;
        }
        mapper.emit(entity, out);
        if (entity instanceof Question q) {
            links.add(q);
        }
        progress.accept(++records);
    }

    /**
     * The generation time that makes a conversion reproducible: {@code SOURCE_DATE_EPOCH} when
     * set, else the newest modification time of the input files. Converting or loading the same
     * files twice records the same time, so the second run changes nothing.
     */
    public static Instant generationTime(List<Path> paths) throws IOException {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        }
        Instant newest = Instant.EPOCH;
        for (Path path : new ArrayList<>(paths)) {
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    FileTime t = Files.getLastModifiedTime(p);
                    if (t.toInstant().isAfter(newest)) {
                        newest = t.toInstant();
                    }
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return newest;
    }
}

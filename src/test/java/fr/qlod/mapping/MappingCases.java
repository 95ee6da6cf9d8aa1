package fr.qlod.mapping;

import fr.qlod.model.Entity;
import fr.qlod.model.Origin;
import fr.qlod.model.Question;
import fr.qlod.model.SourceFormat;
import fr.qlod.parse.Problems;
import fr.qlod.parse.Sources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * What the mapping tests share: the context they map in, an in-memory mapping of records, and records read
 * through the real readers from the one copy of each fixture (the golden cases' files, the reader tests' fixtures,
 * the demo's seeds). A test that needs a record no fixture holds (a homonym, an invented deputy) builds it itself.
 */
final class MappingCases {
    static final Instant GENERATED = Instant.parse("2025-01-02T03:04:05Z");
    static final String VERSION = "0.1.0-test";
    static final String BASE = "http://localhost:3030/";

    /** A case: the entities to map (AMO first), and whether AMO entities also fill the directory. */
    record Case(List<Entity> entities, boolean directory) {}

    private MappingCases() {}

    /** Maps a case into an in-memory dataset, as convert would. */
    static DatasetGraph map(Case c) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        StreamRDF out = StreamRDFLib.dataset(dsg);
        Directory directory = Directory.empty();
        if (c.directory()) {
            c.entities().forEach(directory::add);
        }
        MappingContext context = context(directory, e -> {});
        EntityMapper mapper = EntityMapper.create(context);
        out.start();
        EntityMapper.prefixes(out);
        IdenticalAnswers links = new IdenticalAnswers();
        for (Entity e : c.entities()) {
            mapper.emit(e, out);
            if (e instanceof Question q) {
                links.add(q);
            }
        }
        context.mentions().emit(out, context);
        links.emit(out, context);
        out.finish();
        return dsg;
    }

    static MappingContext context(Directory directory, java.util.function.Consumer<MappingException> warnings) {
        return MappingContext.create()
                .uris(Uris.create(BASE))
                .converterVersion(VERSION)
                .generatedAt(GENERATED)
                .directory(directory)
                .warnings(warnings)
                .build();
    }

    static Origin amoOrigin(String id) {
        return new Origin(SourceFormat.AMO_JSON, "amo/" + id + ".json", null);
    }

    /**
     * The AMO records of the golden case seed-000-with-amo-directory, read through the AMO reader: Thierry Lazaro
     * and his mandates (with PM690001, invented: his return to UMP in 2013), two other deputies, their groups, the
     * 14th legislature, the Valls governments' ministries of justice.
     */
    static List<Entity> amo() {
        try {
            return read(MappingGoldenTest.files("seed-000-with-amo-directory").amo());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of the files or resources ("/…") given, read through the real readers; a bad one fails. */
    static List<Entity> read(List<Path> files) {
        List<Entity> out = new ArrayList<>();
        for (Path file : files) {
            Sources.create().read(file, out::add, Problems.strict());
        }
        return out;
    }

    /** The records of one classpath resource ("/source/fiche/9-312QOSD.htm"), read through the real readers. */
    static List<Entity> read(String resource) {
        return read(List.of(MappingGoldenTest.resource(resource)));
    }
}

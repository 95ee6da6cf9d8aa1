package fr.qlod.cli;

import fr.qlod.mapping.EntityMapper;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * The RDF formats {@code qlod convert} writes, and how. N-Quads and TriG stream the named graphs
 * (TriG as one block per graph). N-Triples and Turtle hold no named graphs: they stream the union,
 * in which a triple that several records share (a ministry's label, a concept) may appear more
 * than once, harmless for any RDF loader. JSON-LD cannot be streamed: it keeps the named graphs
 * but is built in memory, so it suits small inputs only.
 */
enum OutputFormat {
    NQUADS(".nq", RDFFormat.NQUADS, true),
    TRIG(".trig", RDFFormat.TRIG_BLOCKS, true),
    NTRIPLES(".nt", RDFFormat.NTRIPLES, false),
    TURTLE(".ttl", RDFFormat.TURTLE_BLOCKS, false),
    JSONLD(".jsonld", RDFFormat.JSONLD, true);

    private final String extension;
    private final RDFFormat format;
    private final boolean quads;

    OutputFormat(String extension, RDFFormat format, boolean quads) {
        this.extension = extension;
        this.format = format;
        this.quads = quads;
    }

    /** The format of a file name's extension ({@code .nq .trig .nt .ttl .jsonld}). */
    static Optional<OutputFormat> ofFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputFormat f : values()) {
            if (name.endsWith(f.extension)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Whether the format keeps named graphs. */
    boolean keepsGraphs() {
        return quads;
    }

    /** A started stream that writes this format to {@code out}; {@link Sink#finish()} completes the document. */
    Sink open(OutputStream out) {
        if (this == JSONLD) {
            DatasetGraph dsg = DatasetGraphFactory.createGeneral();
            StreamRDF stream = StreamRDFLib.dataset(dsg);
            stream.start();
            EntityMapper.prefixes(stream);
            return new Sink(stream, () -> {
                stream.finish();
                RDFDataMgr.write(out, dsg, format);
            });
        }
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, format);
        StreamRDF stream = quads ? writer : new UnionOfGraphs(writer);
        stream.start();
        EntityMapper.prefixes(stream);
        return new Sink(stream, stream::finish);
    }

    /** An open output: the stream to emit to, and what completes the document. */
    record Sink(StreamRDF stream, Runnable finisher) {
        void finish() {
            finisher.run();
        }
    }

    /** Writes each quad as a triple of the default graph, for triples-only formats. */
    private static final class UnionOfGraphs extends StreamRDFWrapper {
        UnionOfGraphs(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            triple(quad.asTriple());
        }
    }
}

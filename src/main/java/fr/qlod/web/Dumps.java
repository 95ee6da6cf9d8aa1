package fr.qlod.web;

import fr.qlod.mapping.Qlod;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.io.output.CountingOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;

/**
 * The dumps, as gzipped N-Quads files written once per state of the data, in a temporary folder of
 * the server's: the whole dataset ({@value #ALL}), and one per legislature ({@code
 * qlod-legislature-14.nq.gz}: every named graph that says {@code qlod:legislature} of that
 * legislature, the graphs of its questions and of its mentions). Files, not streams, so that a dump
 * has a length (HEAD and Content-Length), a checksum and a size that the DCAT description can give.
 * The files are written on first use after a load, which for a full corpus takes minutes.
 */
final class Dumps {
    static final String ALL = "qlod.nq.gz";
    private static final String LEGISLATURE_PREFIX = "qlod-legislature-";
    private static final String SUFFIX = ".nq.gz";

    /** One dump file: its name, legislature (null for the whole), place, sizes and SHA-256 of the gzipped bytes. */
    record Dump(String name, Integer legislature, Path file, long bytes, long uncompressedBytes, String sha256) {
        /** The name of the uncompressed N-Quads, for a client that takes no gzip. */
        String plainName() {
            return name.substring(0, name.length() - ".gz".length());
        }
    }

    private final Site site;
    private Path folder;
    private Instant builtFor;
    private List<Dump> dumps = List.of();

    Dumps(Site site) {
        this.site = site;
    }

    /** Every dump, the whole first, then by legislature; written now if the data changed since. */
    synchronized List<Dump> all() {
        Instant time = site.dataTime();
        if (!time.equals(builtFor)) {
            delete();
            dumps = build();
            builtFor = time;
        }
        return dumps;
    }

    Optional<Dump> named(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Removes the files; the next use writes them again. */
    synchronized void delete() {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
        folder = null;
        builtFor = null;
    }

    private List<Dump> build() {
        try {
            folder = Files.createTempDirectory("qlod-dumps");
            List<Dump> built = new ArrayList<>();
            built.add(write(ALL, null, List.of(Node.ANY)));
            for (Map.Entry<Integer, Set<Node>> e : graphsByLegislature().entrySet()) {
                built.add(write(LEGISLATURE_PREFIX + e.getKey() + SUFFIX, e.getKey(), List.copyOf(e.getValue())));
            }
            return List.copyOf(built);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dumps: " + e.getMessage(), e);
        }
    }

    /** The graphs naming each legislature with {@code qlod:legislature}, by legislature number. */
    private Map<Integer, Set<Node>> graphsByLegislature() {
        Map<Integer, Set<Node>> graphs = new TreeMap<>();
        Map<Node, Integer> numbers = new LinkedHashMap<>();
        site.quads(Node.ANY, Qlod.Nodes.legislature, q -> {
            Integer n = numbers.computeIfAbsent(q.getObject(), Dumps::number);
            if (n != null) {
                graphs.computeIfAbsent(n, k -> new TreeSet<>(Comparator.comparing(Node::getURI)))
                        .add(q.getGraph());
            }
        });
        return graphs;
    }

    /** The number at the end of a legislature IRI ({@code …/legislature/14}), or null. */
    private static Integer number(Node legislature) {
        if (!legislature.isURI()) {
            return null;
        }
        String iri = legislature.getURI();
        String last = iri.substring(iri.lastIndexOf('/') + 1);
        return last.matches("\\d{1,3}") ? Integer.valueOf(last) : null;
    }

    private Dump write(String name, Integer legislature, List<Node> graphs) throws IOException {
        Path file = folder.resolve(name);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long plain;
        try (OutputStream raw = Files.newOutputStream(file);
                CountingOutputStream gzipped = new CountingOutputStream(new DigestOutputStream(raw, sha));
                GZIPOutputStream gzip = new GZIPOutputStream(gzipped, 1 << 16);
                CountingOutputStream counted = new CountingOutputStream(gzip)) {
            StreamRDF out = StreamRDFWriter.getWriterStream(counted, RDFFormat.NQUADS);
            out.start();
            for (Node g : graphs) {
                site.quads(g, Node.ANY, out::quad);
            }
            out.finish();
            counted.flush();
            plain = counted.getByteCount();
        }
        return new Dump(
                name, legislature, file, Files.size(file), plain, HexFormat.of().formatHex(sha.digest()));
    }
}

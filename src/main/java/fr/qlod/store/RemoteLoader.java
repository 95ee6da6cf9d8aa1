package fr.qlod.store;

import fr.qlod.mapping.KeySet;
import fr.qlod.mapping.Uris;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Sends a stream of quads to a remote store: each named graph is serialised as N-Triples as it
 * ends, graphs are gathered into batches of at most {@code batchBytes} (a larger graph goes alone),
 * and each batch is written by the target's protocol ({@link RemoteWriter}). Memory holds one batch.
 * Graphs an earlier run had acknowledged ({@link Checkpoint}) are not sent again; each batch the
 * store acknowledges is recorded before the next is sent. The quads must arrive grouped by graph: a
 * graph that comes back after others is refused.
 */
final class RemoteLoader {
    private final RemoteTarget target;
    private final RemoteWriter writer;
    private final Checkpoint checkpoint;
    private final List<RemoteWriter.Pending> batch = new ArrayList<>();
    private long batchBytes;
    private long resumed;

    RemoteLoader(RemoteTarget target, RemoteWriter writer, Checkpoint checkpoint) {
        this.target = target;
        this.writer = writer;
        this.checkpoint = checkpoint;
    }

    RemoteLoadResult load(Consumer<StreamRDF> producer) {
        Graphs graphs = new Graphs();
        CountingStream counting = new CountingStream(graphs);
        try {
            counting.start();
            producer.accept(counting);
            counting.finish();
            flush();
        } catch (RemoteHttp.Failure e) {
            checkpoint.close();
            throw failure(e);
        } catch (RuntimeException | Error e) {
            checkpoint.close();
            throw e;
        }
        checkpoint.complete();
        RemoteWriter.Counts c = writer.counts();
        return new RemoteLoadResult(
                new LoadResult(c.replaced(), c.merged(), c.added(), counting.quads()), resumed, writer.requests());
    }

    private StoreException failure(RemoteHttp.Failure e) {
        String graph = batch.isEmpty() ? null : batch.get(0).graph().getURI();
        String more = batch.size() > 1 ? " (a batch of " + batch.size() + " graphs from <" + graph + ">)" : "";
        return new StoreException(
                target.endpoint().toString(),
                graph,
                e.status(),
                e.getMessage() + more
                        + "; the graphs acknowledged before it are recorded in " + target.checkpoint()
                        + ": run the same command again to resume",
                e);
    }

    private void add(RemoteWriter.Pending graph) {
        if (checkpoint.acknowledgedBefore(graph.key())) {
            resumed++;
            return;
        }
        // a PUT writes one graph: each is acknowledged alone
        boolean full =
                target.protocol() == RemoteProtocol.GSP || batchBytes + graph.bytes().length > target.batchBytes();
        if (!batch.isEmpty() && full) {
            flush();
        }
        batch.add(graph);
        batchBytes += graph.bytes().length;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        writer.write(batch);
        checkpoint.acknowledge(batch.stream().map(RemoteWriter.Pending::key).toList());
        batch.clear();
        batchBytes = 0;
    }

    /**
     * A digest of a graph's name and content: the same record sent again has the same key, in this
     * JVM or another. The content is digested as a set of N-Triples lines, sorted, so that the key does
     * not depend on the order the conversion wrote the triples in (an order that may come from a hash
     * iteration, which differs between JVMs: {@code Set.of}, {@code Map.copyOf}, identity hashes).
     */
    static String key(Node graph, byte[] content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(graph.getURI().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            String[] lines = new String(content, StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            String previous = null;
            for (String line : lines) {
                if (!line.isEmpty() && !line.equals(previous)) {
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                }
                previous = line;
            }
            byte[] digest = sha.digest();
            return graph.getURI() + " " + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Collects the N-Triples of the current graph and hands it over when the next graph starts. */
    private final class Graphs extends StreamRDFBase {
        private final KeySet seen = new KeySet();
        private final ByteArrayOutputStream content = new ByteArrayOutputStream();
        private Node current;

        @Override
        public void triple(Triple triple) {
            throw new StoreException(
                    target.endpoint().toString(),
                    "a triple outside any named graph was given (" + triple
                            + "); every record must be in its own named graph",
                    null);
        }

        @Override
        public void quad(Quad quad) {
            if (quad.isDefaultGraph()) {
                triple(quad.asTriple());
            }
            Node name = quad.getGraph();
            if (!name.equals(current)) {
                end();
                if (!seen.add(name.getURI())) {
                    throw new StoreException(
                            target.endpoint().toString(),
                            name.getURI(),
                            0,
                            "graph <" + name.getURI()
                                    + "> came back after other graphs; a remote load needs the quads grouped by graph",
                            null);
                }
                current = name;
            }
            content.writeBytes((NodeFmtLib.strNT(quad.getSubject()) + " " + NodeFmtLib.strNT(quad.getPredicate()) + " "
                            + NodeFmtLib.strNT(quad.getObject()) + " .\n")
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void finish() {
            end();
        }

        private void end() {
            if (current != null) {
                byte[] bytes = content.toByteArray();
                add(new RemoteWriter.Pending(
                        current, bytes, Uris.isMentionGraph(current.getURI()), key(current, bytes)));
                content.reset();
                current = null;
            }
        }
    }
}

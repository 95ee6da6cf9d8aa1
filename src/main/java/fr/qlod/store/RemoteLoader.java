package fr.qlod.store;

import fr.qlod.mapping.KeySet;
import fr.qlod.mapping.Uris;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * and each batch is written by the target's protocol ({@link RemoteWriter}) on a sender thread, while
 * the conversion goes on with the next: at most {@code parallel} batches are in flight, and memory
 * holds them and the one being gathered. Graphs an earlier run had acknowledged ({@link Checkpoint})
 * are not sent again; a batch is recorded in the checkpoint once the store has acknowledged it, in
 * the order sent (after a failure, the batches still in flight are waited for and those acknowledged
 * recorded), so the checkpoint never holds a graph the store did not acknowledge. Batches never share
 * a graph, so their order in the store does not matter. The quads must arrive grouped by graph: a
 * graph that comes back after others is refused.
 */
final class RemoteLoader {
    private final RemoteTarget target;
    private final RemoteWriter writer;
    private final Checkpoint checkpoint;
    private final ExecutorService senders;
    private final Deque<Sent> inFlight = new ArrayDeque<>();
    private List<RemoteWriter.Pending> batch = new ArrayList<>();
    private long batchBytes;
    private long resumed;

    /** A batch handed to a sender thread, and its write. */
    private record Sent(List<RemoteWriter.Pending> batch, Future<?> written) {}

    /** A batch the store did not acknowledge. */
    private static final class BatchFailure extends RuntimeException {
        private final RemoteHttp.Failure failure;
        private final transient List<RemoteWriter.Pending> batch;

        BatchFailure(RemoteHttp.Failure failure, List<RemoteWriter.Pending> batch) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
            this.batch = batch;
        }
    }

    RemoteLoader(RemoteTarget target, RemoteWriter writer, Checkpoint checkpoint) {
        this.target = target;
        this.writer = writer;
        this.checkpoint = checkpoint;
        this.senders = Executors.newFixedThreadPool(target.parallel(), r -> {
            Thread t = new Thread(r, "qlod-remote-sender");
            t.setDaemon(true);
            return t;
        });
    }

    RemoteLoadResult load(Consumer<StreamRDF> producer) {
        Graphs graphs = new Graphs();
        CountingStream counting = new CountingStream(graphs);
        try {
            counting.start();
            producer.accept(counting);
            counting.finish();
            flush();
            while (!inFlight.isEmpty()) {
                settle(inFlight.removeFirst());
            }
        } catch (BatchFailure e) {
            settleRest();
            throw failure(e.failure, e.batch);
        } catch (RuntimeException | Error e) {
            settleRest();
            throw e;
        } finally {
            senders.shutdownNow();
        }
        checkpoint.complete();
        RemoteWriter.Counts c = writer.counts();
        return new RemoteLoadResult(
                new LoadResult(c.replaced(), c.merged(), c.added(), counting.quads()), resumed, writer.requests());
    }

    private StoreException failure(RemoteHttp.Failure e, List<RemoteWriter.Pending> failed) {
        String graph = failed.get(0).graph().getURI();
        String more = failed.size() > 1 ? " (a batch of " + failed.size() + " graphs from <" + graph + ">)" : "";
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

    /** Sends the batch gathered, once fewer than {@code parallel} batches are in flight. */
    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        if (inFlight.size() >= target.parallel()) {
            settle(inFlight.removeFirst());
        }
        List<RemoteWriter.Pending> sent = batch;
        inFlight.addLast(new Sent(sent, senders.submit(() -> writer.write(sent))));
        batch = new ArrayList<>();
        batchBytes = 0;
    }

    /** Waits for a batch in flight and records its graphs as acknowledged, or throws its failure. */
    private void settle(Sent sent) {
        try {
            sent.written().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RemoteHttp.Failure f) {
                throw new BatchFailure(f, sent.batch());
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteHttp.Failure(0, "interrupted", e);
        }
        checkpoint.acknowledge(
                sent.batch().stream().map(RemoteWriter.Pending::key).toList());
    }

    /**
     * After a failure: waits for the other batches in flight, so that those the store acknowledged are
     * recorded too (a resumed load then skips them), and closes the checkpoint file.
     */
    private void settleRest() {
        try {
            while (!inFlight.isEmpty()) {
                try {
                    settle(inFlight.removeFirst());
                } catch (RuntimeException later) {
                    // the first failure is the one reported
                }
            }
        } finally {
            checkpoint.close();
        }
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

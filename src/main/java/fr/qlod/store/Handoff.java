package fr.qlod.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Runs a producer of quads on a thread of its own and hands its quads, in batches through a short
 * queue, to a stream on the calling thread. A load's inserts must stay on the thread that holds
 * TDB2's write transaction; the producer (reading sources and mapping them) then runs beside them
 * on the second core instead of taking turns with them.
 *
 * <p>What the producer throws is rethrown, the same instance, by {@link #run} once the quads it
 * sent before are delivered; what the destination throws stops the producer at its next quad and is
 * rethrown. Either way the caller aborts its transaction. Prefixes and base are not passed on; a
 * triple is passed on as a quad of the default graph.
 */
final class Handoff {
    private static final int BATCH = 1_024;
    private static final int BATCHES = 64;
    private static final List<Quad> END = List.of();

    private Handoff() {}

    /** Runs {@code producer} on another thread, delivering its quads to {@code destination} on this one. */
    static void run(Consumer<StreamRDF> producer, StreamRDF destination) {
        BlockingQueue<List<Quad>> queue = new ArrayBlockingQueue<>(BATCHES);
        AtomicBoolean cancelled = new AtomicBoolean();
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(
                () -> {
                    Batching out = new Batching(queue, cancelled);
                    try {
                        producer.accept(out);
                    } catch (Cancelled c) {
                        return;
                    } catch (Throwable t) {
                        failure[0] = t;
                    }
                    try {
                        out.flush();
                        put(queue, END, cancelled);
                    } catch (Cancelled c) {
                        // the destination failed meanwhile; its exception is the one thrown
                    }
                },
                "qlod-load-producer");
        thread.setDaemon(true);
        thread.start();
        try {
            for (List<Quad> batch = take(queue); batch != END; batch = take(queue)) {
                for (Quad q : batch) {
                    destination.quad(q);
                }
            }
        } catch (RuntimeException | Error e) {
            cancelled.set(true);
            queue.clear();
            join(thread);
            throw e;
        }
        join(thread);
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException("the producer failed: " + failure[0], failure[0]);
        }
    }

    private static List<Quad> take(BlockingQueue<List<Quad>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading", e);
        }
    }

    private static void put(BlockingQueue<List<Quad>> queue, List<Quad> batch, AtomicBoolean cancelled) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (cancelled.get()) {
                    throw new Cancelled();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    private static void join(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown on the producer's thread to stop it once the destination has failed. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the load was abandoned", null, false, false);
        }
    }

    /** The producer's side: gathers quads into batches and queues them. */
    private static final class Batching extends StreamRDFBase {
        private final BlockingQueue<List<Quad>> queue;
        private final AtomicBoolean cancelled;
        private List<Quad> batch = new ArrayList<>(BATCH);

        Batching(BlockingQueue<List<Quad>> queue, AtomicBoolean cancelled) {
            this.queue = queue;
            this.cancelled = cancelled;
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        @Override
        public void quad(Quad quad) {
            if (cancelled.get()) {
                throw new Cancelled();
            }
            batch.add(quad);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (!batch.isEmpty()) {
                put(queue, batch, cancelled);
                batch = new ArrayList<>(BATCH);
            }
        }
    }
}

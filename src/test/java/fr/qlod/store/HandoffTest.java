package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HandoffTest {
    private static final Node G = NodeFactory.createURI("http://example.test/graph/g");
    private static final Node P = NodeFactory.createURI("http://example.test/p");

    private static Quad quad(int i) {
        return Quad.create(
                G, NodeFactory.createURI("http://example.test/s" + i), P, NodeFactory.createLiteralString("" + i));
    }

    /** Records the quads it receives and the thread they arrive on. */
    private static final class Recording extends StreamRDFBase {
        final List<Quad> quads = new ArrayList<>();
        final AtomicReference<Thread> thread = new AtomicReference<>();

        @Override
        public void quad(Quad quad) {
            thread.set(Thread.currentThread());
            quads.add(quad);
        }
    }

    @Test
    void deliversEveryQuadInOrderOnTheCallersThread() {
        List<Quad> sent = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            sent.add(quad(i));
        }
        AtomicReference<Thread> producerThread = new AtomicReference<>();
        Recording received = new Recording();

        Handoff.run(
                out -> {
                    producerThread.set(Thread.currentThread());
                    sent.forEach(out::quad);
                },
                received);

        assertEquals(sent, received.quads);
        assertSame(Thread.currentThread(), received.thread.get());
        assertNotEquals(Thread.currentThread(), producerThread.get());
    }

    @Test
    void rethrowsWhatTheProducerThrewAfterDeliveringWhatItSentBefore() {
        IllegalStateException failure = new IllegalStateException("bad input");
        Recording received = new Recording();

        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> Handoff.run(
                        out -> {
                            for (int i = 0; i < 3_000; i++) {
                                out.quad(quad(i));
                            }
                            throw failure;
                        },
                        received));

        assertSame(failure, thrown);
        assertEquals(3_000, received.quads.size());
    }

    @Test
    @Timeout(30)
    void aFailingDestinationStopsTheProducer() throws InterruptedException {
        StoreException refusal = new StoreException("db", "refused", null);
        AtomicLong produced = new AtomicLong();
        StreamRDF refusing = new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                throw refusal;
            }
        };

        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> Handoff.run(
                        out -> {
                            for (int i = 0; ; i++) {
                                out.quad(quad(i));
                                produced.incrementAndGet();
                            }
                        },
                        refusing));

        assertSame(refusal, thrown);
        long stoppedAt = produced.get();
        Thread.sleep(200);
        assertEquals(stoppedAt, produced.get(), "the endless producer was stopped, not left running");
    }
}

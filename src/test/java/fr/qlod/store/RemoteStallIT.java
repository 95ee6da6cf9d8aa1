package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A store that accepts a request and then stops sending, before its headers or in the middle of its
 * body: the request fails after the request time-out and is retried like a 5xx answer, so the load
 * either ends or fails naming the time-out, and never hangs. The hostile peers are loopback sockets
 * of this test: one that never answers whole, and a proxy in front of a real Fuseki that stalls the
 * first answers it forwards.
 */
@Timeout(120)
class RemoteStallIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    @Test
    void aStoreThatSendsItsHeadersThenStallsFailsTheLoadAfterTheTimeOutAndRetries() throws IOException {
        Stalling peer = new Stalling(
                "HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\nContent-Length: 4000\r\n\r\ng\r\n",
                null,
                Integer.MAX_VALUE);
        opened.add(peer);
        DatasetGraph data = StoreFixtures.read(StoreFixtures.QUESTIONS);
        long started = System.nanoTime();

        StoreException e =
                assertThrows(StoreException.class, () -> target(peer.uri(), 1).load(StoreFixtures.producer(data)));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertEquals(0, e.httpStatus(), e.getMessage());
        assertTrue(e.getMessage().contains("no answer after 2 attempts"), e.getMessage());
        assertTrue(e.getMessage().contains("no whole answer within 2 s"), e.getMessage());
        assertEquals(2, peer.connections(), "the stalled request and its retry");
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, "the load took " + took);
    }

    @Test
    void aStoreThatNeverAnswersFailsTheLoadAfterTheTimeOut() throws IOException {
        Stalling peer = new Stalling("", null, Integer.MAX_VALUE);
        opened.add(peer);

        StoreException e = assertThrows(StoreException.class, () -> target(peer.uri(), 0)
                .load(StoreFixtures.producer(StoreFixtures.read(StoreFixtures.QUESTIONS))));

        assertTrue(e.getMessage().contains("no answer after 1 attempts"), e.getMessage());
        assertEquals(1, peer.connections());
    }

    @Test
    void answersStalledMidBodyAreRetriedAndTheLoadEndsWhole() throws IOException {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create()
                .loopback(true)
                .port(0)
                .add("/ds", remote, true)
                .build()
                .start();
        opened.add(fuseki::stop);
        // the first two connections forward the request, then only the first bytes of Fuseki's answer
        Stalling proxy = new Stalling(null, fuseki.getHttpPort(), 2);
        opened.add(proxy);
        DatasetGraph data = StoreFixtures.read(StoreFixtures.QUESTIONS);

        RemoteLoadResult result = target(URI.create(proxy.uri() + "ds"), 4).load(StoreFixtures.producer(data));

        assertEquals(4, result.load().graphs());
        assertTrue(proxy.connections() > 2, "connections: " + proxy.connections());
        Txn.executeRead(remote, () -> assertTrue(IsoMatcher.isomorphic(data, remote)));
    }

    private static RemoteTarget target(URI endpoint, int retries) {
        return RemoteTarget.create(endpoint)
                .protocol(RemoteProtocol.QUADS)
                .timeout(TIMEOUT)
                .retries(retries)
                .backoff(Duration.ofMillis(50))
                .build();
    }

    /**
     * A loopback HTTP peer that reads each request and stalls: it sends {@code answer} (possibly
     * nothing) and then nothing more while the client keeps the connection; or, as a proxy to {@code
     * upstream}, it forwards the request and the first 20 bytes of the answer on the first {@code
     * stalled} connections, and everything on the next ones.
     */
    private static final class Stalling implements AutoCloseable {
        private final ServerSocket server;
        private final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> sockets = new ArrayList<>();

        Stalling(String answer, Integer upstream, int stalled) throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        int n = connections.incrementAndGet();
                        synchronized (sockets) {
                            sockets.add(client);
                        }
                        if (upstream == null) {
                            daemon(() -> stall(client, answer));
                        } else {
                            Socket store = new Socket(InetAddress.getLoopbackAddress(), upstream);
                            synchronized (sockets) {
                                sockets.add(store);
                            }
                            daemon(() -> pump(client, store, Long.MAX_VALUE));
                            daemon(() -> pump(store, client, n <= stalled ? 20 : Long.MAX_VALUE));
                        }
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/");
        }

        int connections() {
            return connections.get();
        }

        private static void stall(Socket client, String answer) {
            try (InputStream in = client.getInputStream()) {
                // the request's headers, then whatever body: answered (or not) once the headers are in
                StringBuilder head = new StringBuilder();
                while (!head.toString().endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    head.append((char) b);
                }
                client.getOutputStream().write(answer.getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // the client gave up: what is expected
            }
        }

        /** Copies from one socket to the other, at most {@code limit} bytes, then holds the connection. */
        private static void pump(Socket from, Socket to, long limit) {
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                byte[] buffer = new byte[8192];
                long sent = 0;
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    int now = (int) Math.min(n, limit - sent);
                    out.write(buffer, 0, now);
                    out.flush();
                    sent += now;
                }
                if (limit == Long.MAX_VALUE) {
                    to.shutdownOutput();
                }
            } catch (IOException e) {
                // one side closed: the other goes with it
            }
        }

        private static void daemon(Runnable r) {
            Thread t = new Thread(r);
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (sockets) {
                for (Socket s : sockets) {
                    s.close();
                }
            }
        }
    }
}

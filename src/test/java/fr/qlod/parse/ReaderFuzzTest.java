package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fr.qlod.SeedDocuments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every reader over thousands of seeded mutations of every source fixture: truncations, flipped
 * and inserted bytes, spliced and repeated chunks. Whatever the damage, nothing may escape but
 * qlod's own {@link SourceFormatException}, and no input may take more than a few seconds.
 * A failure prints the seed and mutation so it can be replayed.
 */
class ReaderFuzzTest {
    private static final long SEED = 20141118L;
    private static final int MUTATIONS_PER_FIXTURE = 150;
    private static final long SECONDS_PER_INPUT = 5;

    private static ExecutorService executor;

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void mutatedSourcesFailOnlyWithSourceFormatExceptionAndNeverHang() throws Exception {
        List<Path> fixtures = fixtures();
        assertTrue(fixtures.size() >= 1, "no fixture found under src/test/resources/source");
        Random random = new Random(SEED);
        Sources sources = Sources.create();
        int inputs = 0;
        for (Path fixture : fixtures) {
            byte[] original = Files.readAllBytes(fixture);
            for (int i = 0; i < MUTATIONS_PER_FIXTURE; i++) {
                long seed = random.nextLong();
                byte[] mutated = mutate(original, new Random(seed));
                String name = fixture.getFileName() + "#" + i + "(seed " + seed + ")";
                Future<?> run = executor.submit(() -> {
                    Problems problems = new Problems(ErrorPolicy.BEST_EFFORT, e -> {});
                    try {
                        sources.read(name, new ByteArrayInputStream(mutated), entity -> {}, problems);
                    } catch (IOException e) {
                        throw new SourceFormatException(name, null, e.getMessage(), e);
                    }
                });
                try {
                    run.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    run.cancel(true);
                    fail(name + " took more than " + SECONDS_PER_INPUT + " s");
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (!(cause instanceof SourceFormatException)) {
                        throw new AssertionError(name + " escaped with " + cause, cause);
                    }
                }
                inputs++;
            }
        }
        assertTrue(inputs >= MUTATIONS_PER_FIXTURE, "fuzzed " + inputs + " inputs");
    }

    static List<Path> fixtures() throws IOException, URISyntaxException {
        Path root = Path.of(ReaderFuzzTest.class.getResource("/source").toURI());
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        try {
                            return Files.size(p) < 512 * 1024;
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .sorted()
                    .collect(Collectors.toCollection(ArrayList::new));
            for (String seed : List.of(SeedDocuments.SEED_000, SeedDocuments.SEED_001)) {
                files.add(Path.of(ReaderFuzzTest.class.getResource(seed).toURI()));
            }
            return files;
        }
    }

    static byte[] mutate(byte[] in, Random random) {
        byte[] out = in.clone();
        int kinds = 1 + random.nextInt(3);
        for (int k = 0; k < kinds && out.length > 0; k++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(6)) {
                case 0: // truncate
                    out = java.util.Arrays.copyOf(out, at);
                    break;
                case 1: // flip bytes
                    for (int i = 0; i < 1 + random.nextInt(16); i++) {
                        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                    break;
                case 2: // insert random bytes
                    out = splice(out, at, at, randomBytes(random, 1 + random.nextInt(64)));
                    break;
                case 3: // delete a chunk
                    out = splice(out, at, Math.min(out.length, at + random.nextInt(256)), new byte[0]);
                    break;
                case 4: // repeat a chunk
                    int end = Math.min(out.length, at + random.nextInt(512));
                    out = splice(out, end, end, java.util.Arrays.copyOfRange(out, at, end));
                    break;
                default: // overwrite with markup-like noise
                    byte[] noise = "<>\"&;{}[]:,/\\\u00e9\u00c3".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    for (int i = 0; i < 1 + random.nextInt(32); i++) {
                        out[random.nextInt(out.length)] = noise[random.nextInt(noise.length)];
                    }
                    break;
            }
        }
        return out;
    }

    private static byte[] splice(byte[] in, int from, int to, byte[] insert) {
        byte[] out = new byte[in.length - (to - from) + insert.length];
        System.arraycopy(in, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(in, to, out, from + insert.length, in.length - to);
        return out;
    }

    private static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}

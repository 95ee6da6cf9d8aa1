package fr.qlod.parse;

import java.nio.file.Path;

/**
 * Reads files through {@link Sources} and prints how many entities and faults they gave, for
 * {@link OpenDataStreamingIT} to run in a JVM with a small heap. Exits 0 when nothing was wrong.
 */
final class OpenDataCountMain {
    private OpenDataCountMain() {}

    public static void main(String[] args) {
        long[] count = {0};
        Problems problems = new Problems(ErrorPolicy.BEST_EFFORT, e -> System.err.println(e.getMessage()));
        for (String arg : args) {
            Sources.create().read(Path.of(arg), e -> count[0]++, problems);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("records=" + count[0] + " problems=" + problems.count() + " maxHeapMiB="
                + rt.maxMemory() / (1024 * 1024));
        System.exit(problems.isEmpty() ? 0 : 3);
    }
}

package fr.qlod.harvest;

import java.io.PrintStream;
import java.time.Duration;

/** A one-line progress bar with rate and ETA, redrawn in place on a terminal and silent elsewhere. */
final class Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final int total;
    private final long start = System.nanoTime();
    private long lastDraw;

    Progress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    /** A progress bar on standard error when it is a terminal, none otherwise. */
    static Progress onConsole(int total) {
        return new Progress(System.console() == null ? null : System.err, total);
    }

    void update(int done, String current) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        out.print("\r" + line(done, now - start, current) + "\u001B[K");
        if (done >= total) {
            out.println();
        }
        out.flush();
    }

    /** "[#####.....] 120/1000 1.0/s ETA 14m40s 14-120QE" */
    String line(int done, long elapsedNanos, String current) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int filled = total <= 0 ? WIDTH : (int) ((long) WIDTH * Math.min(done, total) / total);
        String eta = rate > 0 ? format(Duration.ofSeconds((long) (Math.max(0, total - done) / rate))) : "?";
        return String.format(java.util.Locale.ROOT, "[%s%s] %d/%d %.1f/s ETA %s %s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), done, total, rate, eta, current);
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60) : String.format("%dm%02ds", s / 60, s % 60);
    }
}

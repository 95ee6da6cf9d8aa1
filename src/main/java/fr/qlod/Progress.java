package fr.qlod;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * A one-line progress report redrawn in place on a terminal, at most five times a second, and silent
 * elsewhere. With a known total it is a bar with rate and ETA ({@code [#####.....] 120/1000 1.0/s ETA
 * 14m40s 14-120QE}); without one, a count ({@code 12000 records converted…}).
 */
public final class Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter out;
    private final long total;
    private final String unit;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private Progress(PrintWriter out, long total, String unit) {
        this.out = out;
        this.total = total;
        this.unit = unit;
    }

    /** A bar towards {@code total} on standard error when it is a terminal, nothing otherwise. */
    public static Progress onConsole(long total) {
        return new Progress(System.console() == null ? null : new PrintWriter(System.err, true), total, null);
    }

    /** A count of {@code unit} ("records converted") written to {@code out} when {@code shown}, nothing otherwise. */
    public static Progress counting(PrintWriter out, boolean shown, String unit) {
        return new Progress(shown ? out : null, 0, unit);
    }

    /** Reports {@code done} items, the last one {@code current} (ignored by a count). */
    public void update(long done, String current) {
        if (out == null) {
            return;
        }
        long now = System.nanoTime();
        boolean finished = total > 0 && done >= total;
        if (!finished && drawn && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        drawn = true;
        out.print("\r" + (total > 0 ? line(done, now - start, current) : done + " " + unit + "…") + "\u001B[K");
        if (finished) {
            out.println();
            drawn = false;
        }
        out.flush();
    }

    /** Erases the line, if one is drawn. */
    public void clear() {
        if (out != null && drawn) {
            out.print("\r\u001B[K");
            out.flush();
            drawn = false;
        }
    }

    /** "[#####.....] 120/1000 1.0/s ETA 14m40s 14-120QE" */
    String line(long done, long elapsedNanos, String current) {
        double seconds = elapsedNanos / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        int filled = total <= 0 ? WIDTH : (int) (WIDTH * Math.min(done, total) / total);
        String eta = rate > 0 ? format(Duration.ofSeconds((long) (Math.max(0, total - done) / rate))) : "?";
        return String.format(
                Locale.ROOT,
                "[%s%s] %d/%d %.1f/s ETA %s %s",
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                done,
                total,
                rate,
                eta,
                current);
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600
                ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : String.format("%dm%02ds", s / 60, s % 60);
    }
}

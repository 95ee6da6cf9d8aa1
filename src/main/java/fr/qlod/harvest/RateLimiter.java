package fr.qlod.harvest;

/** Spaces requests at least a fixed interval apart; a robots.txt Crawl-delay may widen it. */
final class RateLimiter {
    private long intervalNanos;
    private long next;

    RateLimiter(double requestsPerSecond) {
        this.intervalNanos = (long) (1_000_000_000L / requestsPerSecond);
        this.next = System.nanoTime();
    }

    void atLeast(long nanos) {
        intervalNanos = Math.max(intervalNanos, nanos);
    }

    /** Waits until the next request may go. */
    synchronized void acquire() throws InterruptedException {
        long now = System.nanoTime();
        if (next > now) {
            long wait = next - now;
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            now = next;
        }
        next = now + intervalNanos;
    }
}

package fr.qlod.harvest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a harvest behaves: where it writes, how fast and how patiently it asks, and whom it says
 * it is. Built with {@link #builder()}; every setting has a polite default.
 *
 * @param out             the folder pages and dumps are written to
 * @param requestsPerSecond at most this many requests per second (default 1)
 * @param attempts        tries per URL before giving up on it (default 4)
 * @param backoff         wait before the first retry, doubled at each further one (default 2 s)
 * @param timeout         time allowed for one response (default 30 s)
 * @param userAgent       the User-Agent header
 * @param refresh         re-validate pages already fetched with conditional requests
 * @param pagesSite       where question pages live (tests point it at a local server)
 * @param dynSite         where /dyn/ pages live
 * @param openDataSite    where the open-data repository lives
 */
public record HarvestSettings(
        Path out,
        double requestsPerSecond,
        int attempts,
        Duration backoff,
        Duration timeout,
        String userAgent,
        boolean refresh,
        URI pagesSite,
        URI dynSite,
        URI openDataSite) {
    public static final String USER_AGENT = "qlod-harvester/0.1 (linked-data publisher of French parliamentary "
            + "questions; polite: 1 request/s, robots.txt honoured)";

    public HarvestSettings {
        Objects.requireNonNull(out, "out");
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requests per second must be positive: " + requestsPerSecond);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(pagesSite, "pagesSite");
        Objects.requireNonNull(dynSite, "dynSite");
        Objects.requireNonNull(openDataSite, "openDataSite");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link HarvestSettings}; only {@code out} is required. */
    public static final class Builder {
        private Path out;
        private double requestsPerSecond = 1;
        private int attempts = 4;
        private Duration backoff = Duration.ofSeconds(2);
        private Duration timeout = Duration.ofSeconds(30);
        private String userAgent = USER_AGENT;
        private boolean refresh;
        private URI pagesSite = URI.create("https://questions.assemblee-nationale.fr/");
        private URI dynSite = URI.create("https://www.assemblee-nationale.fr/");
        private URI openDataSite = URI.create("https://data.assemblee-nationale.fr/");

        private Builder() {}

        public Builder out(Path out) {
            this.out = out;
            return this;
        }

        public Builder requestsPerSecond(double rate) {
            this.requestsPerSecond = rate;
            return this;
        }

        public Builder attempts(int attempts) {
            this.attempts = attempts;
            return this;
        }

        public Builder backoff(Duration backoff) {
            this.backoff = backoff;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        public Builder refresh(boolean refresh) {
            this.refresh = refresh;
            return this;
        }

        /** Sends every request to one site instead of the Assemblée's (for tests and mirrors). */
        public Builder site(URI site) {
            this.pagesSite = site;
            this.dynSite = site;
            this.openDataSite = site;
            return this;
        }

        public HarvestSettings build() {
            return new HarvestSettings(
                    out,
                    requestsPerSecond,
                    attempts,
                    backoff,
                    timeout,
                    userAgent,
                    refresh,
                    pagesSite,
                    dynSite,
                    openDataSite);
        }
    }
}

package fr.qlod.mapping;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a mapper needs besides the record: the IRI base, the converter version and the
 * generation time written into each graph's provenance (fixed by the caller, so that output is
 * deterministic), the AMO directory, the {@link Mentions} of shared resources collected so far,
 * where warnings go, and where the resolution of each printed author, group and ministry is reported.
 *
 * <pre>
 * MappingContext context = MappingContext.create()
 *     .uris(Uris.create("https://qlod.example.org/"))
 *     .generatedAt(Instant.parse("2024-01-01T00:00:00Z"))
 *     .build();
 * </pre>
 */
public final class MappingContext {
    private final Uris uris;
    private final String converterVersion;
    private final Instant generatedAt;
    private final Directory directory;
    private final Consumer<MappingException> warnings;
    private final Consumer<Resolution> resolutions;
    private final Mentions mentions = new Mentions();

    private MappingContext(Builder b) {
        this.uris = b.uris;
        this.converterVersion = b.converterVersion;
        this.generatedAt = b.generatedAt;
        this.directory = b.directory;
        this.warnings = b.warnings;
        this.resolutions = b.resolutions;
    }

    public static Builder create() {
        return new Builder();
    }

    public Uris uris() {
        return uris;
    }

    public String converterVersion() {
        return converterVersion;
    }

    /** The generation time of every graph, to the second. */
    public Instant generatedAt() {
        return generatedAt;
    }

    public Directory directory() {
        return directory;
    }

    /** What the records mapped in this context said about shared resources, until {@link Mentions#emit}. */
    public Mentions mentions() {
        return mentions;
    }

    void warn(MappingException e) {
        warnings.accept(e);
    }

    void resolved(Resolution r) {
        resolutions.accept(r);
    }

    /** Builds a {@link MappingContext}; every setting has a default. */
    public static final class Builder {
        private Uris uris = Uris.create();
        private String converterVersion = "dev";
        private Instant generatedAt = Instant.EPOCH;
        private Directory directory = Directory.empty();
        private Consumer<MappingException> warnings = e -> {};
        private Consumer<Resolution> resolutions = r -> {};

        private Builder() {}

        /** Default {@link Uris#create()}. */
        public Builder uris(Uris uris) {
            this.uris = Objects.requireNonNull(uris, "uris");
            return this;
        }

        /** Default "dev". */
        public Builder converterVersion(String version) {
            this.converterVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /** Default the epoch; truncated to the second. */
        public Builder generatedAt(Instant time) {
            this.generatedAt = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.SECONDS);
            return this;
        }

        /** Default an empty directory (no group or ministry resolution by date). */
        public Builder directory(Directory directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Default: warnings are dropped. */
        public Builder warnings(Consumer<MappingException> warnings) {
            this.warnings = Objects.requireNonNull(warnings, "warnings");
            return this;
        }

        /** Default: resolutions are dropped. A {@link ResolutionReport} counts and lists them. */
        public Builder resolutions(Consumer<Resolution> resolutions) {
            this.resolutions = Objects.requireNonNull(resolutions, "resolutions");
            return this;
        }

        public MappingContext build() {
            return new MappingContext(this);
        }
    }
}

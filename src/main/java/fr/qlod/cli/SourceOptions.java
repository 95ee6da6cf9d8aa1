package fr.qlod.cli;

import fr.qlod.mapping.Directory;
import fr.qlod.mapping.MappingContext;
import fr.qlod.mapping.Uris;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * What {@code convert} and {@code load} read and how they mint IRIs: the inputs, {@code --amo} and
 * {@code --base}; and the mapping context every command that maps records (and the demo) sets up the same way.
 */
final class SourceOptions {
    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories or zip archives.")
    List<Path> inputs;

    @Option(names = "--amo", paramLabel = "PATH", description = "AMO files or folders to read before the inputs.")
    List<Path> amo = new ArrayList<>();

    @Option(
            names = "--base",
            paramLabel = "URL",
            defaultValue = Uris.DEFAULT_BASE,
            description = "The base of every minted IRI (default: ${DEFAULT-VALUE}).")
    String base;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The IRIs minted under {@code --base}; a bad base is a usage error. */
    Uris uris() {
        try {
            return Uris.create(base);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "--base: " + e.getMessage());
        }
    }

    /** The AMO paths then the inputs, in reading order. */
    List<Path> all() {
        List<Path> all = new ArrayList<>(amo);
        all.addAll(inputs);
        return all;
    }

    /**
     * A mapping context as every command sets it up: IRIs under {@code uris}, the generation time, this build's
     * version and an empty directory that the AMO records fill as they are read.
     */
    static MappingContext.Builder context(Uris uris, Instant generatedAt) {
        return MappingContext.create()
                .uris(uris)
                .generatedAt(generatedAt)
                .converterVersion(ManifestVersion.version())
                .directory(Directory.empty());
    }
}

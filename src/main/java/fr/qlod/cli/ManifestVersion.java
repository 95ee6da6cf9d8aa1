package fr.qlod.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("dev" when run from classes). */
final class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"qlod " + version()};
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

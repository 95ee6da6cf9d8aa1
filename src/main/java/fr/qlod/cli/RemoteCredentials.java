package fr.qlod.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The credentials of a remote store: a user, and the password from the environment variable
 * {@value #PASSWORD_VARIABLE} or from a file, never from the command line (where other users of the
 * machine would read it in the process list).
 */
final class RemoteCredentials {
    static final String PASSWORD_VARIABLE = "QLOD_REMOTE_PASSWORD";

    @Option(
            names = "--user",
            paramLabel = "NAME",
            description = "The remote store's user (HTTP Basic or Digest, as the store asks); the password comes "
                    + "from the environment variable " + PASSWORD_VARIABLE + " or from --password-file.")
    String user;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "A file holding the remote store's password (its first line).")
    Path passwordFile;

    /** The password, or null without --user. */
    String password(CommandSpec spec, Map<String, String> env) {
        if (user == null) {
            if (passwordFile != null) {
                throw new ParameterException(spec.commandLine(), "--password-file needs --user");
            }
            return null;
        }
        if (passwordFile != null) {
            try {
                String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
                return text.lines().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new ParameterException(
                        spec.commandLine(), "--password-file: cannot read " + passwordFile + ": " + e.getMessage());
            }
        }
        String password = env.get(PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--user " + user + " needs a password: set " + PASSWORD_VARIABLE + " or give --password-file");
        }
        return password;
    }
}

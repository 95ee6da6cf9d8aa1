package fr.qlod.store;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Virtuoso Open Source from Debian ({@code apt-get install virtuoso-opensource}), run as
 * {@code virtuoso-t -f} from a {@code virtuoso.ini} of its own: Debian's, with every database,
 * log, lock and transaction file moved into the folder and free loopback ports for SQL and HTTP. Writes go
 * to {@code /sparql-auth}, behind HTTP Digest authentication (user {@code dba}, Virtuoso's default
 * password on a new database).
 */
public final class VirtuosoProcess extends RemoteStore {
    static final Path PROGRAM = Path.of("/usr/bin/virtuoso-t");
    private static final Path ISQL = Path.of("/usr/bin/isql-vt");
    private static final List<Path> INIS = List.of(
            Path.of("/etc/virtuoso-opensource-7/virtuoso.ini"),
            Path.of("/usr/share/virtuoso-opensource-7/virtuoso.ini"));
    private static final String DEBIAN_DB = "/var/lib/virtuoso-opensource-7/db";

    private final int http;

    private int sql;
    private Path folder;

    private VirtuosoProcess(int http) {
        this.http = http;
    }

    /** Starts a new, empty Virtuoso in {@code folder}; skips the test when Virtuoso is not installed. */
    public static VirtuosoProcess start(Path folder) throws IOException, InterruptedException {
        assumeInstalled("Virtuoso (virtuoso-t)", PROGRAM);
        Path ini = INIS.stream()
                .filter(Files::exists)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no virtuoso.ini in " + INIS));
        Files.createDirectories(folder);
        int sql = freePort();
        int http = freePort();
        String text = Files.readString(ini, StandardCharsets.ISO_8859_1).replace(DEBIAN_DB, folder.toString());
        StringBuilder out = new StringBuilder();
        String section = "";
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("[")) {
                section = t;
            } else if (t.matches("ResultSetMaxRows\\s*=.*")) {
                // as the README tells users: above the number of answers the tests read back at once
                line = "ResultSetMaxRows = 1000000";
            } else if (t.matches("ServerPort\\s*=.*")) {
                line = "ServerPort = 127.0.0.1:" + (section.equals("[HTTPServer]") ? http : sql);
            }
            out.append(line).append('\n');
        }
        Files.writeString(folder.resolve("virtuoso.ini"), out.toString(), StandardCharsets.ISO_8859_1);
        Process p = new ProcessBuilder(PROGRAM.toString(), "-f", "-c", "virtuoso.ini")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("console.log").toFile())
                .start();
        VirtuosoProcess v = new VirtuosoProcess(http);
        v.sql = sql;
        v.folder = folder;
        v.started(p, URI.create("http://127.0.0.1:" + http + "/sparql"), Duration.ofSeconds(180));
        // a new database indexes no literal for bif:contains: every literal, as the README tells users
        Process isql = new ProcessBuilder(
                        ISQL.toString(),
                        Integer.toString(sql),
                        "dba",
                        "dba",
                        "exec=DB.DBA.RDF_OBJ_FT_RULE_ADD (null, null, 'All');")
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("isql.log").toFile())
                .start();
        if (!isql.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || isql.exitValue() != 0) {
            v.close();
            throw new IllegalStateException("isql-vt could not add Virtuoso's text index rule; see " + folder);
        }
        return v;
    }

    /**
     * Indexes for {@code bif:contains} what was loaded since: Virtuoso's text index of RDF literals is
     * filled in batches, in the background, unless asked.
     */
    public void indexText() throws IOException, InterruptedException {
        isql("isql-index.log", "DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ ();");
    }

    /** Creates a user who may query and update by SPARQL ({@code SPARQL_UPDATE}) and nothing more. */
    public void createUpdateUser(String user, String password) throws IOException, InterruptedException {
        isql(
                "isql-user.log",
                "DB.DBA.USER_CREATE ('" + user + "', '" + password + "'); GRANT SPARQL_UPDATE TO \"" + user + "\";");
    }

    private void isql(String log, String statements) throws IOException, InterruptedException {
        Process isql = new ProcessBuilder(ISQL.toString(), Integer.toString(sql), "dba", "dba", "exec=" + statements)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve(log).toFile())
                .start();
        if (!isql.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || isql.exitValue() != 0) {
            throw new IllegalStateException("isql-vt failed on " + statements + "; see " + folder.resolve(log));
        }
    }

    @Override
    public URI loadEndpoint() {
        return URI.create("http://127.0.0.1:" + http + "/sparql-auth");
    }

    @Override
    public URI queryEndpoint() {
        return URI.create("http://127.0.0.1:" + http + "/sparql");
    }

    @Override
    public String user() {
        return "dba";
    }

    @Override
    public String password() {
        return "dba";
    }
}

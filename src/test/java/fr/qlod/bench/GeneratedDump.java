package fr.qlod.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An open-data dump of generated written questions for the kill and load tests: each a copy of the
 * fixture QANR5L15QE4242 with its own number, its own question and answer texts (so that no two
 * answers are identical) and the word {@value #WORD}, found in no other record.
 */
public final class GeneratedDump {
    /** The word every generated question holds and no other record does. */
    public static final String WORD = "zythologie";
    /** The number of the first generated question; the others follow. */
    public static final int FIRST = 300_000;

    private GeneratedDump() {}

    /** Writes a dump of {@code records} questions to {@code file}; their uids are QANR5L15QE{FIRST + i}. */
    public static Path write(Path file, int records) throws IOException {
        String single;
        try (InputStream in = GeneratedDump.class.getResourceAsStream("/source/opendata/QANR5L15QE4242.json")) {
            single = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        String record = single.substring(single.indexOf('{', 1), single.lastIndexOf('}'));
        StringBuilder out = new StringBuilder("{\"questionsEcrites\": {\"question\": [");
        for (int i = 0; i < records; i++) {
            String number = Integer.toString(FIRST + i);
            out.append(i == 0 ? "" : ",\n")
                    .append(record.replace("QANR5L15QE4242", "QANR5L15QE" + number)
                            .replace("\"4242\"", "\"" + number + "\"")
                            .replace(
                                    "jeunes agriculteurs.<br/>",
                                    "jeunes agriculteurs et la " + WORD + " (" + number + ").<br/>")
                            .replace("2019.</p>", "2019 (" + number + ").</p>")
                            .replace("mai 2018.", "mai 2018 (" + number + ")."));
        }
        out.append("]}}");
        return Files.writeString(file, out);
    }
}

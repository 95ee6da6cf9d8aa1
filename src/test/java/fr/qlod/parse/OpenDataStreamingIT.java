package fr.qlod.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A legislature XIV style dump larger than the heap is read in a JVM limited to 64 MiB: the
 * JSON reader must hold one record at a time, never the document.
 */
class OpenDataStreamingIT {
    private static final int RECORDS = 20_000;
    private static final String HEAP = "-Xmx64m";
    private static final long TIMEOUT_SECONDS = 120;
    private static final String PARAGRAPH = "M. le député attire l'attention de Mme la ministre sur la situation "
            + "des communes rurales face à la fermeture des services publics de proximité, et lui demande quelles "
            + "mesures le Gouvernement entend prendre pour garantir l'égal accès de tous les citoyens à ces services. ";

    @TempDir
    Path dir;

    @Test
    void readsADumpLargerThanTheHeapInA64MibJvm() throws Exception {
        Path dump = dir.resolve("Questions_ecrites_XIV.json");
        generate(dump, RECORDS);
        assertTrue(Files.size(dump) > 64L * 1024 * 1024, "the dump must not fit in the child's heap");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(
                        java,
                        HEAP,
                        "-XX:+UseSerialGC",
                        "-cp",
                        System.getProperty("java.class.path"),
                        OpenDataCountMain.class.getName(),
                        dump.toString()))
                .redirectErrorStream(true)
                .start();
        byte[] output = child.getInputStream().readAllBytes();
        boolean finished = child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            child.destroyForcibly();
        }
        String out = new String(output, StandardCharsets.UTF_8);

        assertTrue(finished, "the child JVM did not finish");
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("records=" + RECORDS + " problems=0"), out);
    }

    /** Writes a dump of {@code n} written questions, each answered with a few paragraphs of HTML. */
    private static void generate(Path file, int n) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("questionsEcrites");
            g.writeStringField("@xmlns", "http://schemas.assemblee-nationale.fr/referentiel");
            g.writeArrayFieldStart("question");
            for (int i = 1; i <= n; i++) {
                record(g, i);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    private static void record(JsonGenerator g, int number) throws IOException {
        g.writeStartObject();
        g.writeStringField("@xsi:type", "QuestionEcrite_Type");
        g.writeStringField("uid", "QANR5L14QE" + number);
        g.writeObjectFieldStart("identifiant");
        g.writeStringField("numero", Integer.toString(number));
        g.writeStringField("regime", "5ème République");
        g.writeStringField("legislature", "14");
        g.writeEndObject();
        g.writeStringField("type", "QE");
        g.writeObjectFieldStart("indexationAN");
        g.writeStringField("rubrique", "services publics");
        g.writeStringField("teteAnalyse", "zones rurales");
        g.writeObjectFieldStart("analyses");
        g.writeStringField("analyse", "maintien. accès");
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("auteur");
        g.writeObjectFieldStart("identite");
        g.writeStringField("acteurRef", "PA" + (1000 + number % 577));
        g.writeStringField("mandatRef", "PM" + (640000 + number % 577));
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("minInt");
        g.writeStringField("abrege", "Intérieur");
        g.writeStringField("developpe", "Ministère de l'intérieur");
        g.writeEndObject();
        g.writeObjectFieldStart("textesQuestion");
        g.writeObjectFieldStart("texteQuestion");
        infoJo(g, "2014-07-08", "5800");
        g.writeStringField("texte", PARAGRAPH.repeat(4));
        g.writeNullField("erratum");
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("textesReponse");
        g.writeObjectFieldStart("texteReponse");
        infoJo(g, "2014-09-16", "7835");
        g.writeStringField("texte", ("<p>" + PARAGRAPH + "</p>").repeat(10));
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("cloture");
        g.writeStringField("codeCloture", "REP_PUB");
        g.writeStringField("libelleCloture", "Réponse publiée");
        g.writeStringField("dateCloture", "2014-09-16");
        g.writeEndObject();
        g.writeNullField("signalement");
        g.writeNullField("renouvellements");
        g.writeEndObject();
    }

    private static void infoJo(JsonGenerator g, String date, String page) throws IOException {
        g.writeObjectFieldStart("infoJO");
        g.writeStringField("typeJO", "JO_QUESTION");
        g.writeStringField("dateJO", date);
        g.writeStringField("pageJO", page);
        g.writeNullField("numJO");
        g.writeEndObject();
    }
}

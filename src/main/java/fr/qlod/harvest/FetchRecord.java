package fr.qlod.harvest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the harvester knows of one fetched URL, kept beside the file as {@code NAME.fetch.json}:
 * the URL, the status, the content type (so readers can see the declared charset), the validators for conditional requests and when it was fetched. The
 * record is written after the file, so its presence means the file is complete.
 */
record FetchRecord(
        String url, int status, String contentType, String etag, String lastModified, Instant fetchedAt, Long bytes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path pathFor(Path file) {
        return file.resolveSibling(file.getFileName() + ".fetch.json");
    }

    static Optional<FetchRecord> read(Path file) {
        Path path = pathFor(file);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            JsonNode n = JSON.readTree(path.toFile());
            return Optional.of(new FetchRecord(
                    n.path("url").asText(),
                    n.path("status").asInt(),
                    text(n, "contentType"),
                    text(n, "etag"),
                    text(n, "lastModified"),
                    Instant.parse(n.path("fetchedAt").asText()),
                    n.hasNonNull("bytes") ? n.get("bytes").asLong() : null));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Conditional-request headers built from the validators. */
    Map<String, String> conditionalHeaders() {
        Map<String, String> headers = new HashMap<>();
        if (etag != null) {
            headers.put("If-None-Match", etag);
        }
        if (lastModified != null) {
            headers.put("If-Modified-Since", lastModified);
        }
        return headers;
    }

    void write(Path file) throws IOException {
        ObjectNode n =
                JSON.createObjectNode().put("url", url).put("status", status).put("fetchedAt", fetchedAt.toString());
        if (contentType != null) {
            n.put("contentType", contentType);
        }
        if (etag != null) {
            n.put("etag", etag);
        }
        if (lastModified != null) {
            n.put("lastModified", lastModified);
        }
        if (bytes != null) {
            n.put("bytes", bytes);
        }
        Path target = pathFor(file);
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(n));
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}

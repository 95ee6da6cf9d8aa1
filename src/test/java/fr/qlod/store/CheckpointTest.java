package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint file of a remote load, as a killed load leaves it and the next run reads it. */
class CheckpointTest {
    private static final String ENDPOINT = "http://127.0.0.1:8890/sparql-auth";

    @Test
    void aLineHalfWrittenByAKilledLoadIsDroppedAndTheNextKeysStartOnTheirOwnLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("load.checkpoint");
        try (Checkpoint first = Checkpoint.open(file, ENDPOINT)) {
            first.acknowledge(List.of("g1 aaaa", "g2 bbbb"));
        }
        // the kill came in the middle of the next append
        Files.writeString(file, Files.readString(file) + "g3 cc");

        try (Checkpoint resumed = Checkpoint.open(file, ENDPOINT)) {
            assertEquals(2, resumed.resumable());
            assertTrue(resumed.acknowledgedBefore("g1 aaaa"));
            assertTrue(resumed.acknowledgedBefore("g2 bbbb"));
            assertFalse(resumed.acknowledgedBefore("g3 cccc"), "the graph half recorded is sent again");
            resumed.acknowledge(List.of("g3 cccc"));
        }

        assertEquals(
                List.of("qlod remote load checkpoint for " + ENDPOINT, "g1 aaaa", "g2 bbbb", "g3 cccc"),
                Files.readAllLines(file));
    }

    @Test
    void aCheckpointOfAnotherEndpointIsIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("load.checkpoint");
        try (Checkpoint first = Checkpoint.open(file, ENDPOINT)) {
            first.acknowledge(List.of("g1 aaaa"));
        }

        try (Checkpoint other = Checkpoint.open(file, "http://127.0.0.1:3030/ds")) {
            assertEquals(0, other.resumable());
            assertFalse(other.acknowledgedBefore("g1 aaaa"));
        }
    }
}

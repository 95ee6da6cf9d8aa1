package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class KeySetTest {

    @Test
    void remembersEveryKeyAcrossGrowth() {
        KeySet set = new KeySet();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(set.add("QANR5L14QE" + i), "first time");
        }
        for (int i = 0; i < 200_000; i++) {
            assertFalse(set.add("QANR5L14QE" + i), "second time");
        }
        assertEquals(200_000, set.size());
    }

    @Test
    void keysThatDifferByOneCharacterOrByOrderAreDistinct() {
        KeySet set = new KeySet();
        assertTrue(set.add("Question QANR5L14QE12"));
        assertTrue(set.add("Question QANR5L14QE21"));
        assertTrue(set.add("Question QANR5L14QE1"));
        assertTrue(set.add("Person QANR5L14QE12"));
        assertTrue(set.add(""));
        assertFalse(set.add(""));
        assertEquals(5, set.size());
    }
}

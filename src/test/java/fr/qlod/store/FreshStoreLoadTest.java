package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FreshStoreLoadTest {
    @Test
    void namesTheNextGenerationAsTdb2Does() {
        assertEquals("Data-0002", FreshStoreLoad.nextGeneration("Data-0001"));
        assertEquals("Data-0010", FreshStoreLoad.nextGeneration("Data-0009"));
        assertEquals("Data-10000", FreshStoreLoad.nextGeneration("Data-9999"));
    }
}

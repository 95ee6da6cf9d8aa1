package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.tdb2.params.StoreParams;
import org.junit.jupiter.api.Test;

class StoreParamsTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void nodeCachesGrowWithTheHeapUpToTdb2sDefaults() {
        StoreParams small = QuestionStore.storeParams(192 * MIB);
        StoreParams server = QuestionStore.storeParams(512 * MIB);
        StoreParams huge = QuestionStore.storeParams(256 * 1024 * MIB);

        assertEquals(49_152, small.getNodeId2NodeCacheSize());
        assertEquals(12_288, small.getNode2NodeIdCacheSize());
        assertEquals(131_072, server.getNodeId2NodeCacheSize());
        assertEquals(32_768, server.getNode2NodeIdCacheSize());
        assertEquals(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize(), huge.getNodeId2NodeCacheSize());
        assertEquals(StoreParams.getDftStoreParams().getNode2NodeIdCacheSize(), huge.getNode2NodeIdCacheSize());
    }

    @Test
    void aTinyHeapStillGetsWorkingCaches() {
        StoreParams tiny = QuestionStore.storeParams(16 * MIB);

        assertEquals(10_000, tiny.getNodeId2NodeCacheSize());
        assertEquals(5_000, tiny.getNode2NodeIdCacheSize());
    }
}

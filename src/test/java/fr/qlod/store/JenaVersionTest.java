package fr.qlod.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.Jena;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.junit.jupiter.api.Test;

/** The fresh-store load uses TDB2 internals read against one Jena version: an upgrade must check them again. */
class JenaVersionTest {
    private static final String RECHECK =
            "FreshStoreLoad copies TDB2 internals from Jena " + FreshStoreLoad.JENA_CHECKED
                    + " (DatabaseOps.compaction, tdb2.xloader): whoever upgrades Jena must compare them with the new version, "
                    + "rerun LoadKillIT and QuestionStoreIT, then update FreshStoreLoad.JENA_CHECKED";

    @Test
    void theTdb2OnTheClasspathIsTheVersionTheFreshStoreLoadWasCheckedAgainst() {
        assertEquals(
                FreshStoreLoad.JENA_CHECKED,
                DatasetGraphSwitchable.class.getPackage().getImplementationVersion(),
                RECHECK);
    }

    @Test
    void theJenaOnTheClasspathIsTheVersionTheFreshStoreLoadWasCheckedAgainst() {
        assertEquals(FreshStoreLoad.JENA_CHECKED, Jena.VERSION, RECHECK);
    }
}

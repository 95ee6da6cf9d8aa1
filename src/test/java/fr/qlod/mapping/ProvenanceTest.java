package fr.qlod.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ProvenanceTest {
    @Test
    void aFileIsNamedWithoutTheFoldersItWasReadFrom() {
        // the demo converted its corpus from a temporary folder, whose path ended up in every graph
        assertEquals("seed-000.txt", Provenance.publicName("/tmp/qlod-demo-corpus4411/seed-000.txt"));
        assertEquals("QANR5L16QG1.json", Provenance.publicName("opendata/QANR5L16QG1.json"));
        assertEquals("Q1.json", Provenance.publicName("C:\\data\\Q1.json"));
    }

    @Test
    void aZipEntryKeepsItsPathInsideTheArchiveAndAWebAddressStaysWhole() {
        assertEquals(
                "Questions.json.zip!/json/QANR5L15QE1.json",
                Provenance.publicName("/srv/harvest/Questions.json.zip!/json/QANR5L15QE1.json"));
        assertEquals(
                "https://questions.assemblee-nationale.fr/q14/14-59906QE.htm",
                Provenance.publicName("https://questions.assemblee-nationale.fr/q14/14-59906QE.htm"));
    }
}

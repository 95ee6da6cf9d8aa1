package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourcePathTest {

    @Test
    void splitsAKnownSuffix() {
        assertEquals(
                Optional.of(new ResourcePath("question/QANR5L14QE59906", Format.TURTLE)),
                ResourcePath.parse("question/QANR5L14QE59906.ttl"));
        assertEquals(
                Optional.of(new ResourcePath("person/PA1857", Format.JSONLD)),
                ResourcePath.parse("person/PA1857.jsonld"));
    }

    @Test
    void keepsAPathWithoutSuffix() {
        assertEquals(
                Optional.of(new ResourcePath("question/QANR5L14QE59906/answer", null)),
                ResourcePath.parse("question/QANR5L14QE59906/answer"));
    }

    @Test
    void keepsAnUnknownDotPartInTheName() {
        assertEquals(
                Optional.of(new ResourcePath("report/rapport-1.2", null)), ResourcePath.parse("report/rapport-1.2"));
        assertEquals(Optional.of(new ResourcePath("x/a.json", null)), ResourcePath.parse("x/a.json"));
    }

    @Test
    void refusesOddCharactersAndDotSegments() {
        for (String bad : new String[] {
            "", "a//b", "../etc/passwd", "a/../b", "a/./b", ".hidden", "a b", "a%20b", "a<b>", "a\\b", "é", "a?b", "a/"
        }) {
            assertEquals(Optional.empty(), ResourcePath.parse(bad), bad);
        }
        assertEquals(Optional.empty(), ResourcePath.parse("a".repeat(600)));
    }

    @Test
    void writesTheSuffixOfAFormat() {
        assertEquals("person/PA1857.nt", new ResourcePath("person/PA1857", null).withSuffix(Format.NTRIPLES));
    }
}

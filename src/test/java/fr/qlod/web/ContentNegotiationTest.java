package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentNegotiationTest {
    private static final List<Format> DOCS = LinkedDataServlet.DOCUMENT_FORMATS;

    @Test
    void aBrowserGetsHtml() {
        assertEquals(
                Optional.of(Format.HTML),
                ContentNegotiation.choose(
                        "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8", DOCS));
    }

    @Test
    void wildcardAloneGetsTheFirstOfferTurtle() {
        assertEquals(Optional.of(Format.TURTLE), ContentNegotiation.choose("*/*", DOCS));
    }

    @Test
    void noHeaderGetsTheFirstOffer() {
        assertEquals(Optional.of(Format.TURTLE), ContentNegotiation.choose(null, DOCS));
        assertEquals(Optional.of(Format.HTML), ContentNegotiation.choose("", List.of(Format.HTML, Format.JSON)));
    }

    @Test
    void highestQualityWins() {
        assertEquals(
                Optional.of(Format.JSONLD),
                ContentNegotiation.choose("text/turtle;q=0.5, application/ld+json;q=0.9, text/html;q=0.1", DOCS));
    }

    @Test
    void equalQualityGoesToTheMoreSpecificRange() {
        assertEquals(
                Optional.of(Format.NTRIPLES),
                ContentNegotiation.choose("*/*;q=0.8, application/n-triples;q=0.8", DOCS));
        assertEquals(Optional.of(Format.HTML), ContentNegotiation.choose("text/*", DOCS.subList(1, 2)));
    }

    @Test
    void aSpecificRangeOverridesAWildcardForTheSameType() {
        assertEquals(
                Optional.of(Format.RDFXML),
                ContentNegotiation.choose("text/turtle;q=0, */*;q=0.5, application/rdf+xml", DOCS));
    }

    @Test
    void qualityZeroRefuses() {
        assertEquals(Optional.empty(), ContentNegotiation.choose("text/turtle;q=0", List.of(Format.TURTLE)));
        assertEquals(
                Optional.of(Format.HTML),
                ContentNegotiation.choose("text/turtle;q=0, */*;q=0.1", List.of(Format.TURTLE, Format.HTML)));
    }

    @Test
    void nothingAcceptableIsEmpty() {
        assertEquals(Optional.empty(), ContentNegotiation.choose("image/png, application/pdf", DOCS));
    }

    @Test
    void malformedRangesAndQualitiesAreIgnored() {
        assertEquals(
                Optional.of(Format.TURTLE),
                ContentNegotiation.choose("garbage, /, text/turtle;q=abc, text/turtle", DOCS));
        assertEquals(Optional.empty(), ContentNegotiation.choose("text/turtle;q=7", List.of(Format.TURTLE)));
    }

    @Test
    void mediaTypesAreCaseInsensitive() {
        assertEquals(Optional.of(Format.JSONLD), ContentNegotiation.choose("Application/LD+JSON", DOCS));
    }
}

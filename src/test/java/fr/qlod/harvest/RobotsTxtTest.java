package fr.qlod.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {

    @Test
    void theLongestMatchingRuleWinsAndAllowWinsTies() {
        RobotsTxt robots = RobotsTxt.parse("User-agent: *\nDisallow: /q14/\nAllow: /q14/public/\n", "qlod-harvester");
        assertFalse(robots.allows("/q14/14-1QE.htm"));
        assertTrue(robots.allows("/q14/public/x.htm"));
        assertTrue(robots.allows("/q15/15-1QE.htm"));
    }

    @Test
    void ourOwnGroupReplacesTheStarGroup() {
        String text =
                "User-agent: *\nDisallow: /\n\nUser-agent: qlod-harvester\nUser-agent: other\nDisallow: /private\nCrawl-delay: 5\n";
        RobotsTxt robots = RobotsTxt.parse(text, "qlod-harvester");
        assertTrue(robots.allows("/q14/14-1QE.htm"));
        assertFalse(robots.allows("/private/x"));
        assertEquals(OptionalLong.of(5), robots.crawlDelaySeconds());
    }

    @Test
    void understandsWildcardsEndAnchorsAndComments() {
        RobotsTxt robots = RobotsTxt.parse(
                "# site rules\nUser-agent: *\nDisallow: /*.pdf$ # no PDFs\nDisallow: /dyn/*/amendements\n",
                "qlod-harvester");
        assertFalse(robots.allows("/docs/jo.pdf"));
        assertTrue(robots.allows("/docs/jo.pdf?x=1"));
        assertFalse(robots.allows("/dyn/16/amendements/1"));
        assertTrue(robots.allows("/dyn/16/questions/QANR5L16QE1"));
    }

    @Test
    void anEmptyDisallowAllowsEverything() {
        assertTrue(
                RobotsTxt.parse("User-agent: *\nDisallow:\n", "qlod-harvester").allows("/anything"));
    }
}

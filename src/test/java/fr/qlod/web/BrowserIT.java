package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.store.Delays;
import fr.qlod.store.QuestionStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** End to end in a real headless Chromium, one test or more per kind of page, over the demo store and the hostile fixture. */
class BrowserIT {
    @TempDir
    static Path dir;

    static QuestionStore store;
    static QlodServer server;

    @BeforeAll
    static void start() {
        store = PageFixtures.store(dir);
        server = PageFixtures.serve(store);
    }

    @AfterAll
    static void stop() {
        WebFixtures.stop(store, server);
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    @Test
    void readsAQuestionsSummaryAndFollowsTheLinkToItsDeputy() throws Exception {
        try (Browser b = Browser.open(dir.resolve("profile-question"), "fr-FR")) {
            WebDriver browser = b.driver;
            browser.get(url("/id/question/QANR5L99QE9002"));

            assertTrue(browser.getCurrentUrl().endsWith("/doc/question/QANR5L99QE9002"), browser.getCurrentUrl());
            assertEquals(PageFixtures.HOSTILE + " ministère", fact(browser, "addressed"));
            assertEquals("Réponse publiée", fact(browser, "status"));
            assertEquals("75 jours\nau-delà des deux mois du Règlement", fact(browser, "delay"));
            browser.get(url("/id/question/QANR5L14QE59906"));
            assertTrue(browser.findElement(By.tagName("main"))
                    .getText()
                    .contains("cybercriminalité formulées dans le rapport remis le 30 juin 2014"));
            String author = fact(browser, "author");
            browser.findElement(By.cssSelector("[data-fact=author] a")).click();

            assertEquals(author, browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.findElement(By.cssSelector("table.questions a[href='/doc/question/QANR5L14QE59906']"))
                    .isDisplayed());
        }
    }

    private static String fact(WebDriver browser, String key) {
        return browser.findElement(By.cssSelector("[data-fact=" + key + "] dd")).getText();
    }

    @Test
    void aDeputysTableSortsByDelayAndShowsItsSecondPage() throws Exception {
        try (Browser b = Browser.open(dir.resolve("profile-deputy"), "fr-FR")) {
            WebDriver browser = b.driver;
            browser.get(url("/doc/" + PageFixtures.DEPUTY));
            browser.findElement(By.cssSelector("th[data-column=delay] a")).click();

            List<Long> delays =
                    browser.findElements(By.cssSelector("table.questions tbody td[data-column=delay]")).stream()
                            .map(WebElement::getText)
                            .filter(t -> !t.isEmpty())
                            .map(Long::parseLong)
                            .toList();
            assertEquals(delays.stream().sorted().toList(), delays);
            assertEquals(10L, delays.get(0));
            browser.findElement(By.cssSelector(".pager a[rel=next]")).click();

            assertTrue(browser.getCurrentUrl().contains("qpage=1"), browser.getCurrentUrl());
            assertEquals(
                    PageFixtures.HOSTILE_QUESTIONS - TableRequest.PAGE_SIZE,
                    browser.findElements(By.cssSelector("table.questions tbody tr"))
                            .size());
        }
    }

    @Test
    void aMinistryShowsItsDelayFigureAndChart() throws Exception {
        try (Browser b = Browser.open(dir.resolve("profile-ministry"), "fr-FR")) {
            WebDriver browser = b.driver;
            browser.get(url("/doc/" + PageFixtures.MINISTRY));

            assertTrue(browser.findElement(By.cssSelector("[data-figure=within] .value"))
                    .getText()
                    .endsWith("%"));
            WebElement chart = browser.findElement(By.cssSelector("#chart-delays svg"));
            assertTrue(chart.isDisplayed());
            assertTrue(chart.getSize().getHeight() > 100, "the chart is drawn: " + chart.getSize());
            assertEquals(
                    Delays.bucketCount(),
                    chart.findElements(By.cssSelector("rect")).size());
        }
    }

    @Test
    void aSearchNarrowedByTwoFacetsShowsOnlyMatchingQuestions() throws Exception {
        try (Browser b = Browser.open(dir.resolve("profile-search"), "fr-FR")) {
            WebDriver browser = b.driver;
            browser.get(url("/"));
            WebElement box = browser.findElement(By.cssSelector("header input[name=q]"));
            box.sendKeys("retraites");
            box.submit();
            int before = count(browser, "ministry", "/doc/" + PageFixtures.MINISTRY);
            browser.findElement(By.cssSelector(
                            ".facet[data-facet=ministry] li[data-value='/doc/" + PageFixtures.MINISTRY + "'] a"))
                    .click();
            browser.findElement(By.cssSelector(".facet[data-facet=year] li[data-value='2019'] a"))
                    .click();

            int after = count(browser, "year", "2019");
            assertTrue(after < before, after + " < " + before);
            List<WebElement> results = browser.findElements(By.cssSelector(".results .result"));
            assertEquals(after, results.size());
            for (WebElement r : results) {
                assertEquals(
                        PageFixtures.HOSTILE + " ministère",
                        r.findElement(By.cssSelector(".ministry")).getText());
                assertTrue(r.findElement(By.cssSelector(".date")).getText().endsWith("2019"));
            }
            assertEquals(
                    2,
                    browser.findElements(By.cssSelector(".facets li.selected")).size());
        }
    }

    @Test
    void theLanguageLinkTurnsThePageToEnglishAndKeepsIt() throws Exception {
        try (Browser b = Browser.open(dir.resolve("profile-english"), "fr-FR")) {
            WebDriver browser = b.driver;
            browser.get(url("/doc/" + PageFixtures.MINISTRY));
            assertEquals(
                    "Accueil",
                    browser.findElement(By.cssSelector("header nav a")).getText());
            browser.findElement(By.cssSelector("a.lang")).click();

            assertEquals(
                    "Home", browser.findElement(By.cssSelector("header nav a")).getText());
            assertEquals(
                    "Answer delays (days)",
                    browser.findElement(By.cssSelector("#chart-delays figcaption"))
                            .getText());
            browser.get(url("/doc/" + PageFixtures.DEPUTY));
            assertEquals(
                    "Home", browser.findElement(By.cssSelector("header nav a")).getText());
        }
    }

    @Test
    void theQueryEditorRunsASampleQueryAndShowsItsRows() throws Exception {
        try (Browser b = Browser.open(dir.resolve("profile-query"), "fr-FR")) {
            WebDriver browser = b.driver;
            browser.get(url("/query"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.until(d -> "true".equals(d.findElement(By.id("yasgui")).getAttribute("data-ready")));
            browser.findElement(By.cssSelector("#samples a[data-sample=deputies-by-question-count]"))
                    .click();

            wait.until(d ->
                    !d.findElements(By.cssSelector("#yasgui .yasr tbody tr")).isEmpty());
            List<WebElement> rows = browser.findElements(By.cssSelector("#yasgui .yasr tbody tr"));
            String text = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document"
                            + ".querySelector('#samples a[data-sample=deputies-by-question-count]').parentNode"
                            + ".querySelector('template').content.textContent");
            java.net.http.HttpResponse<String> direct = WebFixtures.HTTP.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/sparql")))
                            .header("Accept", "text/csv")
                            .header("Content-Type", "application/sparql-query")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(text))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            long expected = direct.body().lines().count() - 1;
            assertTrue(expected > 0, direct.statusCode() + " " + direct.body() + "\n" + text);
            assertEquals(expected, rows.size());
            // the editor's whole text: CodeMirror draws only the lines in view, and the sample's header is long
            String edited = (String) ((org.openqa.selenium.JavascriptExecutor) browser)
                    .executeScript("return document.querySelector('#yasgui .CodeMirror').CodeMirror.getValue()");
            assertEquals(text.strip(), edited.strip());
        }
    }

    private static int count(WebDriver browser, String facet, String value) {
        return Integer.parseInt(browser.findElement(
                        By.cssSelector(".facet[data-facet=" + facet + "] li[data-value='" + value + "'] .count"))
                .getText());
    }
}

package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.store.QuestionStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** End to end in a real headless Chromium, one test per kind of page. */
class BrowserIT {
    @TempDir
    static Path dir;
    static QuestionStore store;
    static QlodServer server;

    @BeforeAll
    static void start() {
        store = WebFixtures.store(dir.resolve("db"));
        server = QlodServer.create().store(store).port(0).base(WebFixtures.BASE).build().start();
    }

    @AfterAll
    static void stop() {
        try {
            server.stop();
        } finally {
            store.close();
        }
    }

    private static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    @Test
    void readsAQuestionAndFollowsTheLinkToItsDeputy() throws Exception {
        try (Browser b = Browser.open(dir.resolve("profile-question"), "fr-FR")) {
            WebDriver browser = b.driver;
            browser.get(url("/id/" + WebFixtures.QUESTION));

            assertEquals("Question écrite n° 59906 (14e législature)", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("/doc/" + WebFixtures.QUESTION), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.tagName("main")).getText()
                    .contains("Il lui demande quelles mesures le Gouvernement entend prendre"));
            assertEquals("Thierry Lazaro", fact(browser, "author"));
            assertEquals("Intérieur", fact(browser, "addressed"));
            assertTrue(fact(browser, "delay").startsWith("105 jours"), fact(browser, "delay"));

            browser.findElement(By.cssSelector("[data-fact=author] a")).click();

            assertEquals("Thierry Lazaro", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("/doc/person/PA1857"), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.linkText("Question écrite n° 59906 (14e législature)")).isDisplayed());
        }
    }

    private static String fact(WebDriver browser, String key) {
        return browser.findElement(By.cssSelector("[data-fact=" + key + "] dd")).getText();
    }
}

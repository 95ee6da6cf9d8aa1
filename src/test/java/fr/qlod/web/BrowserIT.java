package fr.qlod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.qlod.store.QuestionStore;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** End to end in a real headless Chromium: a question page, then its deputy's page. */
class BrowserIT {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    @Test
    void readsAQuestionAndFollowsTheLinkToItsDeputy() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER + ": browser test skipped");
        QuestionStore store = WebFixtures.store(dir.resolve("db"));
        QlodServer server = null;
        WebDriver browser = null;
        try {
            server = QlodServer.create().store(store).port(0).base(WebFixtures.BASE).build().start();
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeOptions options = new ChromeOptions();
            if (Files.isExecutable(CHROMIUM)) {
                options.setBinary(CHROMIUM.toFile());
            }
            File profile = Files.createDirectories(dir.resolve("profile")).toFile();
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile.getAbsolutePath());
            browser = new ChromeDriver(service, options);

            browser.get("http://localhost:" + server.port() + "/id/" + WebFixtures.QUESTION);

            assertEquals("Question écrite n° 59906 (14e législature)", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("/doc/" + WebFixtures.QUESTION), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.tagName("main")).getText()
                    .contains("Il lui demande quelles mesures le Gouvernement entend prendre"));

            browser.findElement(By.linkText("Thierry Lazaro")).click();

            assertEquals("Thierry Lazaro", browser.findElement(By.tagName("h1")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("/doc/person/PA1857"), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.linkText("Question écrite n° 59906 (14e législature)")).isDisplayed());
        } finally {
            if (browser != null) {
                browser.quit();
            }
            if (server != null) {
                server.stop();
            }
            store.close();
        }
    }
}

package fr.qlod.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through chromedriver, asking for pages in one language. Public for the tests
 * of other packages that drive a browser ({@code cli.IndependentClientsIT}).
 */
public final class Browser implements AutoCloseable {
    /** The driver every browser test needs. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    public final WebDriver driver;

    private Browser(WebDriver driver) {
        this.driver = driver;
    }

    /** A browser whose Accept-Language is {@code language}; the test is skipped without chromedriver. */
    public static Browser open(Path profileDir, String language) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER), "no " + CHROMEDRIVER + ": browser test skipped");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        if (Files.isExecutable(CHROMIUM)) {
            options.setBinary(CHROMIUM.toFile());
        }
        File profile = Files.createDirectories(profileDir).toFile();
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=" + language,
                "--user-data-dir=" + profile.getAbsolutePath());
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        return new Browser(new ChromeDriver(service, options));
    }

    @Override
    public void close() {
        driver.quit();
    }
}

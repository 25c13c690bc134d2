package newssearch.web.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The system's headless Chromium and its driver (Debian's {@code chromium} and {@code chromium-driver}),
 * started with both paths given so that Selenium never looks for or downloads a browser of its own. Without
 * them the browser tests are skipped on a developer's machine and fail in CI ({@code CI=true}), where
 * {@code .ci/run} installs them.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("newssearch.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("newssearch.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** Skips the calling tests when the browser is missing, or fails them in CI. */
    static void requireInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (installed) {
            return;
        }
        String message = "the browser tests need " + BROWSER + " and " + DRIVER
                + ": apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (CI must run them; .ci/run installs both)");
        }
        Assumptions.abort(message);
    }

    /** A new headless browser with a fresh profile in {@code profile}, its window {@code width} x {@code height}. */
    static ChromeDriver start(Path profile, int width, int height) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars",
                "--force-color-profile=srgb", "--lang=en-GB",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Script errors and content-policy violations the page logged: bugs even when the page looks right. */
    static List<String> scriptErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Uncaught") || message.contains("Content Security Policy")
                        || message.contains("Content-Security-Policy"))
                .toList();
    }
}

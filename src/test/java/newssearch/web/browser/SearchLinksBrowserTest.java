package newssearch.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;


/**
 * "Follow this search" and "Download CSV" in a real browser: the links, and the feed the page's head
 * advertises, follow the search on show as it changes.
 */
class SearchLinksBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path work;

    private static ServedPages server;
    private static ChromeDriver driver;
    private static String base;

    @BeforeAll
    static void startServerAndBrowser() throws IOException, URISyntaxException {
        Chromium.requireInstalled();
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        ServedPages.copyPages(Path.of("seeds"), corpus);
        ServedPages.copyPages(Path.of(SearchLinksBrowserTest.class.getResource("/pages/browser").toURI()), corpus);
        server = ServedPages.start(corpus, work.resolve("index"));
        base = server.base();
        driver = Chromium.start(work.resolve("profile"), 1280, 900);
    }

    @AfterAll
    static void stopBrowserAndServer() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    private static String href(By element) {
        return driver.findElement(element).getAttribute("href");
    }

    @Test
    void followAndDownloadLinksCarryTheSearchOnShow() throws Exception {
        SearchPage page = new SearchPage(driver, base).open("/?q=border&sort=date");
        page.waitForStatus("4 results");
        assertEquals(base + "/api/search.atom?q=border", href(By.id("follow-link")));
        assertEquals(base + "/api/search.atom?q=border",
                href(By.cssSelector("head link[rel=alternate][type='application/atom+xml']")));
        assertEquals(base + "/api/export?q=border&format=csv", href(By.id("download-csv")));

        page.open("/?q=border&issuer=OSCE+Mission+to+Moldova");
        page.waitForStatus("2 results");
        String csvLink = href(By.id("download-csv"));
        assertEquals(base + "/api/export?q=border&issuer=OSCE+Mission+to+Moldova&format=csv", csvLink);
        assertEquals(base + "/api/search.atom?q=border&issuer=OSCE+Mission+to+Moldova", href(By.id("follow-link")));

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csvLink)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv.body()), format)) {
            assertEquals(2, parser.getRecords().size(), "the download holds what the page shows");
        }
        WebElement links = driver.findElement(By.id("search-links"));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", links);
        assertTrue(driver.findElement(By.id("follow-link")).isDisplayed());
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("search-links.png"), driver.getScreenshotAs(OutputType.BYTES));
    }
}

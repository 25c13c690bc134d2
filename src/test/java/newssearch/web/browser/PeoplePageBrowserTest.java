package newssearch.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A person's view and an office's view in a real browser: a name in the person facet, in an item or in a
 * quotation opens the person's posts in time order, their items and their quotations; a post opens the office
 * with its holders in the order of their first item. The server indexes the seeds and four press releases of
 * the Representative on Freedom of the Media (Harlem Désir written with and without diacritics, one person in
 * the facet).
 */
class PeoplePageBrowserTest {

    private static final String RFOM = "OSCE Representative on Freedom of the Media";
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path work;

    private static ServedPages server;
    private static ChromeDriver driver;
    private static String base;

    private SearchPage page;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        Chromium.requireInstalled();
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        ServedPages.copyPages(Path.of("seeds"), corpus);
        ServedPages.copyPages(Path.of("src/test/resources/pages/people"), corpus);
        server = ServedPages.start(corpus, work.resolve("index"));
        assertEquals(List.of(), server.report().skipped(), "every test page is a good page");
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

    @BeforeEach
    void desktopWindow() {
        driver.manage().window().setSize(new Dimension(1280, 900));
        page = new SearchPage(driver, base);
    }

    @AfterEach
    void noScriptErrors() {
        assertEquals(List.of(), Chromium.scriptErrors(driver));
    }

    @Test
    void aNameInThePersonFacetOpensTheirPostsAndAPostOpensItsHolders() throws IOException {
        page.open("/?q=media");
        page.waitForResults();
        // The facet counts the two writings of the name as one person.
        assertEquals(2, page.facetCount("person", "Harlem Désir"));
        driver.findElement(By.cssSelector("#facets a.person-link[title=\"Posts, items and quotations of Harlem Désir\"]"))
                .click();
        waitForHeading("Harlem Désir");
        assertTrue(page.url().contains("who=Harlem+D%C3%A9sir"), page.url());
        assertTrue(text(".variants").contains("Harlem Desir"), text(".variants"));
        assertEquals(List.of("6 March 2018 – 14 May 2019 " + RFOM + " (2 items)"), texts(".post-timeline li"));
        assertEquals(2, driver.findElements(By.cssSelector(".person-items li")).size());
        assertTrue(text(".person-quotes").contains("2 quotations"), text(".person-quotes"));
        screenshot("person-desktop.png");

        driver.findElement(By.cssSelector(".post-timeline a.post-role")).click();
        waitForHeading(RFOM);
        List<String> holders = texts(".post-timeline li");
        assertEquals(2, holders.size(), holders::toString);
        assertTrue(holders.get(0).contains("Harlem Désir") && holders.get(1).contains("Teresa Ribeiro"),
                holders::toString);
        screenshot("office-desktop.png");

        driver.findElement(By.linkText("Teresa Ribeiro")).click();
        waitForHeading("Teresa Ribeiro");
        driver.navigate().back();
        waitForHeading(RFOM);
    }

    @Test
    void aNameInAnItemOpensThePersonAndTheirItemsOpenInTheResultList() {
        page.open("/?q=Reykjavik");
        page.waitForResults();
        page.hitLink("Safety of journalists in the spotlight at a conference in Reykjavik").click();
        page.waitForItem("Safety of journalists in the spotlight at a conference in Reykjavik");
        driver.findElement(By.cssSelector("#item-view .people a.person-link")).click();
        waitForHeading("Teresa Ribeiro");
        assertEquals(List.of("4 December 2020 – 9 March 2023 " + RFOM + " (2 items)"), texts(".post-timeline li"));

        driver.findElement(By.linkText("Search and filter these items in the result list")).click();
        page.waitForResults();
        assertTrue(page.url().contains("person=Teresa+Ribeiro"), page.url());
        assertEquals(2, page.hitTitles().size(), page.hitTitles()::toString);
    }

    @Test
    void thePersonViewFitsAPhone() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        page.open("/?who=" + "Katr%C3%ADn%20Jakobsd%C3%B3ttir");
        waitForHeading("Katrín Jakobsdóttir");
        assertEquals(2, driver.findElements(By.cssSelector(".post-timeline li")).size());
        long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "nothing wider than the phone");
        screenshot("person-phone.png");
    }

    private void waitForHeading(String heading) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> page.isDisplayed(By.id("item-title"))
                && page.itemTitle().equals(heading));
    }

    private static String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText();
    }

    private static List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText)
                .map(t -> t.replace('\n', ' ')).toList();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        assertTrue(png.length > 10_000 && png[1] == 'P', name + " is a real screenshot");
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}

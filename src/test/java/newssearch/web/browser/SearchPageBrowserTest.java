package newssearch.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import newssearch.lucene.LuceneBackend;
import newssearch.web.WebApp;
import newssearch.web.WebSettings;

/**
 * The search page in a real browser: headless Chromium, driven by Selenium, against the real server over the
 * two seeds, the pages under {@code pages/browser/} and a dozen generated weekly reports (for paging). The
 * screenshots it takes are kept under {@code target/screenshots/}.
 */
class SearchPageBrowserTest {

    private static final String GUARDS = "OSCE trains border guards in Moldova on risk analysis";
    private static final String ODESA = "Ukrainian and Moldovan officials share border management practices in Odesa";
    private static final String SCRIPT_TITLE =
            "Border security workshop on <script>alert(1)</script> & other web threats";
    private static final String MOLDOVA_MISSION = "OSCE Mission to Moldova";
    private static final String SECRETARIAT = "OSCE Secretariat, Transnational Threats Department";
    private static final int WEEKLY_REPORTS = 12;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path work;

    private static ServedPages server;
    private static ChromeDriver driver;
    private static String base;

    private SearchPage page;

    @BeforeAll
    static void startServerAndBrowser() throws IOException, URISyntaxException {
        Chromium.requireInstalled();
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        ServedPages.copyPages(Path.of("seeds"), corpus);
        ServedPages.copyPages(Path.of(SearchPageBrowserTest.class.getResource("/pages/browser").toURI()), corpus);
        writeWeeklyReports(corpus);
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

    /** A script error or a content-policy violation is a bug even when the page looks right. */
    @AfterEach
    void noScriptErrors() {
        assertEquals(List.of(), Chromium.scriptErrors(driver));
    }

    @Test
    void typingAQueryShowsHighlightedHitsWithTheirCountAndTime() {
        page.open("/");
        page.searchBox().sendKeys("border");

        String status = page.waitForStatus("4 results");
        assertTrue(status.matches("4 results for “border” in \\d+ ms"), status);
        List<String> titles = page.hitTitles();
        assertEquals(4, titles.size(), titles::toString);
        assertTrue(titles.containsAll(List.of(GUARDS, ODESA, SCRIPT_TITLE)), titles::toString);
        assertTrue(page.highlighted().stream().allMatch(word -> word.toLowerCase().startsWith("border")),
                page.highlighted()::toString);
        page.waitForUrl("/?q=border");
    }

    @Test
    void tickingAFacetNarrowsTheListAndChangesTheCounts() {
        page.open("/?q=border");
        page.waitForStatus("4 results");
        assertEquals(3, page.facetCount("field", "Border management"));
        assertEquals(2, page.facetCount("issuer", MOLDOVA_MISSION));

        page.checkbox("issuer", MOLDOVA_MISSION).click();
        page.waitForStatus("2 results");
        assertEquals(List.of(SCRIPT_TITLE, GUARDS), page.hitTitles().stream().sorted().toList());
        assertEquals(2, page.facetCount("field", "Border management"), "other facets count within the choice");
        assertEquals(2, page.facetCount("issuer", SECRETARIAT), "the chosen facet keeps its other values' counts");
        assertTrue(page.checkbox("issuer", MOLDOVA_MISSION).isSelected());
        assertEquals(List.of("Issued by: " + MOLDOVA_MISSION), page.chips());
        page.waitForUrl("issuer=OSCE+Mission+to+Moldova");

        page.checkbox("issuer", SECRETARIAT).click();
        page.waitForStatus("4 results");
        assertEquals(List.of("Issued by: " + MOLDOVA_MISSION, "Issued by: " + SECRETARIAT), page.chips());

        page.chip("Issued by: " + MOLDOVA_MISSION).click();
        page.waitForStatus("2 results");
        assertFalse(page.checkbox("issuer", MOLDOVA_MISSION).isSelected());

        driver.findElement(By.id("clear-all")).click();
        page.waitForStatus("4 results");
        assertEquals(List.of(), page.chips());
    }

    @Test
    void openingAnItemShowsTheArticleAndBackReturnsToTheResults() {
        page.open("/?q=border");
        page.waitForStatus("4 results");
        page.hitLink(GUARDS).click();

        page.waitForItem(GUARDS);
        page.waitForUrl("item=border-guards-moldova");
        assertTrue(page.url().contains("q=border"), page.url());
        String article = page.itemView().getText();
        for (String expected : List.of("14 March 2024", "from the page’s “Issued on” line", MOLDOVA_MISSION,
                "Border management", "Chisinau", "profiling of travellers", "Related items")) {
            assertTrue(article.contains(expected), () -> "'" + expected + "' in:\n" + article);
        }
        assertFalse(page.isDisplayed(By.id("results-view")));

        driver.navigate().back();
        page.waitForResults();
        page.waitForStatus("4 results");
        assertFalse(page.url().contains("item="), page.url());
        assertEquals(GUARDS, page.focused().getText(), "the focus returns to the link that opened the item");

        driver.navigate().forward();
        page.waitForItem(GUARDS);
        WebElement related = driver.findElement(By.cssSelector("#item-view .related .hit-link"));
        String relatedTitle = related.getText();
        related.click();
        page.waitForItem(relatedTitle);

        driver.findElement(By.className("back-link")).click();
        page.waitForItem(GUARDS);
        // Back restored the scroll position the item had; the person scrolls up to its back link.
        driver.executeScript("window.scrollTo(0, 0)");
        driver.findElement(By.className("back-link")).click();
        page.waitForResults();
        assertFalse(page.url().contains("item="), page.url());
    }

    @Test
    void aTitleHoldingMarkupIsShownAsText() {
        page.open("/?q=workshop");
        page.waitForStatus("3 results");
        assertTrue(page.hitTitles().contains(SCRIPT_TITLE), page.hitTitles()::toString);
        assertEquals(List.of(), driver.findElements(By.cssSelector("#hits script, #hits b, #hits img")));

        page.hitLink(SCRIPT_TITLE).click();
        page.waitForItem(SCRIPT_TITLE);
        assertTrue(page.itemView().getText().contains("A line such as <img src=x onerror=alert(2)> must be shown"));
        assertEquals(List.of(), driver.findElements(By.cssSelector("#item-view script, #item-view b, #item-view img")));
        assertTrue(driver.getTitle().startsWith(SCRIPT_TITLE), driver.getTitle());
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    }

    @Test
    void aSharedLinkOpensInTheStateItNames() {
        page.open("/?q=border&country=Moldova&sort=date");
        page.waitForStatus("3 results");
        assertEquals("border", page.searchBox().getDomProperty("value"));
        assertEquals("date", new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption()
                .getDomProperty("value"));
        assertTrue(page.checkbox("country", "Moldova").isSelected());
        assertEquals(List.of("Country: Moldova"), page.chips());
        assertEquals(List.of("2024-03-14", "2023-10-09", "2022-06-02"), page.hitDates());

        page.open("/?q=border&country=Moldova&item=border-ukraine-moldova");
        page.waitForItem(ODESA);
        driver.findElement(By.className("back-link")).click();
        page.waitForStatus("3 results");
        assertEquals(List.of("Country: Moldova"), page.chips());

        page.open("/?item=no-such-item");
        page.waitForItem("This item is not in the index");
    }

    @Test
    void completionsAreChosenWithTheArrowKeys() {
        page.open("/");
        page.searchBox().sendKeys("geor");
        page.waitUntil(d -> page.isDisplayed(By.cssSelector("#suggestions [role=option]")));
        assertEquals("true", page.searchBox().getDomAttribute("aria-expanded"));
        String first = driver.findElement(By.cssSelector("#suggestions [role=option]")).getText();
        assertTrue(first.toLowerCase().contains("geor"), first);

        page.searchBox().sendKeys(Keys.ARROW_DOWN);
        assertEquals("suggestion-0", page.searchBox().getDomAttribute("aria-activedescendant"));
        page.searchBox().sendKeys(Keys.ENTER);
        page.waitUntil(d -> page.status().matches("\\d+ results? for “" + Pattern.quote(first) + "”.*"));
        assertEquals(first, page.searchBox().getDomProperty("value"));
        assertFalse(page.isDisplayed(By.id("suggestions")), "the list closes once a completion is chosen");
    }

    @Test
    void aMisspelledQueryOffersTheLikelierSpelling() {
        page.open("/");
        page.searchBox().sendKeys("bordr", Keys.ENTER);
        page.waitForStatus("No results");
        assertTrue(page.message().getText().contains("No results for “bordr”"), page.message().getText());

        WebElement didYouMean = driver.findElement(By.className("did-you-mean"));
        assertEquals("border", didYouMean.getText());
        didYouMean.click();
        page.waitForStatus("4 results");
        assertEquals("border", page.searchBox().getDomProperty("value"));
    }

    @Test
    void pressingATimelineBarFiltersToItsYearThenShowsItsMonths() {
        page.open("/?q=border");
        page.waitForStatus("4 results");
        assertEquals("2024: 2 items", page.bar("2024").getAttribute("aria-label"));

        page.bar("2024").click();
        page.waitForStatus("2 results");
        page.waitForUrl("from=2024-01-01&to=2024-12-31");
        assertEquals(List.of("Date: 2024"), page.chips());
        // Within one year the timeline counts months, so a second press narrows to a month.
        page.waitUntil(d -> !d.findElements(org.openqa.selenium.By.cssSelector(
                "#timeline-bars .bar[data-key=\"bar:2024-03\"]")).isEmpty());

        page.chip("Date: 2024").click();
        page.waitForStatus("4 results");
        assertEquals(List.of(), page.chips());
    }

    @Test
    void pagingWalksThroughTheResults() {
        page.open("/?q=checkpoint");
        page.waitForStatus("12 results");
        assertEquals(10, page.hitTitles().size());

        driver.findElement(By.cssSelector("#pager a[rel=next]")).click();
        page.waitForUrl("page=2");
        page.waitUntil(d -> page.hitTitles().size() == 2);
        assertEquals("2", driver.findElement(By.cssSelector("#pager [aria-current=page]")).getText());

        driver.navigate().back();
        page.waitUntil(d -> page.hitTitles().size() == 10);
        assertFalse(page.url().contains("page="), page.url());
    }

    @Test
    void theKeyboardAloneFindsOpensAndLeavesAnItem() {
        page.open("/");
        assertEquals("q", page.focused().getDomAttribute("id"), "the search box has the focus on arrival");
        page.focused().sendKeys("border", Keys.ENTER);
        page.waitForStatus("4 results");

        for (int i = 0; i < 60 && !GUARDS.equals(page.focused().getText()); i++) {
            page.focused().sendKeys(Keys.TAB);
        }
        assertEquals(GUARDS, page.focused().getText(), "Tab reaches the hits");
        page.focused().sendKeys(Keys.ENTER);
        page.waitForItem(GUARDS);
        assertEquals("item-title", page.focused().getDomAttribute("id"), "the focus moves to the item");

        page.focused().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertEquals("← Back to results", page.focused().getText());
        page.focused().sendKeys(Keys.ENTER);
        page.waitForResults();
        page.waitUntil(d -> GUARDS.equals(page.focused().getText()));

        page.focused().sendKeys("/");
        assertEquals("q", page.focused().getDomAttribute("id"), "/ goes back to the search box");
    }

    @Test
    void anUnreachableServerIsReported() throws IOException {
        Javalin doomed = WebApp.create(LuceneBackend.open(work.resolve("index")),
                new WebSettings("127.0.0.1", 0, true)).start();
        SearchPage other = new SearchPage(driver, "http://127.0.0.1:" + doomed.port());
        other.open("/?q=border");
        other.waitForStatus("4 results");

        doomed.stop();
        other.searchBox().sendKeys(Keys.chord(Keys.CONTROL, "a"), "elections", Keys.ENTER);
        other.waitForStatus("The search did not run");
        assertTrue(other.message().getText().contains("Can’t reach the search server"), other.message().getText());
        assertTrue(other.isDisplayed(By.cssSelector("#message button")), "a button to try again");
    }

    @Test
    void screenshotsShowTheSearchTheItemAndAPhoneWidthWindow() throws IOException {
        page.open("/?q=border&country=Moldova");
        page.waitForStatus("3 results");
        assertPng(screenshot("search.png"));

        page.hitLink(GUARDS).click();
        page.waitForItem(GUARDS);
        assertPng(screenshot("item.png"));

        driver.manage().window().setSize(new Dimension(390, 844));
        page.open("/?q=border");
        page.waitForStatus("4 results");
        assertTrue(page.isDisplayed(By.id("filters-toggle")), "a Filters button on a phone");
        assertFalse(page.isDisplayed(By.id("facet-field")), "the facets fold away on a phone");
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 390, "nothing sticks out sideways: " + width);
        assertPng(screenshot("phone.png"));

        driver.findElement(By.id("filters-toggle")).click();
        assertTrue(page.isDisplayed(By.id("facet-field")), "the Filters button opens the facets");
        assertPng(screenshot("phone-filters.png"));
        driver.findElement(By.id("filters-done")).click();
        assertFalse(page.isDisplayed(By.id("facet-field")), "Show results folds them away again");
        assertEquals("filters-toggle", page.focused().getDomAttribute("id"));
    }

    private static Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static void assertPng(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > 10_000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G',
                file + " is a real screenshot");
    }


    /** Pages with one word ("checkpoint") that no other page has, one per month of 2025, so they fill two pages. */
    private static void writeWeeklyReports(Path corpus) throws IOException {
        for (int month = 1; month <= WEEKLY_REPORTS; month++) {
            String date = month + " " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " 2025";
            Files.writeString(corpus.resolve("weekly-report-" + month + ".txt"), String.join("\n",
                    "-", "Our work", "- Field operations", "Weekly report",
                    "Checkpoint monitoring weekly report number " + month,
                    "Monitors recorded the traffic at every checkpoint they visited during the week.",
                    "- Issued on:", "- " + date,
                    "- Issued by:", "- OSCE Special Monitoring Mission",
                    "- Fields of work:", "- Field operations",
                    "Monitors recorded the traffic at every checkpoint they visited during the week.",
                    "The report lists each checkpoint with the hours it was open."));
        }
    }
}

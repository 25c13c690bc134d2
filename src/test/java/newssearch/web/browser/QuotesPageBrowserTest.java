package newssearch.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;


/**
 * Who said what, in a real browser: the Quotes view beside the items, the quotations of an item with their
 * speakers, and "quotes by this person" from the person facet and from the item view. The server indexes the two
 * seeds (John McGregor is quoted in both, Bernd Heinze in one) and a dozen generated monitoring reports, each
 * quoting Maria Rossi once and naming Peter Novak without quoting him.
 */
class QuotesPageBrowserTest {

    private static final String SOFT_TARGETS_ID = "000_a91628f60ba626d3";
    private static final String SOFT_TARGETS =
            "OSCE helps keep soft targets safe from terrorism through interagency co-operation in Turkmenistan";
    private static final String CONFERENCE =
            "OSCE fosters dialogue on critical infrastructure resilience in Central Asia and beyond";
    private static final String MCGREGOR = "John McGregor";
    private static final String HEINZE = "Bernd Heinze";
    private static final String HALDURDYYEV = "Geldimyrat Haldurdyyev";
    private static final String ROSSI = "Maria Rossi";
    private static final String NOVAK = "Peter Novak";
    private static final int REPORTS = 12;
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
        writeMonitoringReports(corpus);
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
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        page = new SearchPage(driver, base);
    }

    /** A script error or a content-policy violation is a bug even when the page looks right. */
    @AfterEach
    void noScriptErrors() {
        assertEquals(List.of(), Chromium.scriptErrors(driver));
    }

    @Test
    void switchingToQuotesShowsTheSearchsQuotationsHighlightedWithTheirSpeakers() {
        page.open("/?q=terrorism");
        assertTrue(page.status().matches("\\d+ results? for “terrorism” in \\d+ ms"), page.status());
        assertEquals("page", viewTab("items").getDomAttribute("aria-current"));

        viewTab("quotes").click();
        String status = waitForQuotations();
        assertTrue(status.matches("\\d+ quotations for “terrorism” in \\d+ ms"), status);
        page.waitForUrl("view=quotes");
        assertTrue(page.url().contains("q=terrorism"), page.url());
        assertEquals("page", viewTab("quotes").getDomAttribute("aria-current"));
        assertEquals("view-quotes", page.focused().getDomAttribute("id"), "the focus stays on the switch");

        List<WebElement> quotes = quotes();
        assertEquals(Integer.parseInt(status.split(" ")[0]), quotes.size());
        assertTrue(speakers().containsAll(List.of(HEINZE, MCGREGOR, HALDURDYYEV)), speakers()::toString);
        for (WebElement quote : quotes) {
            List<String> marked = quote.findElements(By.cssSelector("blockquote mark")).stream()
                    .map(WebElement::getText).toList();
            assertFalse(marked.isEmpty(), quote.getText());
            assertTrue(marked.stream().allMatch(word -> word.toLowerCase().startsWith("terror")), marked::toString);
        }
        WebElement heinze = quoteBy(HEINZE);
        assertTrue(heinze.getText().contains("Ambassador of Germany to Turkmenistan"), heinze.getText());
        assertTrue(heinze.getText().contains("1 April 2025"), heinze.getText());
        assertEquals(SOFT_TARGETS, heinze.findElement(By.className("quote-link")).getText());

        assertEquals("Speaker", driver.findElement(By.cssSelector("#facet-person legend")).getDomProperty("textContent"));
        assertTrue(page.checkbox("person", HEINZE).isDisplayed());
        assertFalse(page.isDisplayed(By.id("facet-field")), "the Quotes view filters by speaker and year only");
        assertFalse(page.isDisplayed(By.id("timeline")));
        assertEquals("date", selectedSort(), "quotations come newest first");

        new Select(driver.findElement(By.id("sort"))).selectByValue("relevance");
        page.waitForUrl("sort=relevance");
        page.waitForStatus(status.split(" ")[0] + " quotations");

        page.checkbox("person", HEINZE).click();
        page.waitForStatus("1 quotation for “terrorism”");
        assertEquals(List.of("Speaker: " + HEINZE), page.chips());
        assertEquals(List.of(HEINZE), speakers());

        viewTab("items").click();
        page.waitForStatus("1 result for “terrorism”");
        assertFalse(page.url().contains("view="), page.url());
        assertEquals(List.of("Person: " + HEINZE), page.chips(), "the search and its filters carry over");
        assertEquals(List.of(SOFT_TARGETS), page.hitTitles());

        driver.navigate().back();
        page.waitForStatus("1 quotation for “terrorism”");
        assertEquals("page", viewTab("quotes").getDomAttribute("aria-current"));
    }

    @Test
    void quotesByAPersonFromThePersonFacet() {
        page.open("/");
        page.waitForStatus(REPORTS + 2 + " results");
        assertTrue(facetOffer(NOVAK).isEmpty(), "someone never quoted offers no quotes");

        facetOffer(MCGREGOR).orElseThrow().click();
        page.waitForStatus("3 quotations");
        page.waitForUrl("view=quotes");
        assertTrue(page.url().contains("person=John+McGregor"), page.url());
        assertEquals(List.of("Speaker: " + MCGREGOR), page.chips());
        assertTrue(page.checkbox("person", MCGREGOR).isSelected());
        assertEquals(List.of(MCGREGOR, MCGREGOR, MCGREGOR), speakers());
        assertEquals(List.of("2025-04-01", "2025-04-01", "2024-11-22"), quoteDates(), "newest first");
        assertEquals("view-quotes", page.focused().getDomAttribute("id"), "the focus lands at the top of the list");

        WebElement link = quotes().get(2).findElement(By.className("quote-link"));
        assertEquals(CONFERENCE, link.getText());
        link.click();
        page.waitForItem(CONFERENCE);
        assertEquals("← Back to quotations", driver.findElement(By.className("back-link")).getText());

        driver.navigate().back();
        page.waitForStatus("3 quotations");
        page.waitUntil(d -> CONFERENCE.equals(page.focused().getText()));
        assertEquals("quote:1:2", page.focused().getDomAttribute("data-key"), "back on the link that opened it");
    }

    @Test
    void anItemShowsItsQuotationsWithTheirSpeakersAndOffersAPersonsQuotes() throws IOException {
        page.open("/?item=" + SOFT_TARGETS_ID);
        page.waitForItem(SOFT_TARGETS);

        WebElement section = driver.findElement(By.className("quotations"));
        assertEquals("Quotations (4)", section.findElement(By.tagName("h2")).getText());
        List<String> said = section.findElements(By.cssSelector("figcaption .speaker")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(HALDURDYYEV, HEINZE, MCGREGOR, MCGREGOR), said);
        String first = section.findElement(By.tagName("figure")).getText();
        assertTrue(first.contains("Head of Law and International Relations Department"), first);
        assertTrue(section.getText().contains("Terrorism seeks to undermine the very values"), section.getText());

        List<String> bylines = driver.findElements(By.cssSelector("#item-view .item-body .quoted .said-by")).stream()
                .map(e -> e.getDomProperty("textContent")).toList();
        assertTrue(bylines.contains("Quotation of " + HEINZE), bylines::toString);
        assertTrue(bylines.contains("Quotation of " + MCGREGOR), bylines::toString);
        driver.executeScript("arguments[0].scrollIntoView()",
                driver.findElement(By.cssSelector("#item-view .item-body .quoted")));
        screenshot("quotes-item.png");
        driver.executeScript("window.scrollTo(0, 0)");

        WebElement offer = driver.findElement(By.cssSelector(
                "#item-view .people a.quotes-by[aria-label=\"Quotes by " + MCGREGOR + "\"]"));
        assertEquals("quotes by this person", offer.getText());
        offer.sendKeys(Keys.ENTER);
        page.waitForStatus("3 quotations");
        assertTrue(page.url().contains("view=quotes") && page.url().contains("person=John+McGregor"), page.url());
        assertFalse(page.url().contains("item="), page.url());
        assertEquals(List.of(MCGREGOR, MCGREGOR, MCGREGOR), speakers());

        driver.navigate().back();
        page.waitForItem(SOFT_TARGETS);
    }

    @Test
    void theAddressRestoresTheQuotesViewAndItsPages() {
        page.open("/?view=quotes&q=terrorism&person=Bernd+Heinze&sort=relevance");
        page.waitForStatus("1 quotation for “terrorism”");
        assertEquals("page", viewTab("quotes").getDomAttribute("aria-current"));
        assertEquals("terrorism", page.searchBox().getDomProperty("value"));
        assertEquals("relevance", selectedSort());
        assertTrue(page.checkbox("person", HEINZE).isSelected());
        assertEquals(List.of(HEINZE), speakers());
        assertTrue(driver.getTitle().contains("Quotes"), driver.getTitle());

        page.open("/?view=quotes&q=checkpoint");
        page.waitForStatus(REPORTS + " quotations");
        assertEquals(10, quotes().size());
        assertEquals(List.of(ROSSI), speakers().stream().distinct().toList());
        assertEquals("2025-12-01", quoteDates().get(0));

        driver.findElement(By.cssSelector("#pager a[rel=next]")).click();
        page.waitForUrl("page=2");
        page.waitUntil(d -> quotes().size() == REPORTS - 10);
        assertEquals(List.of("2025-02-01", "2025-01-01"), quoteDates());
        assertTrue(page.url().contains("view=quotes"), page.url());
        assertEquals("quote:2:0", page.focused().getDomAttribute("data-key"), "paging focuses the first quotation");

        driver.navigate().back();
        page.waitUntil(d -> quotes().size() == 10);
        assertFalse(page.url().contains("page="), page.url());

        page.open("/?view=quotes&q=nosuchwordanywhere");
        page.waitForStatus("No quotations");
        assertTrue(page.message().getText().contains("No quotations for “nosuchwordanywhere”"), page.message().getText());
        driver.findElement(By.cssSelector("#message a[data-key=\"message-view:items\"]")).click();
        page.waitForUrl("/?q=nosuchwordanywhere");
        assertEquals("page", viewTab("items").getDomAttribute("aria-current"));
    }

    @Test
    void theQuotesViewFitsAPhoneAndFollowsDarkMode() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        page.open("/?view=quotes&q=terrorism");
        waitForQuotations();
        assertTrue(page.isDisplayed(By.id("view-quotes")) && page.isDisplayed(By.id("filters-toggle")));
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 390, "nothing sticks out sideways: " + width);
        screenshot("quotes-phone.png");

        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        driver.manage().window().setSize(new Dimension(1280, 900));
        page.open("/?view=quotes&q=terrorism");
        waitForQuotations();
        String background = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
        String text = quotes().get(0).findElement(By.tagName("blockquote")).getCssValue("color");
        assertTrue(brightness(background) < 60, "a dark page: " + background);
        assertTrue(brightness(text) > 180, "light quotations on it: " + text);
        screenshot("quotes-dark.png");
    }

    /** Waits for the status line of the Quotes view, "3 quotations for …", and returns it. */
    private String waitForQuotations() {
        return page.waitUntil(d -> page.status().matches("\\d+ quotations? .*") ? page.status() : null);
    }

    private WebElement viewTab(String view) {
        return driver.findElement(By.id("view-" + view));
    }

    private List<WebElement> quotes() {
        return driver.findElements(By.cssSelector("#hits > .quote"));
    }

    private List<String> speakers() {
        return quotes().stream().map(q -> q.findElement(By.cssSelector("figcaption .quote-by")))
                .map(by -> by.findElements(By.className("speaker")).stream().map(WebElement::getText).findFirst()
                        .orElse(""))
                .toList();
    }

    private List<String> quoteDates() {
        return quotes().stream().map(q -> q.findElement(By.tagName("time")).getDomAttribute("datetime")).toList();
    }

    private WebElement quoteBy(String speaker) {
        return quotes().stream().filter(q -> q.findElements(By.className("speaker")).stream()
                        .anyMatch(s -> s.getText().equals(speaker))).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation by " + speaker + " among " + speakers()));
    }

    private Optional<WebElement> facetOffer(String person) {
        return driver.findElements(By.cssSelector("#facet-person a.quotes-by[aria-label=\"Quotes by " + person + "\"]"))
                .stream().findFirst();
    }

    private String selectedSort() {
        return new Select(driver.findElement(By.id("sort"))).getFirstSelectedOption().getDomProperty("value");
    }

    /** The mean of the red, green and blue of a CSS colour "rgb(20, 23, 29)" or "rgba(…)". */
    private static int brightness(String cssColour) {
        String[] parts = cssColour.replaceAll("[^0-9,.]", "").split(",");
        return (Integer.parseInt(parts[0]) + Integer.parseInt(parts[1]) + Integer.parseInt(parts[2])) / 3;
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        assertTrue(png.length > 10_000 && png[1] == 'P', name + " is a real screenshot");
        Files.write(SCREENSHOTS.resolve(name), png);
    }

    /**
     * One page per month of 2025 holding the word "checkpoint", each quoting Maria Rossi in the site's form
     * ({@code “…,” said Maria Rossi, Head of …}) and naming Peter Novak with no quotation of his.
     */
    private static void writeMonitoringReports(Path corpus) throws IOException {
        for (int month = 1; month <= REPORTS; month++) {
            String name = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            Files.writeString(corpus.resolve("monitoring-report-" + month + ".txt"), String.join("\n",
                    "-", "Our work", "- Field operations", "Press release",
                    "Checkpoint monitoring report for " + name,
                    "Monitors recorded the traffic at every checkpoint they visited during the month.",
                    "- Issued on:", "- 1 " + name + " 2025",
                    "- Issued by:", "- OSCE Special Monitoring Mission",
                    "- Fields of work:", "- Field operations",
                    "Monitors recorded the traffic at every checkpoint they visited during the month.",
                    "“Every checkpoint we visited in " + name + " was open and the queues were short,” said Maria"
                            + " Rossi, Head of the Monitoring Team.",
                    "The report was presented by Peter Novak, Deputy Chief Monitor, to the participating States."));
        }
    }
}

package newssearch.web.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page as a person sees it, for the browser tests: what it shows, read from the screen, and
 * waits for it to change. Element ids and keys are those of {@code public/index.html} and {@code app.js}.
 */
final class SearchPage {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final WebDriver driver;
    private final String base;

    SearchPage(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Opens {@code pathAndQuery} ("/?q=border") and waits for the results or the item it names. */
    SearchPage open(String pathAndQuery) {
        driver.get(base + pathAndQuery);
        waitUntil(d -> !status().isEmpty() && !status().startsWith("Searching")
                || isDisplayed(By.cssSelector("#item-view #item-title")));
        return this;
    }

    WebElement searchBox() {
        return driver.findElement(By.id("q"));
    }

    String status() {
        return driver.findElement(By.id("status")).getText().strip();
    }

    /** Waits until the status line starts with {@code prefix} ("2 results") and returns it. */
    String waitForStatus(String prefix) {
        waitUntil(d -> status().startsWith(prefix));
        return status();
    }

    List<String> hitTitles() {
        return driver.findElements(By.cssSelector("#hits > .hit .hit-link")).stream().map(WebElement::getText).toList();
    }

    List<String> hitDates() {
        return driver.findElements(By.cssSelector("#hits > .hit time")).stream()
                .map(e -> e.getAttribute("datetime")).toList();
    }

    WebElement hitLink(String title) {
        return driver.findElements(By.cssSelector("#hits .hit-link")).stream()
                .filter(link -> link.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no hit titled '" + title + "' among " + hitTitles()));
    }

    List<String> highlighted() {
        return driver.findElements(By.cssSelector("#hits mark")).stream().map(WebElement::getText).toList();
    }

    WebElement checkbox(String param, String value) {
        return driver.findElement(By.cssSelector("#facet-" + param + " input[value=\"" + value + "\"]"));
    }

    /** The count shown beside a facet value: "Border management 3" -> 3. */
    long facetCount(String param, String value) {
        WebElement label = checkbox(param, value).findElement(By.xpath("./ancestor::label"));
        String count = label.findElement(By.className("facet-count")).getText().replaceAll("\\D", "");
        return Long.parseLong(count);
    }

    /** "Country: Moldova" lines of the active filters. */
    List<String> chips() {
        return driver.findElements(By.cssSelector("#chip-list .chip span:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    WebElement chip(String text) {
        return driver.findElement(By.cssSelector("#chip-list .chip[aria-label=\"Remove " + text + "\"]"));
    }

    WebElement bar(String period) {
        return driver.findElement(By.cssSelector("#timeline-bars .bar[data-key=\"bar:" + period + "\"]"));
    }

    WebElement message() {
        return driver.findElement(By.id("message"));
    }

    String itemTitle() {
        return driver.findElement(By.id("item-title")).getText();
    }

    WebElement itemView() {
        return driver.findElement(By.id("item-view"));
    }

    /** Waits for the item view to show the item titled {@code title}. */
    void waitForItem(String title) {
        waitUntil(d -> isDisplayed(By.id("item-title")) && itemTitle().equals(title));
    }

    void waitForResults() {
        waitUntil(d -> isDisplayed(By.id("results-view")) && !status().isEmpty());
    }

    String url() {
        return driver.getCurrentUrl();
    }

    void waitForUrl(String part) {
        waitUntil(d -> url().contains(part));
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    boolean isDisplayed(By by) {
        return driver.findElements(by).stream().anyMatch(WebElement::isDisplayed);
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
                .until(condition);
    }
}

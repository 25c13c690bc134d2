package newssearch.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import newssearch.item.NewsItem;
import newssearch.item.Person;

/** The columns of an export, in order, and the link to an item on the search page. */
final class ExportRow {

    static final List<String> COLUMNS = List.of("id", "title", "date", "dateSource", "issuers", "fieldsOfWork",
            "countries", "people", "link");

    private ExportRow() {
    }

    static String date(NewsItem item) {
        return item.date().date().map(LocalDate::toString).orElse("");
    }

    /** The page opens an item from {@code /?item=<id>}. */
    static String link(String siteUrl, NewsItem item) {
        String base = siteUrl.endsWith("/") ? siteUrl.substring(0, siteUrl.length() - 1) : siteUrl;
        return base + "/?item=" + URLEncoder.encode(item.id(), StandardCharsets.UTF_8);
    }

    /** "Lamberto Zannier (OSCE Secretary General)", or the name alone when the article gives no role. */
    static String person(Person person) {
        return person.role().map(role -> person.name() + " (" + role + ")").orElse(person.name());
    }
}

package newssearch.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item in a result list: what a person needs to decide whether to open it.
 *
 * @param titleHtml the title, HTML-escaped, with matched words in {@code <mark>}
 * @param snippet   the best passages of lead and body, HTML-escaped, with matched words in {@code <mark>}
 */
public record Hit(
        String id, String title, String titleHtml, Optional<LocalDate> date, List<String> issuers,
        List<String> fieldsOfWork, List<String> countries, String snippet, float score) {

    public Hit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleHtml, "titleHtml");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(snippet, "snippet");
        issuers = List.copyOf(issuers);
        fieldsOfWork = List.copyOf(fieldsOfWork);
        countries = List.copyOf(countries);
    }
}

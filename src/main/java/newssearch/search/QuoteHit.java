package newssearch.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One quotation in a list of quotations: who said what, where and when.
 *
 * @param textHtml  the quoted words, HTML-escaped, with matched words in {@code <mark>}
 * @param speaker   the speaker, as the item's people name them, or empty when the page does not say who
 * @param role      the speaker's role as the item gives it, if it gives one
 * @param itemTitle the title of the item the quotation is in
 */
public record QuoteHit(
        String text, String textHtml, Optional<String> speaker, Optional<String> role, String itemId,
        String itemTitle, Optional<LocalDate> date) {

    public QuoteHit {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(textHtml, "textHtml");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(itemTitle, "itemTitle");
        Objects.requireNonNull(date, "date");
    }
}

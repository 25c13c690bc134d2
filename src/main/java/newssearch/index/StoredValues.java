package newssearch.index;

import java.time.LocalDate;
import java.util.Arrays;

import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.Person;
import newssearch.item.Quote;

/**
 * How an item's compound values are stored as one string each, and read back, in every engine's documents: a
 * person as "name\u001Frole", a quotation as "speaker\u001Ftext" (an empty speaker when the page does not say),
 * a date as its ISO form beside its source's label.
 */
public final class StoredValues {

    private StoredValues() {
    }

    public static String person(Person person) {
        return person.role().map(role -> person.name() + NewsSchema.ROLE_SEPARATOR + role).orElse(person.name());
    }

    public static Person person(String stored) {
        int separator = stored.indexOf(NewsSchema.ROLE_SEPARATOR);
        return separator < 0
                ? Person.of(stored, null)
                : Person.of(stored.substring(0, separator), stored.substring(separator + 1));
    }

    public static String quote(Quote quote) {
        return quote.speaker().orElse("") + NewsSchema.ROLE_SEPARATOR + quote.text();
    }

    public static Quote quote(String stored) {
        int separator = stored.indexOf(NewsSchema.ROLE_SEPARATOR);
        return Quote.of(stored.substring(separator + 1), separator <= 0 ? null : stored.substring(0, separator));
    }

    /** The date stored as {@code iso} (null for none) with the label of its source. */
    public static ItemDate date(String iso, String sourceLabel) {
        if (iso == null) {
            return ItemDate.none();
        }
        DateSource source = Arrays.stream(DateSource.values()).filter(s -> s.label().equals(sourceLabel))
                .findFirst().orElse(DateSource.TEXT);
        return ItemDate.of(LocalDate.parse(iso), source);
    }
}

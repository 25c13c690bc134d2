package newssearch.item;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An item's publishing date and the evidence for it. A page that holds no date has none: it is never given
 * the day it was indexed.
 */
public record ItemDate(Optional<LocalDate> date, DateSource source) {

    private static final ItemDate NONE = new ItemDate(Optional.empty(), DateSource.NONE);

    public ItemDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        if (date.isEmpty() != (source == DateSource.NONE)) {
            throw new IllegalArgumentException("a date needs a source other than none, and only a date has one");
        }
    }

    public static ItemDate none() {
        return NONE;
    }

    public static ItemDate of(LocalDate date, DateSource source) {
        return new ItemDate(Optional.of(date), source);
    }
}

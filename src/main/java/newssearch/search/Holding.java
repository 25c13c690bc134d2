package newssearch.search;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item's word that a person holds an office: the item's date, the person's key and their name as the item
 * writes it. An office's view is made of these.
 */
public record Holding(Optional<LocalDate> date, String key, String name) {

    public Holding {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}

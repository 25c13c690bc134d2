package newssearch.item.people;

import java.util.Objects;
import java.util.Optional;

/**
 * One name as an item writes it, as the cross-item views read it: the person's key ({@link PersonKey}), the role
 * the item gives that writing, the office the role names ({@link Offices}) and how many of the item's quotations
 * that writing speaks.
 */
public record Mention(String key, String name, Optional<String> role, Optional<String> office, int quotes) {

    public Mention {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(office, "office");
        if (quotes < 0) {
            throw new IllegalArgumentException("quotes must not be negative: " + quotes);
        }
    }
}

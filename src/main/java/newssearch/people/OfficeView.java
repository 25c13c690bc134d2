package newssearch.people;

import java.util.List;
import java.util.Objects;

/** An office and the people the items name as holding it, in the order of their first item. */
public record OfficeView(String office, List<Holder> holders) {

    public OfficeView {
        Objects.requireNonNull(office, "office");
        holders = List.copyOf(holders);
    }
}

package newssearch.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A holder of an office: their name, the dates of their first and last item in it, and the number of items. */
public record Holder(String name, Optional<LocalDate> from, Optional<LocalDate> to, int items) {

    public Holder {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}

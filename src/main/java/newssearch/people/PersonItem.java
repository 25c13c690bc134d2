package newssearch.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One item of a person's view, with the role that item gives the person, as written. */
public record PersonItem(String id, String title, Optional<LocalDate> date, Optional<String> role) {

    public PersonItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(role, "role");
    }
}

package newssearch.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A post a person holds in some items: the office when the role names one, else the role as written, with the
 * dates of the first and last of those items (empty when none of them is dated) and their number.
 */
public record RoleSpan(String role, Optional<LocalDate> from, Optional<LocalDate> to, int items) {

    public RoleSpan {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}

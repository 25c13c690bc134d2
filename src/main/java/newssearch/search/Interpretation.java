package newssearch.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the words of a query that state a time or a place were read: as a date range and a country filter, with
 * the words searched for what is left. It is shown to the person (the page's chips, the API's
 * {@code interpretedAs}), who can have the query searched as typed instead ({@code interpret=false}).
 *
 * @param query     the words searched once the time words are taken out
 * @param from      earliest date the words ask for ("since 2018": 2018-01-01)
 * @param to        latest date ("before 2010": 2009-12-31)
 * @param countries the States a named country or region stands for
 * @param phrases   the words read, as typed ("since 2018", "Central Asia")
 */
public record Interpretation(String query, Optional<LocalDate> from, Optional<LocalDate> to, List<String> countries,
                             List<String> phrases) {

    public Interpretation {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        countries = List.copyOf(countries);
        phrases = List.copyOf(phrases);
    }

    /** Whether anything was read as a filter. */
    public boolean isEmpty() {
        return phrases.isEmpty();
    }
}

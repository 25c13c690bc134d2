package newssearch.item.dates;

import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dateline that opens an article: where it was written and the day, with or without the year.
 *
 * @param cities  the cities as written ("VIENNA"; two for "STOCKHOLM/VIENNA"), empty when the line names none
 * @param country the country after the city, as written ("Kyrgyzstan" in "OSH, Kyrgyzstan,"), if any
 * @param year    empty for "SARAJEVO, 25 May –"
 */
public record Dateline(List<String> cities, Optional<String> country, MonthDay day, Optional<Integer> year) {

    public Dateline {
        cities = List.copyOf(cities);
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(year, "year");
    }
}

package newssearch.item.dates;

import java.time.DateTimeException;
import java.time.Month;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline that opens an article's lead, in the forms the site uses:
 * <pre>
 * VIENNA, 31 May 2017 – ...             (also with "—" or "-")
 * STOCKHOLM/VIENNA, 31 May 2017 – ...   (two cities)
 * OSH, Kyrgyzstan, 31 May 2017 – ...    (a city and its country)
 * 31 May 2017 – ...                     (no city)
 * SARAJEVO, 25 May – ...                (no year)
 * </pre>
 */
public final class DatelineParser {

    static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");
    static final String MONTH = "(?:" + String.join("|", MONTH_NAMES) + ")";
    private static final String PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’ -]{0,40}?";
    private static final Pattern DATELINE = Pattern.compile("^(?:(?<cities>" + PLACE + "(?:/" + PLACE + ")*)"
            + "(?:,\\s*(?<country>" + PLACE + "))?,\\s*)?"
            + "(?<day>\\d{1,2})\\s+(?<month>" + MONTH + ")(?:,?\\s+(?<year>\\d{4}))?\\s*[–—-]\\s");

    private DatelineParser() {
    }

    /** The dateline at the start of {@code opening}, the article's first paragraph, if it has one. */
    public static Optional<Dateline> parse(String opening) {
        Matcher m = DATELINE.matcher(opening);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        List<String> cities = m.group("cities") == null ? List.of()
                : Arrays.stream(m.group("cities").split("/")).map(String::strip).toList();
        try {
            MonthDay day = MonthDay.of(Month.valueOf(m.group("month").toUpperCase(Locale.ROOT)),
                    Integer.parseInt(m.group("day")));
            return Optional.of(new Dateline(cities, Optional.ofNullable(m.group("country")).map(String::strip),
                    day, Optional.ofNullable(m.group("year")).map(Integer::valueOf)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

package newssearch.search;

import java.util.Locale;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first; with no query, newest first. */
    RELEVANCE,
    /** Newest first, ties by relevance; items without a date last. */
    DATE;

    public static SortOrder parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("sort", "sort must be relevance or date, got '" + value + "'");
        }
    }
}

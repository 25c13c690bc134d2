package newssearch.eval;

import java.util.Locale;

/** How values are compared: names, roles and places case-insensitively, spaces collapsed, no leading "the". */
final class MatchKey {

    private MatchKey() {
    }

    /** For names, roles and places: "the  OSCE Centre" and "OSCE centre" are one. */
    static String name(String value) {
        return plain(value).replaceFirst("^the ", "");
    }

    /** For issuers, fields of work and countries: case and spacing aside, as written. */
    static String plain(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

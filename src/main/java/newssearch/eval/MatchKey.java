package newssearch.eval;

import java.util.Arrays;
import java.util.Locale;

import newssearch.item.Quote;

/** How values are compared: names, roles and places case-insensitively, spaces collapsed, no leading "the". */
final class MatchKey {

    static final int QUOTE_WORDS = 8;

    private MatchKey() {
    }

    /** For names, roles and places: "the  OSCE Centre" and "OSCE centre" are one. */
    static String name(String value) {
        return plain(value).replaceFirst("^the ", "");
    }

    /** For quotations: the speaker as a name, then the first {@value #QUOTE_WORDS} words, case and spaces aside. */
    static String quote(Quote quote) {
        String[] words = plain(quote.text()).split(" ");
        return quote.speaker().map(MatchKey::name).orElse("-") + ": "
                + String.join(" ", Arrays.copyOf(words, Math.min(QUOTE_WORDS, words.length)));
    }

    /** For issuers, fields of work and countries: case and spacing aside, as written. */
    static String plain(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

package newssearch.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import newssearch.item.Quote;

/** How values are compared: names, roles and places case-insensitively, spaces collapsed, no leading "the". */
final class MatchKey {

    static final int QUOTE_WORDS = 8;
    private static final Pattern SHORT_FORM = Pattern.compile("\\([^)]*\\)");
    private static final Pattern ARTICLE = Pattern.compile("\\b(the|a|an)\\b");

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

    /**
     * Whether two roles agree: the same first comma-separated part, and one role's parts all among the other's,
     * with parenthesised short forms and articles left out. "OSCE Chairman-in-Office, Foreign Minister of
     * Poland" agrees with "the OSCE Chairman-in-Office"; an empty role agrees only with an empty one.
     */
    static boolean rolesAgree(String expected, String got) {
        List<String> want = roleParts(expected);
        List<String> have = roleParts(got);
        if (want.isEmpty() || have.isEmpty()) {
            return want.isEmpty() && have.isEmpty();
        }
        return want.get(0).equals(have.get(0)) && (have.containsAll(want) || want.containsAll(have));
    }

    private static List<String> roleParts(String role) {
        String bare = SHORT_FORM.matcher(plain(role)).replaceAll(" ");
        return Arrays.stream(bare.split(","))
                .map(part -> ARTICLE.matcher(part).replaceAll(" ").strip().replaceAll("\\s+", " "))
                .filter(part -> !part.isEmpty())
                .toList();
    }
}

package newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A respelling of a query that found nothing, word by word, whichever engine's spell checker proposes the
 * words: only the query's words of three letters or more outside fields and prefixes are respelled, each
 * distinct word once and only the first few, since a respelling is for a short query.
 */
public final class Respelling {

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}:])\\p{L}{3,}(?![\\p{L}*:])");
    private static final int MAX_WORDS = 10;

    private Respelling() {
    }

    /** The distinct words to look up, lower-cased, in the order they are typed. */
    public static List<String> words(String query) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(query);
        while (m.find() && words.size() < MAX_WORDS) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (!words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The query with each word that has a respelling replaced by it; empty when no word has one. */
    public static Optional<String> apply(String query, Map<String, String> respellings) {
        if (respellings.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = WORD.matcher(query);
        StringBuilder corrected = new StringBuilder();
        while (m.find()) {
            String replacement = respellings.get(m.group().toLowerCase(Locale.ROOT));
            m.appendReplacement(corrected, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(corrected);
        return Optional.of(corrected.toString());
    }
}

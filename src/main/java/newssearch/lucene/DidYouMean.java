package newssearch.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import newssearch.index.NewsSchema;

/**
 * Suggests a respelling of a query that found nothing, word by word, with Lucene's DirectSpellChecker over the
 * unstemmed words of the index ({@code terorism} -> {@code terrorism}).
 */
final class DidYouMean {

    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}:])\\p{L}{3,}(?![\\p{L}*:])");

    private static final int MAX_WORDS = 10;

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Optional<String> suggest(String query, IndexReader reader) throws IOException {
        Matcher m = WORD.matcher(query);
        StringBuilder corrected = new StringBuilder();
        Map<String, String> respelled = new HashMap<>();
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            // Each distinct word is looked up once, and only the first few: a respelling is for a short query.
            if (!respelled.containsKey(word) && respelled.size() < MAX_WORDS) {
                respelled.put(word, respelling(word, reader).orElse(null));
            }
            String replacement = respelled.get(word);
            m.appendReplacement(corrected, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(corrected);
        boolean changed = respelled.values().stream().anyMatch(Objects::nonNull);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }

    /** A likelier spelling of a word the index does not hold. */
    private Optional<String> respelling(String word, IndexReader reader) throws IOException {
        Term term = new Term(NewsSchema.SPELL, word);
        if (reader.docFreq(term) > 0) {
            return Optional.empty();
        }
        SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return suggestions.length == 0 ? Optional.empty() : Optional.of(suggestions[0].string);
    }
}

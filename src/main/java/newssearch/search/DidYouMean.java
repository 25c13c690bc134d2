package newssearch.search;

import java.io.IOException;
import java.util.Locale;
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

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Optional<String> suggest(String query, IndexReader reader) throws IOException {
        Matcher m = WORD.matcher(query);
        StringBuilder corrected = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            String replacement = m.group();
            Term term = new Term(NewsSchema.SPELL, word);
            if (reader.docFreq(term) == 0) {
                SuggestWord[] suggestions = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (suggestions.length > 0) {
                    replacement = suggestions[0].string;
                    changed = true;
                }
            }
            m.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(corrected);
        return changed ? Optional.of(corrected.toString()) : Optional.empty();
    }
}

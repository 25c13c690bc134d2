package newssearch.lucene;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

import newssearch.index.NewsSchema;
import newssearch.search.Respelling;

/**
 * Suggests a respelling of a query that found nothing, word by word, with Lucene's DirectSpellChecker over the
 * unstemmed words of the index ({@code terorism} -> {@code terrorism}).
 */
final class DidYouMean {

    private final DirectSpellChecker checker = new DirectSpellChecker();

    Optional<String> suggest(String query, IndexReader reader) throws IOException {
        Map<String, String> respellings = new HashMap<>();
        for (String word : Respelling.words(query)) {
            respelling(word, reader).ifPresent(respelled -> respellings.put(word, respelled));
        }
        return Respelling.apply(query, respellings);
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

package newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Builds the query-time synonym map that makes every name of a state find the others: the alias table of
 * {@code newssearch.item} read both ways ("Turkey" finds "Türkiye", "Türkiye" finds "Turkey").
 */
final class CountrySynonyms {

    private CountrySynonyms() {
    }

    static SynonymMap map(Map<String, String> aliases) {
        SynonymMap.Builder builder = new SynonymMap.Builder(true);
        aliases.forEach((alias, state) -> {
            // Two-letter and dotted aliases ("US", "U.S.") are common words or split apart once analysed.
            if (alias.length() < 4 || alias.contains(".")) {
                return;
            }
            CharsRef from = words(alias);
            CharsRef to = words(state);
            if (!from.equals(to)) {
                builder.add(from, to, true);
                builder.add(to, from, true);
            }
        });
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The analysed form the filter sees before stemming: lower case, diacritics folded, hyphens as spaces. */
    private static CharsRef words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return SynonymMap.Builder.join(folded.split(" "), new CharsRefBuilder());
    }
}

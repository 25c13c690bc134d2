package newssearch.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;

/**
 * English text analysis for titles, leads and bodies. Words are split at punctuation and hyphens, and a
 * hyphenated word is also kept joined, so that {@code cooperation} finds {@code co-operation}; possessives go,
 * case and diacritics fold ({@code turkiye} finds {@code Türkiye}), stop words go, and words are stemmed
 * ({@code trained} finds {@code training}). Country aliases are folded by the query parser, not here: synonym
 * graphs of different lengths do not combine with AND-by-default queries.
 */
final class NewsAnalyzer extends Analyzer {

    /** The index keeps the parts of "co-operation" and the joined word, so either spelling finds it. */
    private static final int INDEX_WORD_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.CATENATE_WORDS
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
    /** A query asks for the joined word only, which the index holds for both spellings. */
    private static final int QUERY_WORD_FLAGS = WordDelimiterGraphFilter.CATENATE_WORDS
            | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
            | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;

    private final boolean forQueries;

    private NewsAnalyzer(boolean forQueries) {
        this.forQueries = forQueries;
    }

    static NewsAnalyzer forIndexing() {
        return new NewsAnalyzer(false);
    }

    static NewsAnalyzer forQueries() {
        return new NewsAnalyzer(true);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        TokenStream stream = new WordDelimiterGraphFilter(source, forQueries ? QUERY_WORD_FLAGS : INDEX_WORD_FLAGS,
                null);
        if (!forQueries) {
            // The index holds a flat token stream; the query side keeps the graph so phrases stay exact.
            stream = new FlattenGraphFilter(stream);
        }
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords());
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    private static CharArraySet stopWords() {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }
}

package newssearch.lucene;

import java.io.IOException;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * English text analysis for titles, leads and bodies. Words are split at punctuation and hyphens, and a
 * hyphenated word is also kept joined, so that {@code cooperation} finds {@code co-operation}; possessives go,
 * case and diacritics fold ({@code turkiye} finds {@code Türkiye}), stop words go, and words are stemmed
 * ({@code trained} finds {@code training}). Country aliases are folded by the query parser, not here: synonym
 * graphs of different lengths do not combine with AND-by-default queries.
 */
final class NewsAnalyzer extends Analyzer {

    /** The index keeps the parts of "co-operation" and the joined word, so either spelling finds it. */
    static final int INDEX_WORD_FLAGS = WordDelimiterGraphFilter.GENERATE_WORD_PARTS
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
        // The index holds a flat token stream; the query side keeps the graph so phrases stay exact.
        TokenStream stream = forQueries
                ? new WordDelimiterGraphFilter(source, QUERY_WORD_FLAGS, null)
                : new DelimitedWords(new WithLetterOrDigit(source), words -> new FlattenGraphFilter(split(words)));
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, stopWords());
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }

    /**
     * The word splitting of the index. Each part keeps its own offsets ("Election" in "Election,", "co" and
     * "operation" in "co-operation"), not the whole token's, so that a highlight marks the word without the
     * punctuation beside it; Solr's factory adjusts offsets so by default.
     */
    private static TokenStream split(TokenStream words) {
        return new WordDelimiterGraphFilter(words, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                INDEX_WORD_FLAGS, null);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /**
     * Drops what has no letter or digit ("–", "* * *"), leaving one empty position for a run of them, as the word
     * splitting and its flattening do; only what is left goes through {@link DelimitedWords}, which cannot carry
     * the empty position of a word the splitting drops whole.
     */
    private static final class WithLetterOrDigit extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        WithLetterOrDigit(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            boolean dropped = false;
            while (input.incrementToken()) {
                if (hasLetterOrDigit()) {
                    if (dropped) {
                        increment.setPositionIncrement(increment.getPositionIncrement() + 1);
                    }
                    return true;
                }
                dropped = true;
            }
            return false;
        }

        /** No empty position after the last word either, as with the word splitting. */
        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(0);
        }

        private boolean hasLetterOrDigit() {
            char[] chars = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (!isDelimiter(chars[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Whether the word splitting splits at {@code c}: anything it does not take for a letter or a digit. */
    private static boolean isDelimiter(char c) {
        byte type = c < WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE.length
                ? WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE[c] : WordDelimiterIterator.getType(c);
        return (type & WordDelimiterIterator.ALPHANUM) == 0;
    }

    /**
     * Sends only the words with a delimiter (punctuation, a hyphen, an apostrophe) through the word splitting and
     * the flattening of its graph. The splitting leaves a word of letters and digits as it is, and most words are
     * such; flattening them anyway was about a sixth of the index's analysis.
     */
    private static final class DelimitedWords extends ConditionalTokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        DelimitedWords(TokenStream input, Function<TokenStream, TokenStream> splitting) {
            super(input, splitting);
        }

        @Override
        protected boolean shouldFilter() {
            char[] chars = term.buffer();
            for (int i = 0; i < term.length(); i++) {
                if (isDelimiter(chars[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    private static CharArraySet stopWords() {
        return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    }
}

package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
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
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/**
 * The index's analysis sends only words with a delimiter through the word splitting and its flattening: what it
 * gives must be what sending every word through gives, to the position and the offset, or the index would change.
 */
class NewsAnalyzerTest {

    /** Every word through the splitting and the flattening, as the index analysed before. */
    private static final Analyzer EVERY_WORD_SPLIT = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new WhitespaceTokenizer();
            TokenStream stream = new FlattenGraphFilter(new WordDelimiterGraphFilter(source, true,
                    WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE, NewsAnalyzer.INDEX_WORD_FLAGS, null));
            stream = new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(stream)),
                    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(stream));
        }
    };

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
            }
            stream.end();
            tokens.add("end@" + (position + increment.getPositionIncrement()) + "[" + offset.endOffset() + "]");
        }
        return tokens;
    }

    @Test
    void onlyWordsWithADelimiterAreSplitAndTheResultIsTheSame() throws IOException {
        Analyzer index = NewsAnalyzer.forIndexing();
        for (String text : List.of(
                "BELGRADE, 2 January 2005 – Infrastructure remarks",
                "a public-private co-operation, (OSCE) and the U.S. e-mail",
                "Türkiye's and Turkey's Ombudsman's office – – & / …",
                "the 2024-11 report: 57 participating States; 3.5 million",
                "– opens and closes –",
                "\"Quoted words,\" she said. Wi-Fi 4000-series x-ray-ish",
                "–",
                "x – – y and news – – – more, a * * * b",
                "km² and 2½ x² ½ ¼-mile",
                "")) {
            assertEquals(tokens(EVERY_WORD_SPLIT, text), tokens(index, text), text);
        }
    }

    @Test
    void wordsKeepTheirOwnOffsetsWithoutThePunctuationBesideThem() throws IOException {
        // Highlights are cut at these offsets: "<mark>Election</mark>," and not "<mark>Election,</mark>".
        assertEquals(List.of("elect@0[1-9]", "infrastructur@1[11-25]", "cooper@2[27-39]", "co@2[27-29]",
                "oper@3[30-39]", "turkiy@4[40-47]", "end@4[49]"),
                tokens(NewsAnalyzer.forIndexing(), "\u201cElection, infrastructure. co-operation Türkiye's"));
    }

    @Test
    void awkwardWordsInAnyOrderGiveTheSameTokens() throws IOException {
        List<String> words = List.of("x", "the", "km²", "2½", "½", "–", "-", "&", "/", "…", "*", "—", "'", "''",
                "co-operation", "Turkey's", "(OSCE)", "U.S.", "2024-11", "e-mail,", "x-", "-x", "3.5", "½-x",
                "O'Neil", "–x–", "ß", "Ĳssel", "said.", "\"Quoted", "words,\"", "--", "a-b-c", "1,000", "¹");
        Random random = new Random(20261205L);
        Analyzer index = NewsAnalyzer.forIndexing();
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(8);
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            assertEquals(tokens(EVERY_WORD_SPLIT, text.toString()), tokens(index, text.toString()), text.toString());
        }
    }
}

package newssearch.lucene;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.facet.FacetsConfig;

import newssearch.index.NewsSchema;

/** How the fields {@link NewsSchema} names are analysed and faceted in a Lucene index. */
public final class LuceneSchema {

    private static final FacetsConfig FACETS = newFacetsConfig();

    private LuceneSchema() {
    }

    /** How facets are indexed: every dimension multi-valued, flat. */
    public static FacetsConfig facetsConfig() {
        return FACETS;
    }

    /** The analyzer documents are indexed with. */
    public static Analyzer indexAnalyzer() {
        return perField(NewsAnalyzer.forIndexing());
    }

    /** The analyzer queries are analysed with: as the index's, but a hyphenated word is looked up joined. */
    public static Analyzer queryAnalyzer() {
        return perField(NewsAnalyzer.forQueries());
    }

    /** Lower-cased words without stemming, for the spelling field. */
    public static Analyzer spellingAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                // "Turkey's" is the word "turkey" to a speller; a suggestion should not carry the 's.
                return new TokenStreamComponents(source, new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            }
        };
    }

    private static FacetsConfig newFacetsConfig() {
        FacetsConfig config = new FacetsConfig();
        NewsSchema.DIMENSIONS.forEach(dim -> config.setMultiValued(dim, true));
        return config;
    }

    private static Analyzer perField(Analyzer text) {
        return new PerFieldAnalyzerWrapper(text, Map.of(NewsSchema.SPELL, spellingAnalyzer()));
    }
}

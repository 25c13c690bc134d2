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

    /**
     * The layout a Lucene index is written with: {@link NewsSchema#LAYOUT_VERSION}, the fields both engines hold,
     * then how this index alone lays them out. An index of another layout is rebuilt whole on the next reindex.
     * .1: an item's quotations' documents stand before its own in one block and store nothing ({@link ItemBlocks});
     * the item stores a quotation as where it stands in its body ({@link StoredQuotes}); a quotation's document
     * holds its item's title and facet values only as what a query or a filter needs; drill-down terms of full
     * paths only. .2: the parts of a split word keep their own offsets, so highlights mark words without their
     * punctuation. .3: for a person's view, the people an item names as doc values ({@link #MENTION},
     * {@link #ROLE}), the id as doc values too, and where the title is among the completions
     * ({@link #TITLE_PLACE}).
     */
    public static final String LAYOUT_VERSION = NewsSchema.LAYOUT_VERSION + ".3";

    /**
     * Each name an item writes, "key\u001Frank\u001Fname\u001Fquotes\u001Frole\u001Foffice", as doc values only
     * (SolrCloud reads its items instead): a person's view reads them without reading the items. The rank orders
     * the writings of one person in the item; the quotations are those the writing speaks; the role and office are
     * their place among the item's {@link #ROLE} and {@link NewsSchema#OFFICE} values (sorted), empty for none.
     */
    public static final String MENTION = "mention";
    /** The roles an item gives its people, as doc values only: what a {@link #MENTION} points to. */
    public static final String ROLE = "role";
    /**
     * Where an item's title is among its {@link NewsSchema#COMPLETION} values (sorted), as a number doc value: a
     * person's view reads the title there. None when the title is too long to be a completion.
     */
    public static final String TITLE_PLACE = "titlePlace";

    private static final FacetsConfig FACETS = newFacetsConfig();

    private LuceneSchema() {
    }

    /**
     * How facets are indexed: every dimension multi-valued, flat, and found by its values' drill-down terms (a
     * filter names a value; nothing asks for every document with some value of a dimension).
     */
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
        for (String dim : NewsSchema.DIMENSIONS) {
            config.setMultiValued(dim, true);
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
        return config;
    }

    private static Analyzer perField(Analyzer text) {
        return new PerFieldAnalyzerWrapper(text, Map.of(NewsSchema.SPELL, spellingAnalyzer()));
    }
}

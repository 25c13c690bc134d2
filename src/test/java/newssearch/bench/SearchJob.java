package newssearch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import newssearch.index.NewsSchema;
import newssearch.lucene.LuceneSchema;
import newssearch.lucene.LuceneSearch;
import newssearch.search.SearchResult;
import newssearch.lucene.LuceneBackend;

/**
 * The in-process search figures, in their own JVM: news-search's {@link LuceneSearch} (facets and highlighting
 * on, as the API answers) serially and from two threads, and raw Lucene on the baseline index, without facets
 * or highlighting (the top ten and their titles) and with facet counts. Prints one JSON line.
 *
 * <pre>SearchJob OUR_INDEX BASELINE_INDEX PASSES MAX_SECONDS_PER_PHASE</pre>
 */
public final class SearchJob {

    private static final int TOP = 10;

    private SearchJob() {
    }

    public static void main(String[] args) throws Exception {
        Path ours = Path.of(args[0]);
        Path baseline = Path.of(args[1]);
        int passes = Integer.parseInt(args[2]);
        double maxSeconds = Double.parseDouble(args[3]);
        List<QueryMix.Query> mix = QueryMix.standard(Vocabulary.standard());
        int serial = passes * mix.size();
        int concurrent = 2 * serial;
        Map<String, Object> result = new LinkedHashMap<>();

        Map<String, Long> hits = new LinkedHashMap<>();
        try (LuceneSearch searcher = LuceneBackend.open(ours, 0)) {
            LoadRunner runner = new LoadRunner(mix, (query, page) -> searcher.search(query.request()));
            runner.run(1, 3 * mix.size(), 1, maxSeconds);
            result.put("oursSerial", runner.run(1, serial, 1, maxSeconds).summary());
            result.put("oursTwoThreads", runner.run(2, concurrent, 1, maxSeconds).summary());
            for (QueryMix.Query query : mix) {
                SearchResult found = searcher.search(query.request());
                hits.put(query.label(), found.total());
            }
        }
        result.put("hits", hits);

        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(baseline))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader,
                    BaselineIndex.facetsConfig());
            LoadRunner plain = new LoadRunner(mix, (query, page) -> topTitles(searcher, baselineQuery(query)));
            LoadRunner faceted = new LoadRunner(mix, (query, page) -> faceted(searcher, state, baselineQuery(query)));
            plain.run(1, 3 * mix.size(), 1, maxSeconds);
            faceted.run(1, 3 * mix.size(), 1, maxSeconds);
            result.put("baselineSerial", plain.run(1, serial, 1, maxSeconds).summary());
            result.put("baselineFacetsSerial", faceted.run(1, serial, 1, maxSeconds).summary());
            result.put("baselineFacetsTwoThreads", faceted.run(2, concurrent, 1, maxSeconds).summary());
        }
        System.out.println(new ObjectMapper().writeValueAsString(result));
    }

    /** The same words over title and article, all required, plus the filter as a keyword term. */
    static Query baselineQuery(QueryMix.Query query) throws Exception {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                new String[] {BaselineIndex.TITLE, BaselineIndex.ARTICLE}, LuceneSchema.queryAnalyzer());
        parser.setDefaultOperator(QueryParser.Operator.AND);
        Query text = parser.parse(query.text());
        if (query.filterDim() == null) {
            return text;
        }
        String field = query.filterDim().equals(NewsSchema.DIM_COUNTRY) ? BaselineIndex.COUNTRY
                : BaselineIndex.FIELD_OF_WORK;
        return new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(field, query.filterValue())), BooleanClause.Occur.FILTER)
                .build();
    }

    private static void topTitles(IndexSearcher searcher, Query query) throws IOException {
        titles(searcher, searcher.search(query, TOP));
    }

    private static void faceted(IndexSearcher searcher, SortedSetDocValuesReaderState state, Query query)
            throws IOException {
        var result = FacetsCollectorManager.search(searcher, query, TOP, new FacetsCollectorManager());
        Facets facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        facets.getTopChildren(TOP, BaselineIndex.FIELD_OF_WORK);
        facets.getTopChildren(TOP, BaselineIndex.COUNTRY);
        titles(searcher, result.topDocs());
    }

    private static void titles(IndexSearcher searcher, TopDocs top) throws IOException {
        var stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) {
            stored.document(hit.doc, Set.of(BaselineIndex.TITLE));
        }
    }
}

package newssearch.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import newssearch.index.NewsSchema;
import newssearch.item.Quote;
import newssearch.search.FacetCount;
import newssearch.search.HtmlText;
import newssearch.search.QuoteHit;
import newssearch.search.QuoteResult;
import newssearch.search.SearchRequest;
import newssearch.search.SortOrder;

/**
 * Searches the quotations' documents of one searcher: the quoted words matched, the item filters applied through
 * the values each quotation carries from its item, the speaker and year counted drill-sideways.
 */
final class LuceneQuotes {

    private static final Query QUOTES = new TermQuery(new Term(NewsSchema.KIND, NewsSchema.KIND_QUOTE));
    /** What a quotation's words are highlighted with: the query's words, not what it asks of the item's title. */
    private static final Set<String> QUOTE_FIELD = Set.of(NewsSchema.QUOTE);

    /** Every quotation. */
    private static final Query ALL_QUOTES = onlyQuotes(new MatchAllDocsQuery());

    private final FacetedIndexSearcher searcher;
    private final Analyzer indexAnalyzer;

    LuceneQuotes(FacetedIndexSearcher searcher, Analyzer indexAnalyzer) {
        this.searcher = searcher;
        this.indexAnalyzer = indexAnalyzer;
    }

    QuoteResult search(SearchRequest request, Query text) throws IOException {
        long start = System.nanoTime();
        Query base = LuceneSearch.withDateRange(onlyQuotes(text), request);
        int window = request.page() * request.size();
        boolean byDate = request.sort() == SortOrder.DATE || !request.hasQuery();
        CollectorManager<?, ? extends TopDocs> collector = byDate
                ? new TopFieldCollectorManager(LuceneSearch.NEWEST_FIRST, window, window)
                : new TopScoreDocCollectorManager(window, window);
        FacetedSearch.Result result = FacetedSearch.search(searcher, searcher, base, ALL_QUOTES, request,
                NewsSchema.QUOTE_DIMENSIONS, collector);
        TopDocs top = result.top();
        Map<String, List<FacetCount>> facets = result.facets();
        List<QuoteHit> quotes = hits(request, text, top);
        return new QuoteResult(top.totalHits.value(), (System.nanoTime() - start) / 1_000_000, quotes, facets);
    }

    private static Query onlyQuotes(Query text) {
        return new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(QUOTES, BooleanClause.Occur.FILTER)
                .build();
    }

    private List<QuoteHit> hits(SearchRequest request, Query text, TopDocs top) throws IOException {
        int from = (request.page() - 1) * request.size();
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        StoredFields stored = searcher.storedFields();
        // A quotation's document stores nothing: its words, speaker and item are its item's, read once per item.
        Map<Integer, NewsDocuments.QuoteSource> items = new HashMap<>();
        NewsDocuments.QuoteSource[] sources = new NewsDocuments.QuoteSource[page.length];
        Quote[] found = new Quote[page.length];
        Map<Integer, Document> words = new HashMap<>();
        for (int i = 0; i < page.length; i++) {
            ItemBlocks.QuotePlace place = ItemBlocks.place(searcher.getIndexReader(), page[i].doc);
            sources[i] = items.get(place.itemDoc());
            if (sources[i] == null) {
                sources[i] = NewsDocuments.quoteSource(stored, place.itemDoc());
                items.put(place.itemDoc(), sources[i]);
            }
            found[i] = sources[i].quotes().get(place.ordinal());
            Document quoteWords = new Document();
            quoteWords.add(new StoredField(NewsSchema.QUOTE, found[i].text()));
            words.put(page[i].doc, quoteWords);
        }
        String[] marked = request.hasQuery()
                ? new Snippets(searcher, indexAnalyzer, words).highlightWhole(NewsSchema.QUOTE,
                        HighlightQuery.of(text, QUOTE_FIELD), new TopDocs(top.totalHits, page))
                : new String[page.length];
        List<QuoteHit> quotes = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            NewsDocuments.QuoteSource item = sources[i];
            Quote quote = found[i];
            quotes.add(new QuoteHit(quote.text(), marked[i] != null ? marked[i] : HtmlText.escape(quote.text()),
                    quote.speaker(), quote.speaker().flatMap(item::roleOf), item.id(), item.title(), item.date()));
        }
        return quotes;
    }
}

package newssearch.lucene;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.embedding.Embedding;
import newssearch.index.NewsSchema;
import newssearch.item.NewsItem;
import newssearch.item.gazetteer.StateAliases;
import newssearch.search.BackendUnavailableException;
import newssearch.search.FacetCount;
import newssearch.search.Health;
import newssearch.search.Hit;
import newssearch.search.Holding;
import newssearch.search.HtmlText;
import newssearch.search.IndexDamagedException;
import newssearch.search.IndexStats;
import newssearch.search.InvalidRequestException;
import newssearch.search.ItemPeople;
import newssearch.search.ItemView;
import newssearch.search.NewsSearch;
import newssearch.search.ProximityClause;
import newssearch.search.QuoteResult;
import newssearch.search.RankFusion;
import newssearch.search.SearchFields;
import newssearch.search.SearchMode;
import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;
import newssearch.search.SemanticModel;
import newssearch.search.SortOrder;
import newssearch.search.UserQuery;
import newssearch.search.UserQueryParser;

/**
 * Searches the index on disk and follows it as it is rebuilt: a SearcherManager reopens the reader shortly after
 * another process commits a reindex, so answers come from the new index without a restart, and every request
 * is answered from one complete commit.
 */
public final class LuceneSearch implements NewsSearch {

    private static final Logger log = LoggerFactory.getLogger(LuceneSearch.class);

    /** How often the searcher looks for a newer commit; a reindex shows within this much time. */
    static final long REFRESH_MILLIS = 250;
    private static final int RELATED_ITEMS = 5;
    /**
     * How long one search may collect before it is cut and answered with what it found by then, flagged partial:
     * a query whose cost runs away must not hold a core for the requests behind it.
     */
    static final Duration SEARCH_TIME_LIMIT = Duration.ofSeconds(2);
    /**
     * How many items nearest the query's meaning a semantic or hybrid search takes (more when the page asked for
     * reaches past them): the semantic part's hits, before filters.
     */
    static final int SEMANTIC_CANDIDATES = 100;
    /** How long a suggestion request waits for completions still being built. */
    private static final long COMPLETIONS_WAIT_MILLIS = 500;

    static final Sort NEWEST_FIRST = new Sort(
            LongField.newSortField(NewsSchema.DATE, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE),
            SortField.FIELD_SCORE);
    /** Within one searcher the document number is a total order, so paging after the last one misses nothing. */
    private static final Sort EXPORT_ORDER = new Sort(
            LongField.newSortField(NewsSchema.DATE, true, SortedNumericSelector.Type.MAX, Long.MIN_VALUE),
            SortField.FIELD_DOC);
    private static final int EXPORT_BATCH = 1000;


    private final String indexName;
    private final Duration timeLimit;
    private final Directory directory;
    private final SearcherManager manager;
    private final ScheduledExecutorService refresher;
    private final Analyzer indexAnalyzer = LuceneSchema.indexAnalyzer();
    private final UserQueryParser parser = new UserQueryParser(StateAliases.bundled());
    private final LuceneQueries queries = new LuceneQueries(LuceneSchema.queryAnalyzer());
    private final DidYouMean didYouMean = new DidYouMean();
    private final PeopleValues people = new PeopleValues();
    private final SemanticModel semantic = SemanticModel.shared();
    private final DamageWatch damageWatch;

    private LuceneSearch(String indexName, Duration timeLimit, Directory directory, SearcherManager manager) {
        this.indexName = indexName;
        this.timeLimit = timeLimit;
        this.damageWatch = new DamageWatch(indexName);
        this.directory = directory;
        this.manager = manager;
        this.refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "index-refresher");
            thread.setDaemon(true);
            return thread;
        });
        refresher.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Opens the index in {@code indexDir}, which must exist ({@code ./newssearch index} builds it). */
    public static LuceneSearch open(Path indexDir) throws IOException {
        return open(indexDir, ResultCache.DEFAULT_ENTRIES);
    }

    /** As {@link #open(Path)}, keeping the latest {@code cachedResults} answers of each reader (0: none). */
    public static LuceneSearch open(Path indexDir, int cachedResults) throws IOException {
        Directory directory = FSDirectory.open(indexDir);
        try {
            return open(directory, indexDir.toString(), SEARCH_TIME_LIMIT, cachedResults);
        } catch (IOException e) {
            directory.close();
            throw e;
        }
    }

    /** Searches an index in {@code directory}, which the searcher closes when it is closed. */
    public static LuceneSearch open(Directory directory, String name) throws IOException {
        return open(directory, name, SEARCH_TIME_LIMIT);
    }

    /** As {@link #open(Directory, String)}, cutting each search at {@code timeLimit}. */
    public static LuceneSearch open(Directory directory, String name, Duration timeLimit) throws IOException {
        return open(directory, name, timeLimit, ResultCache.DEFAULT_ENTRIES);
    }

    private static LuceneSearch open(Directory directory, String name, Duration timeLimit, int cachedResults)
            throws IOException {
        try {
            SearcherManager manager = new SearcherManager(directory, new FacetedIndexSearcher.Factory(cachedResults));
            log.debug("opened index {}", name);
            return new LuceneSearch(name, timeLimit, directory, manager);
        } catch (IndexNotFoundException e) {
            throw new IOException("No index in " + name + ": run ./newssearch index", e);
        } catch (IOException | RuntimeException e) {
            IndexDamage.throwIfDamaged(name, e);
            throw e;
        }
    }

    /** Looks for a newer commit now instead of waiting for the next scheduled check. */
    public void refresh() {
        try {
            manager.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            log.error("could not reopen the index in {}; still answering from the previous one", indexName, e);
        }
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return reading(searcher -> searchOnce(searcher, request));
    }

    private SearchResult searchOnce(FacetedIndexSearcher searcher, SearchRequest request) throws IOException {
        long start = System.nanoTime();
        Optional<SearchResult> cached = searcher.results().get(request);
        if (cached.isPresent()) {
            return cached.get().took((System.nanoTime() - start) / 1_000_000);
        }
        SearchResult result = answer(searcher, request, start);
        // An answer by words while the model loads is not kept: the same search answers by meaning once it can.
        boolean waitingForModel = result.mode() != request.mode() && semantic.status().equals("loading");
        if (!waitingForModel) {
            searcher.results().put(request, result);
        }
        return result;
    }

    private SearchResult answer(FacetedIndexSearcher searcher, SearchRequest request, long start)
            throws IOException {
        UserQuery parsed = parser.parse(request.query());
        // The whole query: what hits are highlighted with, and searched by when they are sorted by date.
        Query textQuery = queries.render(parsed, SearchFields.ITEMS);
        List<String> notices = new ArrayList<>();
        Optional<Query> nearest = request.mode() != SearchMode.KEYWORD && SemanticModel.hasMeaning(request, parsed)
                ? nearest(searcher, request, parsed, textQuery, notices) : Optional.empty();
        SearchMode answered = nearest.isPresent() ? request.mode() : SearchMode.KEYWORD;
        int window = request.page() * request.size();
        boolean byDate = request.sort() == SortOrder.DATE || !request.hasQuery();
        Optional<ProximityClause> rescore = byDate ? Optional.empty() : ProximityClause.of(parsed);
        Query words = withDateRange(onlyItems(rescore.isPresent()
                ? queries.render(rescore.get().words(), SearchFields.ITEMS) : textQuery), request);
        // Hybrid counts the union; the nearest items score nothing in it, so that its best hits are the words'.
        Query base = switch (answered) {
            case KEYWORD -> words;
            case SEMANTIC -> nearest.get();
            case HYBRID -> new BooleanQuery.Builder().add(words, BooleanClause.Occur.SHOULD)
                    .add(new BoostQuery(new ConstantScoreQuery(nearest.get()), 0f), BooleanClause.Occur.SHOULD)
                    .build();
        };
        boolean fused = answered == SearchMode.HYBRID && !byDate;
        // The best hits only: the matches are counted apart, so what cannot make the page need not be scored.
        int wanted = rescore.isPresent() && answered != SearchMode.SEMANTIC ? ProximityRescore.collect(window) : window;
        CollectorManager<?, ? extends TopDocs> collector = byDate
                ? new TopFieldCollectorManager(NEWEST_FIRST, window, window)
                : new TopScoreDocCollectorManager(wanted, wanted);
        // The shared searcher stays untimed; this one carries the time limit and the flag of this search. Filtered
        // searches run untimed, on the shared searcher.
        IndexSearcher timed = searcher.forOneSearch();
        if (request.filters().isEmpty()) {
            timed.setTimeout(new QueryTimeoutImpl(timeLimit.toMillis()));
        }
        FacetedSearch.Result result = FacetedSearch.search(searcher, timed, base, ALL_ITEMS, request,
                NewsSchema.DIMENSIONS, collector);
        TopDocs top = result.top();
        Map<String, List<FacetCount>> facets = result.facets();
        if (fused) {
            TopDocs byWords = matchedByWords(top);
            if (rescore.isPresent()) {
                byWords = ProximityRescore.rescore(searcher, byWords, queries.render(rescore.get().proximity(),
                        SearchFields.ITEMS), ProximityRescore.collect(window));
            }
            TopDocs byMeaning = searcher.search(filtered(nearest.get(), request), Math.max(window, 1));
            top = fuse(top.totalHits, byWords, byMeaning, request.query());
        } else if (rescore.isPresent() && answered == SearchMode.KEYWORD) {
            top = ProximityRescore.rescore(searcher, top, queries.render(rescore.get().proximity(), SearchFields.ITEMS),
                    window);
        }
        List<Hit> hits = hits(searcher, request, textQuery, top);
        Optional<String> suggestion = top.totalHits.value() == 0 && request.hasQuery()
                ? didYouMean.suggest(request.query(), searcher.getIndexReader())
                : Optional.empty();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        if (timed.timedOut()) {
            log.warn("a search was cut at {} ms and answered with partial results", timeLimit.toMillis());
        }
        return new SearchResult(top.totalHits.value(), tookMs, hits, facets, suggestion, timed.timedOut(), answered,
                notices);
    }

    /**
     * The items nearest the query's meaning, as a query of their documents and similarities, or empty when the
     * semantic part cannot take part (then a notice says why, or, when the request asked for semantic search
     * alone, it is refused). Explicit syntax keeps its strict meaning: the nearest items are drawn from those
     * the query's words match; plain words are no such limit, so that an item can be found by meaning alone.
     */
    private Optional<Query> nearest(FacetedIndexSearcher searcher, SearchRequest request, UserQuery parsed,
                                    Query textQuery, List<String> notices) throws IOException {
        String missing = vectorsMissing(searcher.getIndexReader());
        Optional<Embedding> embedding = missing == null ? semantic.embedQuery(request.query()) : Optional.empty();
        if (embedding.isEmpty()) {
            String why = missing != null ? missing : semantic.unavailableReason();
            if (request.mode() == SearchMode.SEMANTIC) {
                throw new BackendUnavailableException("semantic search cannot answer: " + why, null);
            }
            notices.add("searched by words only: " + why);
            return Optional.empty();
        }
        if (embedding.get().truncated()) {
            notices.add("the query is longer than the embedding model reads: its meaning was taken from its start");
        }
        // Only items carry vectors: plain words without dates search the graph unfiltered, which is the fast path.
        Query limit = SemanticModel.isPlain(parsed) ? null : onlyItems(textQuery);
        if (request.from().isPresent() || request.to().isPresent()) {
            limit = withDateRange(limit == null ? new MatchAllDocsQuery() : limit, request);
        }
        int candidates = Math.max(SEMANTIC_CANDIDATES, request.page() * request.size());
        Query knn = new KnnFloatVectorQuery(NewsSchema.VECTOR, embedding.get().vector(), candidates, limit);
        // Rewritten once: the nearest items are found once, then counted, filtered and ranked as a set.
        return Optional.of(searcher.rewrite(knn));
    }

    /** Why the index cannot be searched by meaning, or null when it can. */
    private static String vectorsMissing(IndexReader reader) throws IOException {
        if (reader instanceof DirectoryReader directory) {
            String model = directory.getIndexCommit().getUserData().get(LuceneIndexSink.COMMIT_VECTORS);
            if (model == null || model.equals(LuceneIndexSink.NO_VECTORS)) {
                return "the index holds no vectors: rebuild it with ./newssearch index --full (without --no-vectors)";
            }
        }
        return null;
    }

    /** The best hits of a hybrid union that its words matched: the nearest items alone score nothing there. */
    private static TopDocs matchedByWords(TopDocs union) {
        ScoreDoc[] matched = Arrays.stream(union.scoreDocs).filter(hit -> hit.score > 0).toArray(ScoreDoc[]::new);
        return new TopDocs(union.totalHits, matched);
    }

    /** {@code query} narrowed by every filter of the request, as the faceted search narrows its hits. */
    private static Query filtered(Query query, SearchRequest request) {
        if (request.filters().isEmpty()) {
            return query;
        }
        DrillDownQuery drillDown = new DrillDownQuery(LuceneSchema.facetsConfig(), query);
        request.filters().forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));
        return drillDown;
    }

    /**
     * The two rankings fused by reciprocal rank, weighted by the query's length, as many hits as both hold, with
     * the union's exact count.
     */
    private static TopDocs fuse(TotalHits total, TopDocs byWords, TopDocs byMeaning, String query) {
        List<List<Integer>> rankings = List.of(docs(byWords), docs(byMeaning));
        List<RankFusion.Fused<Integer>> fusedDocs = RankFusion.fuse(rankings, RankFusion.hybridWeights(query),
                RankFusion.K);
        ScoreDoc[] scoreDocs = new ScoreDoc[fusedDocs.size()];
        for (int i = 0; i < scoreDocs.length; i++) {
            scoreDocs[i] = new ScoreDoc(fusedDocs.get(i).item(), fusedDocs.get(i).score());
        }
        return new TopDocs(total, scoreDocs);
    }

    private static List<Integer> docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(scoreDoc -> scoreDoc.doc).toList();
    }

    @Override
    public QuoteResult quotes(SearchRequest request) throws IOException {
        return reading(searcher -> quotesOnce(searcher, request));
    }

    private QuoteResult quotesOnce(FacetedIndexSearcher searcher, SearchRequest request) throws IOException {
        requireQuotationBlocks(searcher.getIndexReader());
        Query text = queries.render(parser.parse(request.query()), SearchFields.QUOTES);
        return new LuceneQuotes(searcher, indexAnalyzer).search(request, text);
    }

    /**
     * An index written by an earlier version holds its quotations in another order, from which they would be read
     * wrongly: until it is rebuilt (any reindex does that), quotations are refused with what to do.
     */
    private static void requireQuotationBlocks(IndexReader reader) throws IOException {
        if (reader instanceof DirectoryReader directory) {
            String layout = directory.getIndexCommit().getUserData().get(LuceneIndexSink.COMMIT_LAYOUT);
            if (layout != null && !layout.equals(LuceneSchema.LAYOUT_VERSION)) {
                throw new BackendUnavailableException("the index was written by an earlier version of news-search "
                        + "(layout " + layout + "): rebuild it with ./newssearch index to search quotations", null);
            }
        }
    }

    @Override
    public int export(SearchRequest request, int limit, ItemSink sink) throws IOException {
        return reading(searcher -> exportOnce(searcher, request, limit, sink));
    }

    private int exportOnce(FacetedIndexSearcher searcher, SearchRequest request, int limit, ItemSink sink)
            throws IOException {
        UserQuery parsed = parser.parse(request.query());
        Query text = queries.render(parsed, SearchFields.ITEMS);
        Query base = withDateRange(onlyItems(text), request);
        // The same items the search counts: in a mode by meaning, the nearest items too, or those alone.
        Optional<Query> nearest = request.mode() != SearchMode.KEYWORD && SemanticModel.hasMeaning(request, parsed)
                ? nearest(searcher, request, parsed, text, new ArrayList<>()) : Optional.empty();
        if (nearest.isPresent()) {
            base = request.mode() == SearchMode.SEMANTIC ? nearest.get() : new BooleanQuery.Builder()
                    .add(base, BooleanClause.Occur.SHOULD).add(nearest.get(), BooleanClause.Occur.SHOULD).build();
        }
        // One searcher for the whole export (the read's): a reindex committed meanwhile does not move items between
        // pages.
        Query query = base;
        if (!request.filters().isEmpty()) {
            DrillDownQuery drillDown = new DrillDownQuery(LuceneSchema.facetsConfig(), base);
            request.filters().forEach((dim, values) -> drillDown.add(dim, FacetedSearch.filter(dim, values)));
            query = searcher.facetState().isPresent() ? drillDown : new MatchNoDocsQuery();
        }
        int exported = 0;
        ScoreDoc after = null;
        while (exported < limit) {
            int batch = Math.min(EXPORT_BATCH, limit - exported);
            TopDocs top = searcher.searchAfter(after, query, batch, EXPORT_ORDER);
            for (ScoreDoc scoreDoc : top.scoreDocs) {
                sink.accept(NewsDocuments.toItem(searcher.storedFields().document(scoreDoc.doc)));
                exported++;
            }
            if (top.scoreDocs.length < batch) {
                break;
            }
            after = top.scoreDocs[top.scoreDocs.length - 1];
        }
        return exported;
    }

    @Override
    public Optional<ItemView> item(String id) throws IOException {
        return reading(searcher -> itemOnce(searcher, id));
    }

    private Optional<ItemView> itemOnce(FacetedIndexSearcher searcher, String id) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(NewsSchema.ID, id)), 1);
        if (found.scoreDocs.length == 0) {
            return Optional.empty();
        }
        int docId = found.scoreDocs[0].doc;
        NewsItem item = NewsDocuments.toItem(searcher.storedFields().document(docId));
        return Optional.of(new ItemView(item, related(searcher, docId)));
    }

    @Override
    public List<NewsItem> itemsNaming(String personKey) throws IOException {
        // A quotation's document holds its speaker's key too, for the person filter of /api/quotes.
        return reading(searcher -> itemsOf(searcher, onlyItems(new TermQuery(new Term(NewsSchema.PERSON_KEY,
                personKey)))));
    }

    @Override
    public List<NewsItem> itemsWithOffice(String office) throws IOException {
        return reading(searcher -> itemsOf(searcher, new TermQuery(new Term(NewsSchema.OFFICE, office))));
    }

    /**
     * The items {@code query} finds, read in the order they are stored, so that neighbours in one compressed block
     * of stored fields share its decompression.
     */
    private static List<NewsItem> itemsOf(FacetedIndexSearcher searcher, Query query) throws IOException {
        ScoreDoc[] hits = searcher.search(new ConstantScoreQuery(query), Math.max(1,
                searcher.getIndexReader().maxDoc())).scoreDocs;
        Arrays.sort(hits, Comparator.comparingInt(hit -> hit.doc));
        List<NewsItem> items = new ArrayList<>(hits.length);
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : hits) {
            items.add(NewsDocuments.toItem(stored.document(hit.doc)));
        }
        return items;
    }

    /** From doc values: no item is read. */
    @Override
    public List<ItemPeople> itemPeople(String personKey) throws IOException {
        return reading(searcher -> people.itemPeople(searcher, personKey));
    }

    /** From doc values beside the office's items: no item is read. */
    @Override
    public void holdings(String office, Consumer<Holding> each) throws IOException {
        reading(searcher -> {
            people.holdings(searcher, office, each);
            return null;
        });
    }

    @Override
    public List<String> offices() throws IOException {
        return reading(searcher -> PeopleValues.offices(searcher.getIndexReader()));
    }

    /**
     * Right after a large index is opened or rebuilt the completions may still be building: then there are none
     * yet, rather than a wait.
     */
    @Override
    public List<String> suggest(String prefix, int count) throws IOException {
        return reading(searcher -> suggestOnce(searcher, prefix, count));
    }

    private List<String> suggestOnce(FacetedIndexSearcher searcher, String prefix, int count) throws IOException {
        try {
            return searcher.completions().get(COMPLETIONS_WAIT_MILLIS, TimeUnit.MILLISECONDS).lookup(prefix, count);
        } catch (TimeoutException stillBuilding) {
            return List.of();
        } catch (ExecutionException e) {
            throw new IOException("building completions failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    @Override
    public boolean holdsVectors() throws IOException {
        return reading(searcher -> vectorsMissing(searcher.getIndexReader()) == null);
    }

    @Override
    public Health health() throws IOException {
        return reading(this::healthOnce);
    }

    private Health healthOnce(FacetedIndexSearcher searcher) throws IOException {
        return new Health("up", searcher.count(ItemBlocks.ITEMS), Map.of("index", indexName));
    }

    @Override
    public IndexStats stats() throws IOException {
        return reading(this::statsOnce);
    }

    private IndexStats statsOnce(FacetedIndexSearcher searcher) throws IOException {
        Map<String, Integer> values = new LinkedHashMap<>();
        Optional<SortedSetDocValuesReaderState> state = searcher.facetState();
        for (String dim : NewsSchema.DIMENSIONS) {
            values.put(dim, state.map(s -> distinctValues(s, dim)).orElse(0));
        }
        Map<String, String> commit = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
        long size = 0;
        for (String file : directory.listAll()) {
            try {
                size += directory.fileLength(file);
            } catch (NoSuchFileException gone) {
                // A reindex removed the file of an older commit while we were counting.
            }
        }
        return new IndexStats(searcher.count(ItemBlocks.ITEMS), values,
                Optional.ofNullable(commit.get(LuceneIndexSink.COMMIT_TIME)),
                Optional.ofNullable(commit.get(LuceneIndexSink.COMMIT_SUMMARY)), size);
    }

    /**
     * One read of the index, from one searcher acquired for it; damage found on the way becomes an
     * {@link IndexDamagedException}, a query Lucene finds too large an {@link InvalidRequestException}.
     */
    @FunctionalInterface
    private interface IndexRead<T> {
        T read(FacetedIndexSearcher searcher) throws IOException;
    }

    private <T> T reading(IndexRead<T> read) throws IOException {
        FacetedIndexSearcher searcher = (FacetedIndexSearcher) manager.acquire();
        try {
            damageWatch.throwIfDamaged(searcher.getIndexReader());
            try {
                return read.read(searcher);
            } catch (InvalidRequestException e) {
                throw e;
            } catch (IndexSearcher.TooManyClauses e) {
                // The parser bounds a query's look-ups; a rewrite (a prefix of many words) can still pass Lucene's.
                throw new InvalidRequestException("q", "q has too many words for one search ("
                        + SearchFields.MAX_CLAUSES + " look-ups at most across the fields searched): use fewer");
            } catch (IOException | RuntimeException | AssertionError e) {
                // Lucene's own assertions (java -ea) are among the ways damaged bytes show.
                damageWatch.examine(searcher.getIndexReader(), e);
                throw e;
            }
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        refresher.shutdownNow();
        try {
            // A refresh under way must end before the manager it uses is closed.
            refresher.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        manager.close();
        directory.close();
    }

    /** Every item: what the empty query without filters searches, whose facet counts a reader keeps. */
    static final Query ALL_ITEMS = onlyItems(new MatchAllDocsQuery());

    /** Items only: quotations have documents of their own in the same index. */
    static Query onlyItems(Query query) {
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(ItemBlocks.ITEMS, BooleanClause.Occur.FILTER)
                .build();
    }

    static Query withDateRange(Query query, SearchRequest request) {
        if (request.from().isEmpty() && request.to().isEmpty()) {
            return query;
        }
        long from = request.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
        long to = request.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.MUST)
                .add(LongField.newRangeQuery(NewsSchema.DATE, from, to), BooleanClause.Occur.FILTER)
                .build();
    }

    private List<Hit> hits(IndexSearcher searcher, SearchRequest request, Query textQuery, TopDocs top)
            throws IOException {
        int from = (request.page() - 1) * request.size();
        if (from >= top.scoreDocs.length) {
            return List.of();
        }
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        // Each hit's stored fields are read once, in index order, for the list and the highlighter alike.
        Set<String> wanted = request.hasQuery() ? HitFields.STORED_AND_BODY : HitFields.STORED;
        int[] inIndexOrder = Arrays.stream(page).mapToInt(scoreDoc -> scoreDoc.doc).sorted().toArray();
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> loaded = new HashMap<>();
        for (int doc : inIndexOrder) {
            loaded.put(doc, stored.document(doc, wanted));
        }
        Snippets.Highlights highlights = request.hasQuery()
                ? new Snippets(searcher, indexAnalyzer, loaded).highlight(textQuery, pageDocs)
                : null;
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            HitFields item = HitFields.of(loaded.get(page[i].doc));
            String titleHtml = highlights != null && highlights.titles()[i] != null
                    ? highlights.titles()[i] : HtmlText.escape(item.title());
            String snippet = highlights != null && highlights.snippets()[i] != null
                    ? highlights.snippets()[i] : HtmlText.opening(item.lead());
            hits.add(new Hit(item.id(), item.title(), titleHtml, item.date(), item.issuers(), item.fieldsOfWork(),
                    item.countries(), snippet, Float.isNaN(page[i].score) ? 0f : page[i].score));
        }
        return hits;
    }

    private static Hit hit(NewsItem item, String titleHtml, String snippet, float score) {
        return new Hit(item.id(), item.title(), titleHtml, item.date().date(), item.issuers(), item.fieldsOfWork(),
                item.countries(), snippet, Float.isNaN(score) ? 0f : score);
    }

    private List<Hit> related(IndexSearcher searcher, int docId) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(indexAnalyzer);
        mlt.setFieldNames(new String[] {NewsSchema.TITLE, NewsSchema.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        Query like = mlt.like(docId);
        Query others = new BooleanQuery.Builder()
                .add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(NewsSchema.ID, searcher.storedFields().document(docId).get(NewsSchema.ID))),
                        BooleanClause.Occur.MUST_NOT)
                .add(ItemBlocks.ITEMS, BooleanClause.Occur.FILTER)
                .build();
        List<Hit> related = new ArrayList<>();
        for (ScoreDoc scoreDoc : searcher.search(others, RELATED_ITEMS).scoreDocs) {
            NewsItem item = NewsDocuments.toItem(searcher.storedFields().document(scoreDoc.doc));
            related.add(hit(item, HtmlText.escape(item.title()),
                    HtmlText.opening(item.lead()), scoreDoc.score));
        }
        return related;
    }

    private static int distinctValues(SortedSetDocValuesReaderState state, String dim) {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        return range == null ? 0 : range.end() - range.start() + 1;
    }
}

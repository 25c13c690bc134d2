package newssearch.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;

import newssearch.index.NewsSchema;

/**
 * An IndexSearcher that carries what is derived from its reader: the facet ordinals, built when the reader is
 * opened (by the {@link Factory}) since every search needs them, the items and the quotations with their facet
 * counts, the latest answers, and the completions, built on the first suggestion asked of this reader and closed
 * with it. Whoever holds the searcher holds all of them.
 */
final class FacetedIndexSearcher extends IndexSearcher {

    /** Builds completions off the request threads: for a large index it reads every title, for seconds. */
    private static final ExecutorService COMPLETIONS_BUILDER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "completions-builder");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Search the slices of one search side by side, one a core: a search alone on the machine answers in about
     * half the time. The thread that asks searches slices too, so under load, when these threads are busy, each
     * search runs mostly on its own thread as it would without them.
     */
    private static final int SLICES = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService SLICE_SEARCHERS = Executors.newFixedThreadPool(SLICES, runnable -> {
        Thread thread = new Thread(runnable, "slice-searcher");
        thread.setDaemon(true);
        return thread;
    });

    private final SortedSetDocValuesReaderState facetState;
    private final FieldInfos fieldInfos;
    private final ResultCache results;
    /** How many sets of documents (of a kind, within filters) a reader keeps with their facet counts. */
    static final int KEPT_KINDS = 16;

    /** Documents of a kind within filters, by their queries, least recently used first. */
    private final Map<List<Query>, KindFacets> kinds = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Query>, KindFacets> eldest) {
            return size() > KEPT_KINDS;
        }
    };
    private final OrdinalLabels labels;
    private final SegmentOrdinals.Cache ordinals;
    private int[][] globalOrds;
    private CompletableFuture<Completions> completions;

    private FacetedIndexSearcher(IndexReader reader, int cachedResults, SegmentOrdinals.Cache ordinals)
            throws IOException {
        super(reader, SLICE_SEARCHERS);
        this.ordinals = ordinals;
        this.results = new ResultCache(cachedResults);
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
        String facetField = LuceneSchema.facetsConfig().getDimConfig(NewsSchema.DIM_COUNTRY).indexFieldName;
        // An index without any facet value (empty, or items with none) has no doc values to build state from.
        this.facetState = MultiDocValues.getSortedSetValues(reader, facetField) == null
                ? null
                : new DefaultSortedSetDocValuesReaderState(reader, facetField, LuceneSchema.facetsConfig());
        this.labels = facetState == null ? null : new OrdinalLabels(facetState);
    }

    /**
     * The segments in one slice a core, each slice about as large as the others, largest segment first to the
     * least filled slice: Lucene's own slicing fills a slice up to a quarter of a million documents, which at
     * 100,000 pages leaves one slice with nine documents in ten.
     */
    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        List<LeafReaderContext> bySize = new ArrayList<>(leaves);
        bySize.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        int count = Math.min(SLICES, Math.max(1, leaves.size()));
        List<List<LeafReaderContextPartition>> slices = new ArrayList<>();
        long[] sizes = new long[count];
        for (int i = 0; i < count; i++) {
            slices.add(new ArrayList<>());
        }
        for (LeafReaderContext leaf : bySize) {
            int least = 0;
            for (int i = 1; i < count; i++) {
                least = sizes[i] < sizes[least] ? i : least;
            }
            slices.get(least).add(LeafReaderContextPartition.createForEntireSegment(leaf));
            sizes[least] += leaf.reader().maxDoc();
        }
        return slices.stream().filter(slice -> !slice.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    /**
     * A searcher of the same reader and slices, of its own for one search: one that carries that search's time
     * limit and whether it was reached.
     */
    IndexSearcher forOneSearch() {
        LeafSlice[] slices = getSlices();
        return new IndexSearcher(getIndexReader(), SLICE_SEARCHERS) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return slices;
            }
        };
    }

    /** The completions of this reader's items, whose building starts on the first call. */
    synchronized CompletableFuture<Completions> completions() {
        if (completions == null) {
            completions = CompletableFuture.supplyAsync(() -> {
                try {
                    return Completions.of(getIndexReader());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, COMPLETIONS_BUILDER);
            CompletableFuture<Completions> built = completions;
            getIndexReader().getReaderCacheHelper().addClosedListener(key -> built.thenAccept(Completions::closeQuietly));
        }
        return completions;
    }

    /**
     * The documents of one kind, those {@code all} matches (every item, or every quotation), that pass each of
     * {@code filters}, with their facet counts, made on the first call; they change only with the index. The
     * {@link #KEPT_KINDS} sets used last are kept. Requires the facet state.
     */
    KindFacets kindFacets(Query all, List<Query> filters) throws IOException {
        List<Query> key = new ArrayList<>(filters.size() + 1);
        key.add(all);
        key.addAll(filters);
        synchronized (kinds) {
            KindFacets kind = kinds.get(key);
            if (kind != null) {
                return kind;
            }
        }
        // Made outside the lock, so that other searches go on meanwhile; two made at once are the same.
        KindFacets made = KindFacets.of(this, facetState, globalOrds(), ordinals, labels, all, filters);
        synchronized (kinds) {
            KindFacets kind = kinds.putIfAbsent(key, made);
            return kind == null ? made : kind;
        }
    }

    private synchronized int[][] globalOrds() throws IOException {
        if (globalOrds == null) {
            globalOrds = KindFacets.globalOrds(facetState);
        }
        return globalOrds;
    }

    /** The fields of all of this reader's segments, merged once. */
    FieldInfos fieldInfos() {
        return fieldInfos;
    }

    /** The latest answers from this reader. */
    ResultCache results() {
        return results;
    }

    /** The facet state, empty when no item has a facet value. */
    Optional<SortedSetDocValuesReaderState> facetState() {
        return Optional.ofNullable(facetState);
    }

    /**
     * Makes a {@link FacetedIndexSearcher} for every reader a SearcherManager opens; the readers of one index share
     * the segments' facet ordinals, which may take up to a quarter of the heap.
     */
    static final class Factory extends SearcherFactory {
        private final int cachedResults;
        private final SegmentOrdinals.Cache ordinals = new SegmentOrdinals.Cache(
                Runtime.getRuntime().maxMemory() / 4);

        /** @param cachedResults how many answers each reader keeps (0: none) */
        Factory(int cachedResults) {
            this.cachedResults = cachedResults;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedIndexSearcher(reader, cachedResults, ordinals);
        }
    }
}

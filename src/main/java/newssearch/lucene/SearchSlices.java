package newssearch.lucene;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;

/**
 * One search on every core: the index's segments are dealt into one slice per core, which Lucene searches at once,
 * and the matches' facets are counted a segment per task. A search alone on the machine answers in about half
 * the time; under load the slices only queue behind each other's.
 */
final class SearchSlices {

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /**
     * The threads that search slices other than the one the request's own thread takes, shared by every open
     * index and never shut down (daemons). Only slices and per-segment counts run on them, never a whole search:
     * a count waits for its tasks without doing one, so a search started on these threads could wait for itself.
     */
    static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(CORES, new SliceThreads());

    private SearchSlices() {
    }

    /** One slice per core. */
    static LeafSlice[] balanced(List<LeafReaderContext> leaves) {
        return balanced(leaves, CORES);
    }

    /**
     * The segments dealt largest first, each to the slice with the fewest documents so far: Lucene's own rule
     * (up to 250,000 documents or 5 segments a slice) leaves most of a 100,000-item index in one slice.
     */
    static LeafSlice[] balanced(List<LeafReaderContext> leaves, int slices) {
        int count = Math.max(1, Math.min(slices, leaves.size()));
        List<List<LeafReaderContextPartition>> dealt = new ArrayList<>();
        long[] docs = new long[count];
        for (int i = 0; i < count; i++) {
            dealt.add(new ArrayList<>());
        }
        leaves.stream()
                .sorted(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed())
                .forEach(leaf -> {
                    int smallest = 0;
                    for (int i = 1; i < count; i++) {
                        if (docs[i] < docs[smallest]) {
                            smallest = i;
                        }
                    }
                    docs[smallest] += leaf.reader().maxDoc();
                    dealt.get(smallest).add(LeafReaderContextPartition.createForEntireSegment(leaf));
                });
        return dealt.stream().filter(slice -> !slice.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }

    /** A searcher over {@code reader} that searches its slices at once. */
    static IndexSearcher searcher(IndexReader reader) {
        return new IndexSearcher(reader, EXECUTOR) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return balanced(leaves);
            }
        };
    }

    /** The facet counts of {@code matches}, a segment per task when there are several to share out. */
    static Facets count(SortedSetDocValuesReaderState state, FacetsCollector matches) throws IOException {
        if (matches.getMatchingDocs().size() < 2) {
            return new SortedSetDocValuesFacetCounts(state, matches);
        }
        try {
            return new ConcurrentSortedSetDocValuesFacetCounts(state, matches, EXECUTOR);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while counting facets");
        }
    }

    private static final class SliceThreads implements ThreadFactory {
        private final AtomicInteger number = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "search-slice-" + number.incrementAndGet());
            // Searches in flight end with the server; these threads must not keep the JVM alive.
            thread.setDaemon(true);
            return thread;
        }
    }
}

package newssearch.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;

import newssearch.search.FacetCount;

/**
 * The documents a search without words finds, made once: every document of one kind in a reader (items, or
 * quotations), perhaps within some facet filters, and the counts of their facet values. The values of any set of
 * them are counted from whichever side reads fewer documents: a set of more than half of them as all their counts
 * less those of the rest. A word common to nine items in ten is then counted over the tenth that lacks it; the
 * answer is the same.
 *
 * <p>Counts are indexed by the facet state's (global) ordinals, as Lucene's sorted-set facet counts are.
 */
final class KindFacets {

    private final SortedSetDocValuesReaderState state;
    /** The searcher's slices, counted side by side. */
    private final IndexSearcher.LeafSlice[] slices;
    private final TaskExecutor executor;
    private final Query all;
    private final FixedBitSet[] docs;
    private final long size;
    /** By segment: each of its ordinals' global ordinal, looked up once instead of at every count. */
    private final int[][] globalOrds;
    private final SegmentOrdinals.Cache ordinals;
    private final OrdinalLabels labels;
    private final int[] counts;

    private KindFacets(IndexSearcher searcher, SortedSetDocValuesReaderState state, int[][] globalOrds,
            SegmentOrdinals.Cache ordinals, OrdinalLabels labels, Query all, FixedBitSet[] docs, long size)
            throws IOException {
        this.ordinals = ordinals;
        this.slices = searcher.getSlices();
        this.executor = searcher.getTaskExecutor();
        this.state = state;
        this.labels = labels;
        this.all = all;
        this.docs = docs;
        this.size = size;
        this.globalOrds = globalOrds;
        this.counts = new int[state.getSize()];
        tally(counts, docs, null, null, 1);
    }

    /**
     * The documents {@code all} matches in the searcher's reader, which {@code state} belongs to, that pass each
     * of {@code filters}.
     *
     * @param globalOrds the reader's {@link #globalOrds(SortedSetDocValuesReaderState)}
     * @param ordinals   the segments' ordinals kept in the heap
     * @param labels     the reader's facet values
     */
    static KindFacets of(IndexSearcher searcher, SortedSetDocValuesReaderState state, int[][] globalOrds,
            SegmentOrdinals.Cache ordinals, OrdinalLabels labels, Query all, List<Query> filters)
            throws IOException {
        SidewaysMatches matches = SidewaysMatches.collect(searcher, all, filters);
        return new KindFacets(searcher, state, globalOrds, ordinals, labels, all, matches.hits(),
                matches.hitCount());
    }

    /** By segment, the global ordinal of each segment ordinal. */
    static int[][] globalOrds(SortedSetDocValuesReaderState state) throws IOException {
        SortedSetDocValues global = state.getDocValues();
        OrdinalMap ordinalMap = global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        List<LeafReaderContext> leaves = state.getReader().leaves();
        int[][] globalOrds = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            int segmentOrds = (int) DocValues.getSortedSet(leaf.reader(), state.getField()).getValueCount();
            LongValues toGlobal = ordinalMap == null ? LongValues.IDENTITY : ordinalMap.getGlobalOrds(leaf.ord);
            int[] ords = new int[segmentOrds];
            for (int ord = 0; ord < segmentOrds; ord++) {
                ords[ord] = (int) toGlobal.get(ord);
            }
            globalOrds[leaf.ord] = ords;
        }
        return globalOrds;
    }

    /** The query for every document of the kind, filters aside. */
    Query all() {
        return all;
    }

    /** How many documents there are. */
    long size() {
        return size;
    }

    /** The counts over all of the documents; not to be changed. */
    int[] counts() {
        return counts;
    }

    /** The counts over {@code matches} (by segment; some of these documents only), of which there are {@code n}. */
    int[] counts(FixedBitSet[] matches, long n) throws IOException {
        if (n * 2 <= size) {
            int[] direct = new int[counts.length];
            tally(direct, matches, null, null, 1);
            return direct;
        }
        int[] complement = counts.clone();
        tally(complement, docs, matches, null, -1);
        return complement;
    }

    /**
     * The counts over {@code matches} and {@code more} together, given the counts of {@code matches} (of which
     * there are {@code n}); the two sets share no document, and {@code more} has {@code moreN}.
     */
    int[] counts(FixedBitSet[] matches, long n, int[] matchCounts, FixedBitSet[] more, long moreN)
            throws IOException {
        if (moreN <= size - n - moreN) {
            int[] added = matchCounts.clone();
            tally(added, more, null, null, 1);
            return added;
        }
        int[] complement = counts.clone();
        tally(complement, docs, matches, more, -1);
        return complement;
    }

    /** The key of a person's name, worked out once per reader. */
    String personKey(String name) {
        return labels.personKey(name);
    }

    /**
     * The values of {@code dim} that occur in {@code counts}, by count then value: the {@code limit} best (0:
     * all), ties at the limit taken in the values' index order, as Lucene's top children are.
     */
    List<FacetCount> values(int[] counts, String dim, int limit) throws IOException {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) {
            return List.of();
        }
        BestOrdinals best = new BestOrdinals(limit == 0 ? range.end() - range.start() + 1 : limit);
        for (int ord = range.start(); ord <= range.end(); ord++) {
            if (counts[ord] > 0) {
                best.offer(counts[ord], ord);
            }
        }
        List<FacetCount> values = new ArrayList<>(best.size());
        for (int i = 0; i < best.size(); i++) {
            int ord = best.ord(i);
            values.add(new FacetCount(labels.label(ord), counts[ord]));
        }
        values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return values;
    }

    /**
     * Adds {@code delta} to the counts of the values of every document in {@code include} and in neither
     * {@code exclude} nor {@code excludeToo} (either may be null): the searcher's slices side by side, each into
     * counts of its own.
     */
    private void tally(int[] into, FixedBitSet[] include, FixedBitSet[] exclude, FixedBitSet[] excludeToo,
            int delta) throws IOException {
        List<Callable<int[]>> slices = new ArrayList<>();
        for (IndexSearcher.LeafSlice slice : this.slices) {
            slices.add(() -> {
                int[] sliceCounts = new int[into.length];
                for (IndexSearcher.LeafReaderContextPartition partition : slice.partitions) {
                    tally(sliceCounts, partition.ctx, include, exclude, excludeToo, delta);
                }
                return sliceCounts;
            });
        }
        for (int[] sliceCounts : executor.invokeAll(slices)) {
            for (int ord = 0; ord < into.length; ord++) {
                into[ord] += sliceCounts[ord];
            }
        }
    }

    private void tally(int[] into, LeafReaderContext leaf, FixedBitSet[] include, FixedBitSet[] exclude,
            FixedBitSet[] excludeToo, int delta) throws IOException {
        long[] words = include[leaf.ord].getBits().clone();
        if (exclude != null) {
            andNot(words, exclude[leaf.ord].getBits());
        }
        if (excludeToo != null) {
            andNot(words, excludeToo[leaf.ord].getBits());
        }
        Optional<SegmentOrdinals> ordinals = this.ordinals.of(leaf.reader(), state.getField());
        if (ordinals.isPresent()) {
            ordinals.get().tally(into, words, globalOrds[leaf.ord], delta);
        } else {
            tallySegment(into, DocValues.getSortedSet(leaf.reader(), state.getField()), globalOrds[leaf.ord], words,
                    delta);
        }
    }

    private static void andNot(long[] words, long[] other) {
        for (int i = 0; i < words.length; i++) {
            words[i] &= ~other[i];
        }
    }

    private static void tallySegment(int[] into, SortedSetDocValues values, int[] globalOrds, long[] words,
            int delta) throws IOException {
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                int doc = (w << 6) | Long.numberOfTrailingZeros(word);
                word &= word - 1;
                if (values.advanceExact(doc)) {
                    for (int i = values.docValueCount(); i > 0; i--) {
                        into[globalOrds[(int) values.nextOrd()]] += delta;
                    }
                }
            }
        }
    }

    /** The best ordinals by count, then by lower ordinal; a bounded heap with the worst on top. */
    private static final class BestOrdinals {
        private final long[] heap;
        private int size;

        BestOrdinals(int capacity) {
            this.heap = new long[Math.max(1, capacity)];
        }

        void offer(int count, int ord) {
            // Higher is better: the count, then the lower ordinal.
            long key = ((long) count << 32) | (0xFFFFFFFFL - ord);
            if (size < heap.length) {
                heap[size] = key;
                up(size++);
            } else if (key > heap[0]) {
                heap[0] = key;
                down(0);
            }
        }

        int size() {
            return size;
        }

        int ord(int i) {
            return (int) (0xFFFFFFFFL - (heap[i] & 0xFFFFFFFFL));
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (heap[parent] <= heap[i]) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int smallest = i;
                int left = 2 * i + 1;
                int right = left + 1;
                if (left < size && heap[left] < heap[smallest]) {
                    smallest = left;
                }
                if (right < size && heap[right] < heap[smallest]) {
                    smallest = right;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int a, int b) {
            long t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }
}

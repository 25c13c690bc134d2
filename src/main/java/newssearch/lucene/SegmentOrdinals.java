package newssearch.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet ordinals of every document of one segment, read from its doc values once and kept in the heap, two
 * bytes an ordinal: counting the values of a search's matches then reads two arrays instead of the doc values'
 * packed blocks through their accessors, about two and a half times faster over 100,000 items. A {@link Cache}
 * keeps them per segment core, as Lucene keeps its own per-segment caches, so a reader reopened after a reindex
 * reads only its new segments.
 */
final class SegmentOrdinals {

    /** Document -> where its ordinals start in {@link #ords}; one more entry for where the last one's end. */
    private final int[] starts;
    private final char[] ords;
    private final int valueCount;

    private SegmentOrdinals(int[] starts, char[] ords, int valueCount) {
        this.starts = starts;
        this.ords = ords;
        this.valueCount = valueCount;
    }

    private long bytes() {
        return 4L * starts.length + 2L * ords.length;
    }

    /**
     * The ordinals of the segments of every reader of one index, up to a budget of heap: a segment read when the
     * budget is spent, or with more values than two bytes number, is counted from its doc values instead. A
     * segment's ordinals are dropped when it closes.
     */
    static final class Cache {
        private record Key(IndexReader.CacheKey core, String field) {
        }

        private final Map<Key, Optional<SegmentOrdinals>> segments = new ConcurrentHashMap<>();
        private final long budget;
        private final AtomicLong used = new AtomicLong();

        /** @param budget how many bytes of heap the ordinals may take */
        Cache(long budget) {
            this.budget = budget;
        }

        /** The ordinals of {@code field} in {@code segment}, or empty when they are not kept. */
        Optional<SegmentOrdinals> of(LeafReader segment, String field) throws IOException {
            IndexReader.CacheHelper helper = segment.getCoreCacheHelper();
            if (helper == null) {
                return Optional.empty();
            }
            Key key = new Key(helper.getKey(), field);
            Optional<SegmentOrdinals> cached = segments.get(key);
            if (cached != null) {
                return cached;
            }
            try {
                return segments.computeIfAbsent(key, k -> {
                    try {
                        helper.addClosedListener(this::drop);
                        return read(segment, field).filter(this::fits);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private boolean fits(SegmentOrdinals ordinals) {
            long after = used.addAndGet(ordinals.bytes());
            if (after <= budget) {
                return true;
            }
            used.addAndGet(-ordinals.bytes());
            return false;
        }

        private void drop(IndexReader.CacheKey core) {
            segments.entrySet().removeIf(entry -> {
                boolean closed = entry.getKey().core() == core;
                if (closed) {
                    entry.getValue().ifPresent(ordinals -> used.addAndGet(-ordinals.bytes()));
                }
                return closed;
            });
        }
    }

    private static Optional<SegmentOrdinals> read(LeafReader segment, String field) throws IOException {
        SortedSetDocValues values = DocValues.getSortedSet(segment, field);
        if (values.getValueCount() > Character.MAX_VALUE + 1L) {
            return Optional.empty();
        }
        int maxDoc = segment.maxDoc();
        int[] starts = new int[maxDoc + 1];
        char[] ords = new char[Math.max(16, maxDoc)];
        int n = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            starts[doc] = n;
            if (values.advanceExact(doc)) {
                int count = values.docValueCount();
                if (n + count > ords.length) {
                    ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
                }
                for (int i = 0; i < count; i++) {
                    ords[n++] = (char) values.nextOrd();
                }
            }
        }
        starts[maxDoc] = n;
        return Optional.of(new SegmentOrdinals(starts, Arrays.copyOf(ords, n), (int) values.getValueCount()));
    }

    /**
     * Adds {@code delta} to the count, in {@code into} (by global ordinal), of each value of every document whose
     * bit is set in {@code words}.
     *
     * @param globalOrds each of this segment's ordinals' global ordinal
     */
    void tally(int[] into, long[] words, int[] globalOrds, int delta) {
        // Counted by segment ordinal first: one look-up of the global ordinal per value, not per occurrence.
        int[] counts = new int[valueCount];
        for (int w = 0; w < words.length; w++) {
            long word = words[w];
            while (word != 0) {
                int doc = (w << 6) | Long.numberOfTrailingZeros(word);
                word &= word - 1;
                for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
                    counts[ords[i]]++;
                }
            }
        }
        for (int ord = 0; ord < counts.length; ord++) {
            if (counts[ord] != 0) {
                into[globalOrds[ord]] += delta * counts[ord];
            }
        }
    }
}

package newssearch.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

import newssearch.index.NewsSchema;

/**
 * Completions for the search box from titles, people, places and countries, with Lucene's
 * AnalyzingInfixSuggester: any word of an entry may be completed ("terr" finds "... from terrorism ..."),
 * case and diacritics fold, and entries that more items carry come first.
 */
final class Completions implements Closeable {

    private static final int MIN_PREFIX_CHARS = 1;

    private final AnalyzingInfixSuggester suggester;

    private Completions(AnalyzingInfixSuggester suggester) {
        this.suggester = suggester;
    }

    /** Completions from the titles, people, places and countries of every item in {@code reader}. */
    static Completions of(IndexReader reader) throws IOException {
        Map<String, Long> entries = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedSetDocValues values = leaf.reader().getSortedSetDocValues(NewsSchema.COMPLETION);
            if (values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            long[] items = new long[Math.toIntExact(values.getValueCount())];
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                if (live == null || live.get(doc)) {
                    for (int i = 0; i < values.docValueCount(); i++) {
                        items[Math.toIntExact(values.nextOrd())]++;
                    }
                }
            }
            for (int ord = 0; ord < items.length; ord++) {
                if (items[ord] > 0) {
                    entries.merge(values.lookupOrd(ord).utf8ToString(), items[ord], Long::sum);
                }
            }
        }
        return build(entries);
    }

    /** Builds completions from entries and how many items carry each. */
    static Completions build(Map<String, Long> weightedEntries) throws IOException {
        Analyzer analyzer = foldingAnalyzer();
        AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(new ByteBuffersDirectory(), analyzer,
                analyzer, MIN_PREFIX_CHARS, false, true, false);
        suggester.build(new Entries(weightedEntries));
        return new Completions(suggester);
    }

    List<String> lookup(String prefix, int count) throws IOException {
        if (prefix.isBlank() || suggester.getCount() == 0) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        for (Lookup.LookupResult result : suggester.lookup(prefix, count, true, false)) {
            keys.add(result.key.toString());
        }
        return new ArrayList<>(keys);
    }

    @Override
    public void close() throws IOException {
        suggester.close();
    }

    /** Closes, as a reader's close listener must: its own failure changes nothing for anyone. */
    void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // An in-memory suggester has nothing on disk to lose.
        }
    }

    private static Analyzer foldingAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
            }
        };
    }

    private static final class Entries implements InputIterator {
        private final Iterator<Map.Entry<String, Long>> entries;
        private long weight;

        Entries(Map<String, Long> entries) {
            this.entries = entries.entrySet().iterator();
        }

        @Override
        public BytesRef next() {
            if (!entries.hasNext()) {
                return null;
            }
            Map.Entry<String, Long> entry = entries.next();
            weight = entry.getValue();
            return new BytesRef(entry.getKey());
        }

        @Override
        public long weight() {
            return weight;
        }

        @Override
        public BytesRef payload() {
            return null;
        }

        @Override
        public boolean hasPayloads() {
            return false;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}

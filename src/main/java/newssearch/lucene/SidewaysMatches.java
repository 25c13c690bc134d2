package newssearch.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Every match of a query, one bit set per segment, split by facet filters the way drill-sideways counts them: the
 * hits pass every filter; a near miss of a filter fails that filter alone, and is counted, with the hits, for that
 * filter's own dimension (its values as if it were not set). A match that fails two filters counts nowhere.
 *
 * <p>The matches are collected without scores, in one pass over the query; the best hits are a search of their
 * own, which can skip what cannot make the page.
 */
final class SidewaysMatches {

    private final FixedBitSet[] hits;
    private final FixedBitSet[][] nearMisses;
    private long hitCount;
    private final long[] nearMissCounts;

    private SidewaysMatches(List<LeafReaderContext> leaves, int filters) {
        this.hits = bitSets(leaves);
        this.nearMisses = new FixedBitSet[filters][];
        for (int i = 0; i < filters; i++) {
            nearMisses[i] = bitSets(leaves);
        }
        this.nearMissCounts = new long[filters];
    }

    private static FixedBitSet[] bitSets(List<LeafReaderContext> leaves) {
        FixedBitSet[] sets = new FixedBitSet[leaves.size()];
        for (LeafReaderContext leaf : leaves) {
            sets[leaf.ord] = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
        }
        return sets;
    }

    /** The matches of {@code query}, split by {@code filters} (each a filter on one dimension). */
    static SidewaysMatches collect(IndexSearcher searcher, Query query, List<Query> filters) throws IOException {
        SidewaysMatches matches = new SidewaysMatches(searcher.getIndexReader().leaves(), filters.size());
        Weight[] weights = new Weight[filters.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = searcher.createWeight(searcher.rewrite(filters.get(i)), ScoreMode.COMPLETE_NO_SCORES, 1f);
        }
        searcher.search(query, new CollectorManager<Collector, Void>() {
            @Override
            public Collector newCollector() {
                return matches.new Collector(weights);
            }

            @Override
            public Void reduce(Collection<Collector> collectors) {
                for (Collector collector : collectors) {
                    matches.hitCount += collector.hitCount;
                    for (int i = 0; i < weights.length; i++) {
                        matches.nearMissCounts[i] += collector.nearMissCounts[i];
                    }
                }
                return null;
            }
        });
        return matches;
    }

    /** The hits (matches that pass every filter), by segment ({@code LeafReaderContext.ord}). */
    FixedBitSet[] hits() {
        return hits;
    }

    long hitCount() {
        return hitCount;
    }

    /** The matches that fail filter {@code filter} alone, by segment. */
    FixedBitSet[] nearMisses(int filter) {
        return nearMisses[filter];
    }

    long nearMissCount(int filter) {
        return nearMissCounts[filter];
    }

    /** Collects one slice of segments: segments are never shared between slices, nor are their bit sets. */
    private final class Collector extends SimpleCollector {
        private final Weight[] weights;
        private final Filter[] filters;
        private final FixedBitSet[] leafNearMisses;
        private final long[] nearMissCounts;
        private FixedBitSet leafHits;
        private long hitCount;

        Collector(Weight[] weights) {
            this.weights = weights;
            this.filters = new Filter[weights.length];
            this.leafNearMisses = new FixedBitSet[weights.length];
            this.nearMissCounts = new long[weights.length];
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            leafHits = hits[context.ord];
            for (int i = 0; i < weights.length; i++) {
                filters[i] = Filter.of(weights[i].scorer(context));
                leafNearMisses[i] = nearMisses[i][context.ord];
            }
        }

        @Override
        public void setScorer(Scorable scorer) {
        }

        @Override
        public void collect(int doc) throws IOException {
            int failed = -1;
            for (int i = 0; i < filters.length; i++) {
                if (!filters[i].matches(doc)) {
                    if (failed >= 0) {
                        return;
                    }
                    failed = i;
                }
            }
            if (failed < 0) {
                leafHits.set(doc);
                hitCount++;
            } else {
                leafNearMisses[failed].set(doc);
                nearMissCounts[failed]++;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** One filter in one segment, asked about documents in increasing order. */
    private record Filter(DocIdSetIterator approximation, TwoPhaseIterator twoPhase) {

        static Filter of(Scorer scorer) {
            if (scorer == null) {
                return new Filter(DocIdSetIterator.empty(), null);
            }
            TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
            return twoPhase == null
                    ? new Filter(scorer.iterator(), null)
                    : new Filter(twoPhase.approximation(), twoPhase);
        }

        boolean matches(int doc) throws IOException {
            int at = approximation.docID();
            if (at < doc) {
                at = approximation.advance(doc);
            }
            return at == doc && (twoPhase == null || twoPhase.matches());
        }
    }
}

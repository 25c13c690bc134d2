package newssearch.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import newssearch.index.NewsSchema;
import newssearch.search.FacetCount;
import newssearch.search.PersonFacet;
import newssearch.search.SearchRequest;

/**
 * One search with its facet counts, in two passes over the query: one collects every match without scores, split
 * by the filters as drill-sideways counts them (each filtered dimension counted as if its own filter were not set,
 * {@link SidewaysMatches}); the other finds the best hits alone, so Lucene may skip what cannot make the page
 * instead of scoring every match. The counts come from the reader's counts over every document of the kind
 * searched ({@link KindFacets}): for all of them as they are, for most of them as all less the rest.
 */
final class FacetedSearch {

    /** The hits and the counts of the dimensions asked for, each cut at the request's limit for it. */
    record Result(TopDocs top, Map<String, List<FacetCount>> facets) {
    }

    private FacetedSearch() {
    }

    /**
     * @param searcher  the reader's searcher, which keeps the counts over every document of a kind
     * @param timed     a searcher over the same reader that stops collecting at the search's time limit
     * @param query     what to search, which matches documents of one kind only
     * @param all       the query for every document of that kind
     * @param dims      the dimensions to count, in the order the answer lists them
     * @param collector the best hits; its count of hits may stop at the page, the result's is exact
     */
    static Result search(FacetedIndexSearcher searcher, IndexSearcher timed, Query query, Query all,
            SearchRequest request, List<String> dims, CollectorManager<?, ? extends TopDocs> collector)
            throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        Optional<SortedSetDocValuesReaderState> state = searcher.facetState();
        Map<String, List<String>> filters = request.filters();
        if (state.isEmpty()) {
            // No document has any facet value, so none can match a facet filter.
            dims.forEach(dim -> counts.put(dim, List.of()));
            Query matched = filters.isEmpty() ? query : new MatchNoDocsQuery();
            return new Result(exact(timed.search(matched, collector), timed.count(matched)), counts);
        }
        KindFacets kind = searcher.kindFacets(all, List.of());
        if (filters.isEmpty() && query.equals(kind.all())) {
            for (String dim : dims) {
                counts.put(dim, values(kind, kind.counts(), dim, request.facetLimit(dim)));
            }
            return new Result(exact(timed.search(query, collector), kind.size()), counts);
        }
        // A filtered search runs to its end, on the shared searcher, as it did when DrillSideways counted it.
        IndexSearcher searching = filters.isEmpty() ? timed : searcher;
        List<String> filtered = filters.keySet().stream().sorted().toList();
        List<Query> filterQueries = filtered.stream().map(dim -> filter(dim, filters.get(dim))).toList();
        TopDocs top;
        SidewaysMatches matches;
        if (filters.isEmpty()) {
            // The best hits first: a search cut at its time limit then still answers with the hits found by then.
            top = searching.search(query, collector);
            matches = SidewaysMatches.collect(searching, query, filterQueries);
        } else {
            // The best hits among the hits collected: the query scored alone may skip what cannot make the page,
            // which a conjunction with the filters' terms would score in full.
            matches = SidewaysMatches.collect(searching, query, filterQueries);
            top = searchAmong(searching, query, collector, matches.hits());
        }
        // The hits are counted within the documents that pass every filter, a dimension's near misses with them
        // within those that pass the other filters: the sets a search without words finds, which the reader keeps.
        int[] hitCounts = searcher.kindFacets(all, filterQueries).counts(matches.hits(), matches.hitCount());
        for (String dim : dims) {
            int i = filtered.indexOf(dim);
            int[] dimCounts = i < 0 ? hitCounts : searcher.kindFacets(all, without(filterQueries, i)).counts(
                    matches.hits(), matches.hitCount(), hitCounts, matches.nearMisses(i), matches.nearMissCount(i));
            counts.put(dim, values(kind, dimCounts, dim, request.facetLimit(dim)));
        }
        // Past the time limit the count is a lower bound, as are the hits found.
        return new Result(exact(top, Math.max(matches.hitCount(), top.totalHits.value())), counts);
    }

    /** A dimension's top values; the person facet's writings of one person folded into one value. */
    private static List<FacetCount> values(KindFacets kind, int[] counts, String dim, int limit) throws IOException {
        return dim.equals(NewsSchema.DIM_PERSON)
                ? PersonFacet.fold(kind.values(counts, dim, PersonFacet.widened(limit)), limit, kind::personKey)
                : kind.values(counts, dim, limit);
    }

    private static List<Query> without(List<Query> filters, int i) {
        List<Query> others = new ArrayList<>(filters);
        others.remove(i);
        return others;
    }

    /**
     * Items with any of {@code values} in {@code dim}, as a drill-down query finds them; a person by their key,
     * however each item writes the name.
     */
    static Query filter(String dim, List<String> values) {
        if (dim.equals(NewsSchema.DIM_PERSON)) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            PersonFacet.keys(values).forEach(key -> any.add(new TermQuery(new Term(NewsSchema.PERSON_KEY, key)),
                    BooleanClause.Occur.SHOULD));
            return any.build();
        }
        String field = LuceneSchema.facetsConfig().getDimConfig(dim).indexFieldName;
        if (values.size() == 1) {
            return new TermQuery(DrillDownQuery.term(field, dim, values.get(0)));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(value -> any.add(new TermQuery(DrillDownQuery.term(field, dim, value)),
                BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** The best hits of {@code query} by {@code manager}, of those in {@code among} (by segment) only. */
    private static <C extends Collector, T extends TopDocs> T searchAmong(IndexSearcher searcher, Query query,
            CollectorManager<C, T> manager, FixedBitSet[] among) throws IOException {
        return searcher.search(query, new CollectorManager<Among<C>, T>() {
            @Override
            public Among<C> newCollector() throws IOException {
                return new Among<>(manager.newCollector(), among);
            }

            @Override
            public T reduce(Collection<Among<C>> collectors) throws IOException {
                return manager.reduce(collectors.stream().map(Among::inner).toList());
            }
        });
    }

    /** A collector that sees only the documents of a set, and tells the scorer to skip the others. */
    private static final class Among<C extends Collector> extends FilterCollector {
        private final C inner;
        private final FixedBitSet[] docs;

        Among(C inner, FixedBitSet[] docs) {
            super(inner);
            this.inner = inner;
            this.docs = docs;
        }

        C inner() {
            return inner;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FixedBitSet leafDocs = docs[context.ord];
            return new FilterLeafCollector(super.getLeafCollector(context)) {
                @Override
                public void collect(int doc) throws IOException {
                    if (leafDocs.get(doc)) {
                        in.collect(doc);
                    }
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    DocIdSetIterator own = in.competitiveIterator();
                    return own != null ? own : new BitSetIterator(leafDocs, leafDocs.approximateCardinality());
                }
            };
        }
    }

    /** {@code top} with the number of hits counted apart. */
    private static TopDocs exact(TopDocs top, long hits) {
        TotalHits total = new TotalHits(hits, TotalHits.Relation.EQUAL_TO);
        return top instanceof TopFieldDocs sorted
                ? new TopFieldDocs(total, sorted.scoreDocs, sorted.fields)
                : new TopDocs(total, top.scoreDocs);
    }
}

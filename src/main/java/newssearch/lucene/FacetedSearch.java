package newssearch.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

import newssearch.search.FacetCount;
import newssearch.search.SearchRequest;

/**
 * One search with its facet counts, done the cheapest way that gives the same answer: with a filter, Lucene's
 * DrillSideways (each filtered dimension counted as if its own filter were not set); without one, a plain count
 * of the matches, collected in the same pass as the hits; for every item (no words, no filter), the counts this
 * reader keeps, made once.
 */
final class FacetedSearch {

    /** The hits and the counts of the dimensions asked for, each cut at the request's limit for it. */
    record Result(TopDocs top, Map<String, List<FacetCount>> facets) {
    }

    private FacetedSearch() {
    }

    /**
     * @param searcher the reader's searcher, which keeps the counts over every item
     * @param timed    a searcher over the same reader that stops collecting at the search's time limit
     * @param dims     the dimensions to count, in the order the answer lists them
     */
    static Result search(FacetedIndexSearcher searcher, IndexSearcher timed, Query query, SearchRequest request,
            List<String> dims, CollectorManager<?, ? extends TopDocs> collector) throws IOException {
        Map<String, List<FacetCount>> counts = new LinkedHashMap<>();
        Optional<SortedSetDocValuesReaderState> state = searcher.facetState();
        if (state.isEmpty()) {
            // No document has any facet value, so none can match a facet filter.
            dims.forEach(dim -> counts.put(dim, List.of()));
            return new Result(timed.search(request.filters().isEmpty() ? query : new MatchNoDocsQuery(), collector),
                    counts);
        }
        Counted counted = count(searcher, timed, state.get(), query, request.filters(), collector);
        for (String dim : dims) {
            counts.put(dim, state.get().getOrdRange(dim) == null
                    ? List.of()
                    : facetCounts(counted.facets(), dim, request.facetLimit(dim)));
        }
        return new Result(counted.top(), counts);
    }

    private record Counted(TopDocs top, Facets facets) {
    }

    private static Counted count(FacetedIndexSearcher searcher, IndexSearcher timed,
            SortedSetDocValuesReaderState state, Query query, Map<String, List<String>> filters,
            CollectorManager<?, ? extends TopDocs> collector) throws IOException {
        if (!filters.isEmpty()) {
            DrillDownQuery drillDown = new DrillDownQuery(LuceneSchema.facetsConfig(), query);
            filters.forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));
            DrillSideways sideways = new DrillSideways(searcher, LuceneSchema.facetsConfig(), state);
            DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> result = sideways.search(drillDown, collector);
            return new Counted(result.collectorResult, result.facets);
        }
        if (query.equals(LuceneSearch.ALL_ITEMS)) {
            return new Counted(timed.search(query, collector), searcher.allItemsFacets());
        }
        Object[] results = timed.search(query, new MultiCollectorManager(new FacetsCollectorManager(), collector));
        FacetsCollector matches = (FacetsCollector) results[0];
        return new Counted((TopDocs) results[1], new SortedSetDocValuesFacetCounts(state, matches));
    }

    /** The values of an indexed dimension with their counts, by count then value. */
    private static List<FacetCount> facetCounts(Facets facets, String dim, int limit) throws IOException {
        // Top-N keeps a small queue instead of building every value of a large dimension (people); its ties
        // fall in ordinal order, which for sorted-set facets is the values' own order.
        FacetResult result = limit == 0 ? facets.getAllChildren(dim) : facets.getTopChildren(limit, dim);
        if (result == null) {
            return List.of();
        }
        List<FacetCount> counts = new ArrayList<>();
        for (LabelAndValue lv : result.labelValues) {
            counts.add(new FacetCount(lv.label, lv.value.longValue()));
        }
        counts.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return limit == 0 || counts.size() <= limit ? counts : counts.subList(0, limit);
    }
}

package newssearch.lucene;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * One search with its facet counts, done the cheapest way that gives the same answer: with a filter, Lucene's
 * DrillSideways (each filtered dimension counted as if its own filter were not set); without one, a plain count
 * of the matches, collected in the same pass as the hits; for every item (no words, no filter), the counts this
 * reader keeps, made once.
 */
final class FacetedSearch {

    /** The hits and the counts of every dimension. */
    record Result(TopDocs top, Facets facets) {
    }

    private FacetedSearch() {
    }

    /**
     * @param searcher the reader's searcher, which keeps the counts over every item
     * @param timed    a searcher over the same reader that stops collecting at the search's time limit
     */
    static Result search(FacetedIndexSearcher searcher, IndexSearcher timed, SortedSetDocValuesReaderState state,
            Query query, Map<String, List<String>> filters, CollectorManager<?, ? extends TopDocs> collector)
            throws IOException {
        if (!filters.isEmpty()) {
            DrillDownQuery drillDown = new DrillDownQuery(LuceneSchema.facetsConfig(), query);
            filters.forEach((dim, values) -> values.forEach(value -> drillDown.add(dim, value)));
            DrillSideways sideways = new DrillSideways(searcher, LuceneSchema.facetsConfig(), state);
            DrillSideways.ConcurrentDrillSidewaysResult<? extends TopDocs> result = sideways.search(drillDown, collector);
            return new Result(result.collectorResult, result.facets);
        }
        if (query.equals(LuceneSearch.ALL_ITEMS)) {
            return new Result(timed.search(query, collector), searcher.allItemsFacets());
        }
        Object[] results = timed.search(query, new MultiCollectorManager(new FacetsCollectorManager(), collector));
        FacetsCollector matches = (FacetsCollector) results[0];
        return new Result((TopDocs) results[1], new SortedSetDocValuesFacetCounts(state, matches));
    }
}

package newssearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total      exact number of matching items
 * @param facets     dimension -> values with counts, by count then name; a selected dimension's counts are
 *                   those its other values would have (drill-sideways)
 * @param didYouMean a corrected query when this one found nothing and a likelier spelling exists
 * @param partial    the search was cut at its time limit: the hits, total and counts are from the part of the
 *                   index searched by then (as Solr's {@code partialResults} and Elasticsearch's
 *                   {@code timed_out})
 */
public record SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets,
        Optional<String> didYouMean, boolean partial) {

    public SearchResult {
        Objects.requireNonNull(didYouMean, "didYouMean");
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /** A complete answer, searched to the end. */
    public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets,
            Optional<String> didYouMean) {
        this(total, tookMs, hits, facets, didYouMean, false);
    }

    /** The same answer, given in {@code tookMs} (a kept answer given again). */
    public SearchResult took(long tookMs) {
        return new SearchResult(total, tookMs, hits, facets, didYouMean, partial);
    }
}

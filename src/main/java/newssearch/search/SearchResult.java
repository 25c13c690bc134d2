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
 * @param mode       how the items were found: the mode asked for, or keyword when the semantic part could not
 *                   take part (the model still loading, an index without vectors)
 * @param notices    what the person should know of how the query was read (a query cut to the model's window,
 *                   a mode that could not be used), in words
 * @param interpretedAs the time and place words read as filters, if any
 */
public record SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets,
        Optional<String> didYouMean, boolean partial, SearchMode mode, List<String> notices,
        Optional<Interpretation> interpretedAs) {

    public SearchResult {
        Objects.requireNonNull(didYouMean, "didYouMean");
        Objects.requireNonNull(mode, "mode");
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
        notices = List.copyOf(notices);
        Objects.requireNonNull(interpretedAs, "interpretedAs");
    }

    /** An answer found in {@code mode}, with nothing read as a filter. */
    public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets,
            Optional<String> didYouMean, boolean partial, SearchMode mode, List<String> notices) {
        this(total, tookMs, hits, facets, didYouMean, partial, mode, notices, Optional.empty());
    }

    /** An answer found by the query's words. */
    public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets,
            Optional<String> didYouMean, boolean partial) {
        this(total, tookMs, hits, facets, didYouMean, partial, SearchMode.KEYWORD, List.of());
    }

    /** A complete answer found by the query's words, searched to the end. */
    public SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets,
            Optional<String> didYouMean) {
        this(total, tookMs, hits, facets, didYouMean, false);
    }

    /** The same answer, given in {@code tookMs} (a kept answer given again). */
    public SearchResult took(long tookMs) {
        return new SearchResult(total, tookMs, hits, facets, didYouMean, partial, mode, notices, interpretedAs);
    }

    /** The same answer with these notices. */
    public SearchResult withNotices(List<String> others) {
        return new SearchResult(total, tookMs, hits, facets, didYouMean, partial, mode, others, interpretedAs);
    }

    /** The same answer, its query read as {@code reading}. */
    public SearchResult readAs(Interpretation reading) {
        return new SearchResult(total, tookMs, hits, facets, didYouMean, partial, mode, notices,
                Optional.of(reading));
    }
}

package newssearch.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import newssearch.index.NewsSchema;
import newssearch.item.gazetteer.IssuerNames;

/**
 * A search as the user asked it.
 *
 * @param query      the text of the search box; blank lists every item
 * @param filters    facet dimension -> selected values; values of one dimension are ORed, dimensions ANDed
 * @param from       earliest date, inclusive
 * @param to         latest date, inclusive
 * @param page       1-based page number
 * @param size       hits per page, 1 to {@link #MAX_SIZE}
 * @param facetLimit values per facet dimension; 0 means all
 * @param facetLimits a limit for some dimensions that overrides {@code facetLimit} ("year" -> 0)
 * @param mode       how the query finds items: by words, by meaning, or both
 * @param interpret  whether words that state a time or a place ("since 2018", "in Central Asia") are read as
 *                   filters ({@link QueryInterpreter}); false searches the query as typed
 */
public record SearchRequest(
        String query, Map<String, List<String>> filters, Optional<LocalDate> from, Optional<LocalDate> to,
        SortOrder sort, int page, int size, int facetLimit, Map<String, Integer> facetLimits, SearchMode mode,
        boolean interpret) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 10;
    public static final int DEFAULT_FACET_LIMIT = 10;
    /** A number of facet values beyond which a client should ask for all (0). */
    public static final int MAX_FACET_LIMIT = 1000;
    public static final int MAX_QUERY_LENGTH = 1000;
    /** Deep paging costs memory for every page before it; nobody reads past this many hits. */
    public static final int MAX_WINDOW = 10_000;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(mode, "mode");
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException("q", "q is " + query.length() + " characters long; the limit is "
                    + MAX_QUERY_LENGTH);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size", "size must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        if (page < 1) {
            throw new InvalidRequestException("page", "page must be 1 or more, got " + page);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new InvalidRequestException("page", "page " + page + " of size " + size + " is past the first "
                    + MAX_WINDOW + " hits: narrow the search instead");
        }
        checkFacetLimit("facetLimit", facetLimit);
        facetLimits.forEach((dim, limit) -> {
            if (!NewsSchema.DIMENSIONS.contains(dim)) {
                throw new InvalidRequestException("facetLimit." + dim, "unknown facet " + dim + "; facets are "
                        + NewsSchema.DIMENSIONS);
            }
            checkFacetLimit("facetLimit." + dim, limit);
        });
        facetLimits = Map.copyOf(facetLimits);
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidRequestException("from", "from (" + from.get() + ") is after to (" + to.get() + ")");
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        filters.forEach((dim, values) -> {
            if (!NewsSchema.DIMENSIONS.contains(dim)) {
                throw new InvalidRequestException(dim, "unknown filter " + dim + "; filters are "
                        + NewsSchema.DIMENSIONS);
            }
            List<String> nonBlank = values.stream().filter(v -> !v.isBlank()).map(String::strip).toList();
            if (dim.equals(NewsSchema.DIM_ISSUER)) {
                // The index counts a body by its one name; a filter by another of its names means the same body.
                nonBlank = IssuerNames.canonical(nonBlank);
            }
            if (!nonBlank.isEmpty()) {
                copy.put(dim, nonBlank);
            }
        });
        filters = Map.copyOf(copy);
    }

    private static void checkFacetLimit(String parameter, int limit) {
        if (limit < 0 || limit > MAX_FACET_LIMIT) {
            throw new InvalidRequestException(parameter, parameter + " must be between 1 and " + MAX_FACET_LIMIT
                    + ", or all (0), got " + limit);
        }
    }

    /** A request whose time and place words are read as filters. */
    public SearchRequest(String query, Map<String, List<String>> filters, Optional<LocalDate> from,
                         Optional<LocalDate> to, SortOrder sort, int page, int size, int facetLimit,
                         Map<String, Integer> facetLimits, SearchMode mode) {
        this(query, filters, from, to, sort, page, size, facetLimit, facetLimits, mode, true);
    }

    /** A request in the default mode. */
    public SearchRequest(String query, Map<String, List<String>> filters, Optional<LocalDate> from,
                         Optional<LocalDate> to, SortOrder sort, int page, int size, int facetLimit,
                         Map<String, Integer> facetLimits) {
        this(query, filters, from, to, sort, page, size, facetLimit, facetLimits, SearchMode.DEFAULT);
    }

    /** A request in the default mode with one facet limit for every dimension. */
    public SearchRequest(String query, Map<String, List<String>> filters, Optional<LocalDate> from,
                         Optional<LocalDate> to, SortOrder sort, int page, int size, int facetLimit) {
        this(query, filters, from, to, sort, page, size, facetLimit, Map.of());
    }

    /** The query's first page, with default size and facet limit; a blank query lists every item, newest first. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), Optional.empty(), Optional.empty(), SortOrder.RELEVANCE, 1,
                DEFAULT_SIZE, DEFAULT_FACET_LIMIT);
    }

    /** How many values of {@code dimension} to return; 0 means all. */
    public int facetLimit(String dimension) {
        return facetLimits.getOrDefault(dimension, facetLimit);
    }

    public SearchRequest withFilter(String dimension, String... values) {
        Map<String, List<String>> more = new LinkedHashMap<>(filters);
        more.put(dimension, List.of(values));
        return new SearchRequest(query, more, from, to, sort, page, size, facetLimit, facetLimits, mode, interpret);
    }

    public SearchRequest withMode(SearchMode other) {
        return new SearchRequest(query, filters, from, to, sort, page, size, facetLimit, facetLimits, other,
                interpret);
    }

    /** The same request with its words searched as typed, not read as filters. */
    public SearchRequest asTyped() {
        return new SearchRequest(query, filters, from, to, sort, page, size, facetLimit, facetLimits, mode, false);
    }

    /** The request as an interpretation reads it: its words, and its filters where the request set none. */
    public SearchRequest interpreted(Interpretation reading) {
        Map<String, List<String>> more = new LinkedHashMap<>(filters);
        if (!reading.countries().isEmpty() && !filters.containsKey(NewsSchema.DIM_COUNTRY)) {
            more.put(NewsSchema.DIM_COUNTRY, reading.countries());
        }
        boolean dated = from.isPresent() || to.isPresent();
        return new SearchRequest(reading.query(), more, dated ? from : reading.from(), dated ? to : reading.to(), sort,
                page, size, facetLimit, facetLimits, mode, false);
    }

    public boolean hasQuery() {
        return !query.isBlank();
    }
}

package newssearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quotations that answer a {@link SearchRequest}: the exact total, the requested page and the speaker and
 * year facets (drill-sideways, as for items).
 */
public record QuoteResult(long total, long tookMs, List<QuoteHit> quotes, Map<String, List<FacetCount>> facets) {

    public QuoteResult {
        quotes = List.copyOf(quotes);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }
}

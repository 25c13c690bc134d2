package newssearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the index holds and when it was last rebuilt.
 *
 * @param facetValues   dimension -> number of distinct values
 * @param lastReindex   when the last reindex committed (ISO instant), if known
 * @param reindexReport that reindex's summary line, if known
 * @param sizeBytes     the index's size on disk
 */
public record IndexStats(
        int documents, Map<String, Integer> facetValues, Optional<String> lastReindex,
        Optional<String> reindexReport, long sizeBytes) {

    public IndexStats {
        facetValues = Collections.unmodifiableMap(new LinkedHashMap<>(facetValues));
    }
}

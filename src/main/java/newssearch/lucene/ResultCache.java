package newssearch.lucene;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;

/**
 * The latest answers of one reader, as Solr's queryResultCache keeps them per searcher: a search page asks the
 * same searches again (the next page and back, a filter set and cleared, a link followed), and an answer with
 * its facet counts and highlights costs milliseconds to make where a look-up costs microseconds. The cache
 * belongs to the reader, so a reindex that opens a new reader starts a new, empty one: no answer outlives the
 * index it came from. The least recently asked answer makes room for a new one.
 */
final class ResultCache {

    /** What a search page's answer costs in heap, a few kilobytes each, kept well inside the server's heap. */
    static final int DEFAULT_ENTRIES = 256;

    private final int capacity;
    private final Map<SearchRequest, SearchResult> answers;

    ResultCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a result cache holds 0 or more answers, got " + capacity);
        }
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchRequest, SearchResult> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    synchronized Optional<SearchResult> get(SearchRequest request) {
        return Optional.ofNullable(answers.get(request));
    }

    /** Keeps a complete answer; one cut at the time limit is not kept, so that asking again may complete it. */
    synchronized void put(SearchRequest request, SearchResult result) {
        if (capacity > 0 && !result.partial()) {
            answers.put(request, result);
        }
    }
}

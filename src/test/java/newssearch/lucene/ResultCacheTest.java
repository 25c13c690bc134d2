package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;

class ResultCacheTest {

    private static SearchResult answer(long total, boolean partial) {
        return new SearchResult(total, 1, List.of(), Map.of(), Optional.empty(), partial);
    }

    @Test
    void theLeastRecentlyAskedAnswerMakesRoom() {
        ResultCache cache = new ResultCache(2);
        cache.put(SearchRequest.of("a"), answer(1, false));
        cache.put(SearchRequest.of("b"), answer(2, false));
        cache.get(SearchRequest.of("a"));
        cache.put(SearchRequest.of("c"), answer(3, false));

        assertEquals(1, cache.get(SearchRequest.of("a")).orElseThrow().total());
        assertTrue(cache.get(SearchRequest.of("b")).isEmpty(), "b was asked least recently");
        assertEquals(3, cache.get(SearchRequest.of("c")).orElseThrow().total());
    }

    @Test
    void requestsThatDifferInAnyPartAreDifferentAnswers() {
        ResultCache cache = new ResultCache(8);
        cache.put(SearchRequest.of("vote"), answer(5, false));

        assertTrue(cache.get(SearchRequest.of("vote").withFilter("country", "Georgia")).isEmpty());
        assertTrue(cache.get(SearchRequest.of("votes")).isEmpty());
        assertEquals(5, cache.get(SearchRequest.of("vote")).orElseThrow().total());
    }

    @Test
    void anAnswerCutAtTheTimeLimitIsNotKept() {
        ResultCache cache = new ResultCache(8);
        cache.put(SearchRequest.of("slow"), answer(7, true));

        assertTrue(cache.get(SearchRequest.of("slow")).isEmpty());
    }

    @Test
    void noneAreKeptWithoutRoom() {
        ResultCache cache = new ResultCache(0);
        cache.put(SearchRequest.of("a"), answer(1, false));

        assertTrue(cache.get(SearchRequest.of("a")).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new ResultCache(-1));
    }

    @Test
    void aReindexIsSeenAtOnceAlthoughTheAnswerWasKept() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(LuceneSchema.indexAnalyzer());
        IndexWriter writer = new IndexWriter(directory, config);
        writer.addDocument(NewsDocuments.toDocument(TestItems.item("one").title("Election observers").build(), "h1"));
        writer.commit();
        // The searcher closes the directory: the writer, closed first, is declared last.
        try (LuceneSearch searcher = LuceneSearch.open(directory, "memory"); writer) {
            SearchResult first = searcher.search(SearchRequest.of("observers"));
            assertEquals(1, first.total());
            assertEquals(first.hits(), searcher.search(SearchRequest.of("observers")).hits(),
                    "asked again, the same answer");

            writer.addDocument(NewsDocuments.toDocument(TestItems.item("two").title("Observers deployed").build(), "h2"));
            writer.commit();
            searcher.refresh();

            SearchResult after = searcher.search(SearchRequest.of("observers"));
            assertEquals(2, after.total(), "the new reader answers, not the kept answer of the old one");
            assertFalse(after.partial());
        }
    }
}

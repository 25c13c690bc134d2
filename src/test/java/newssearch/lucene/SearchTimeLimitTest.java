package newssearch.lucene;

import static newssearch.lucene.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import newssearch.index.NewsSchema;
import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;
import newssearch.search.SortOrder;

/** A search that runs past its time limit is cut and answered with what it found, flagged partial. */
class SearchTimeLimitTest {

    private static final int ITEMS = 300;

    @Test
    void aSearchPastItsTimeLimitIsAnsweredPartial() throws IOException {
        try (LuceneSearch cut = searcher(Duration.ZERO)) {
            SearchResult result = cut.search(SearchRequest.of("border"));
            assertTrue(result.partial());
            assertTrue(result.total() < ITEMS, "a search cut before it collected cannot have counted them all: "
                    + result.total());
        }
    }

    @Test
    void aFilteredSearchIsAnsweredWhole() throws IOException {
        // DrillSideways cannot score a filtered search in the slices a time limit needs: it runs to the end.
        SearchRequest filtered = new SearchRequest("border", Map.of(NewsSchema.DIM_COUNTRY, List.of("Moldova")),
                Optional.empty(), Optional.empty(), SortOrder.DATE, 1, 10, SearchRequest.DEFAULT_FACET_LIMIT);
        try (LuceneSearch cut = searcher(Duration.ZERO)) {
            SearchResult result = cut.search(filtered);
            assertFalse(result.partial());
            assertEquals(ITEMS, result.total());
        }
    }

    @Test
    void aSearchWithinItsTimeLimitIsWhole() throws IOException {
        try (LuceneSearch whole = searcher(LuceneSearch.SEARCH_TIME_LIMIT)) {
            SearchResult result = whole.search(SearchRequest.of("border"));
            assertFalse(result.partial());
            assertEquals(ITEMS, result.total());
        }
    }

    private static LuceneSearch searcher(Duration timeLimit) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer()))) {
            for (int i = 0; i < ITEMS; i++) {
                writer.addDocument(NewsDocuments.toDocument(item("border-" + i).title("Border guards trained " + i)
                        .lead("Border officials completed a course.").date("2023-05-10").countries("Moldova")
                        .build(), "hash-" + i));
            }
        }
        return LuceneSearch.open(directory, "memory", timeLimit);
    }
}

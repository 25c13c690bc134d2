package newssearch.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.lucene.LuceneBackend;
import newssearch.search.NewsSearch;
import newssearch.search.SearchMode;

/**
 * The development collection in {@code relevance/dev/} holds its floor: the default mode's nDCG@10 over its 64
 * judged queries stays above what the matching reached when it was chosen, less a margin, and no query finds
 * nothing. A floor, never an exact score: a change that ranks better passes, one that ranks worse fails.
 */
class DevCollectionTest {

    private static final Path COLLECTION = Path.of("relevance", "dev");
    private static final double NDCG_FLOOR = 0.80;

    @TempDir
    static Path index;

    private static List<Topic> topics;
    private static Qrels qrels;

    @BeforeAll
    static void indexThePages() throws IOException {
        LuceneBackend.index(COLLECTION.resolve("pages"), index, false);
        topics = Topic.read(COLLECTION.resolve("topics.tsv"));
        qrels = Qrels.read(COLLECTION.resolve("qrels.txt"));
    }

    @Test
    void everyTopicIsJudgedAndOfAKnownKind() {
        assertTrue(topics.size() >= 60, topics.size() + " topics");
        for (Topic topic : topics) {
            assertTrue(qrels.relevantCount(topic.id()) > 0, topic.id() + " has no relevant page");
            assertTrue(List.of("keyword", "natural", "entity", "filtered").contains(topic.kind()), topic.kind());
        }
    }

    @Test
    void theDefaultModeHoldsItsFloorAndAlwaysFindsSomething() throws IOException {
        RelevanceReport report;
        try (NewsSearch searcher = LuceneBackend.open(index)) {
            report = new RelevanceReport(TopicRun.search(searcher, topics, SearchMode.DEFAULT), topics, qrels);
        }
        assertTrue(report.mean(RelevanceReport.ALL).ndcg10() >= NDCG_FLOOR, report.summaryLine());
        assertEquals(0, report.noHit(RelevanceReport.ALL), report.summaryLine());
    }
}

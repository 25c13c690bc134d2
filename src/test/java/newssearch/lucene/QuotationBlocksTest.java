package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.Quote;
import newssearch.search.BackendUnavailableException;
import newssearch.search.QuoteHit;
import newssearch.search.QuoteResult;
import newssearch.search.SearchRequest;

/**
 * A quotation's document stores nothing: its words, speaker and item come from where it stands before its item.
 * Over an index of many segments, with items deleted and replaced (their quotations with them) and segments merged,
 * every quotation still reads as the one its item holds.
 */
class QuotationBlocksTest {

    private static final long SEED = 20261205L;
    private static final String[] SPEAKERS = {"Anna Berg", "Jon Kask", "Lea Moreau"};

    private static Map<String, NewsItem> live;
    private static LuceneSearch search;

    @BeforeAll
    static void index() throws IOException {
        Random random = new Random(SEED);
        Directory directory = new ByteBuffersDirectory();
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(3);
        IndexWriterConfig config = new IndexWriterConfig(LuceneSchema.indexAnalyzer()).setMergePolicy(merges)
                .setMaxBufferedDocs(10);
        live = new LinkedHashMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < 150; i++) {
                NewsItem item = randomItem(random, "i" + i, 0);
                writer.addDocuments(NewsDocuments.toDocuments(item, "hash"));
                live.put(item.id(), item);
                if (i % 10 == 9) {
                    TestItems.deleteOneReplaceAnother(writer, live, random, id -> randomItem(random, id, 1));
                    writer.commit();
                }
            }
            writer.forceMerge(3);
        }
        search = LuceneSearch.open(directory, "memory");
    }

    @AfterAll
    static void close() throws IOException {
        search.close();
    }

    /**
     * Item {@code id}, version {@code version}: up to three quotations, each with a word of its own, most of them
     * words of the body, some running over two paragraphs (which the body holds with a line break, not a space).
     */
    private static NewsItem randomItem(Random random, String id, int version) {
        List<String> body = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int count = random.nextInt(4);
        for (int q = 0; q < count; q++) {
            String own = "w" + id + "v" + version + "q" + q;
            String speaker = random.nextInt(4) == 0 ? null : SPEAKERS[random.nextInt(SPEAKERS.length)];
            if (random.nextInt(3) == 0) {
                body.add("The mission said: " + own + " begins here");
                body.add("and ends there, it said.");
                quotes.add(Quote.of(own + " begins here and ends there", speaker));
            } else {
                body.add("Observers noted that " + own + " was " + (q == 0 ? "first" : "later") + ", they said.");
                quotes.add(Quote.of(own + " was " + (q == 0 ? "first" : "later"), speaker));
            }
        }
        List<Person> people = List.of(Person.of(SPEAKERS[0], "Head of Mission"), Person.of(SPEAKERS[1], null));
        ItemDate date = random.nextBoolean()
                ? ItemDate.of(LocalDate.of(2020 + random.nextInt(5), 1 + random.nextInt(12), 1), DateSource.METADATA)
                : ItemDate.none();
        return new NewsItem(id, id + ".txt", Optional.of("News Item"), "Title of " + id, "Lead of " + id, body, date,
                List.of(), List.of(), people, List.of(), List.of(), quotes);
    }

    @Test
    void everyQuotationReadsAsItsItemHoldsIt() throws IOException {
        int checked = 0;
        for (NewsItem item : live.values()) {
            for (int q = 0; q < item.quotes().size(); q++) {
                Quote quote = item.quotes().get(q);
                String own = quote.text().split(" ")[0];
                QuoteResult result = search.quotes(SearchRequest.of(own));
                assertEquals(1, result.total(), own);
                QuoteHit hit = result.quotes().get(0);
                assertEquals(quote.text(), hit.text());
                assertEquals(quote.speaker(), hit.speaker(), own);
                assertEquals(quote.speaker().flatMap(item::roleOf), hit.role(), own);
                assertEquals(item.id(), hit.itemId());
                assertEquals(item.title(), hit.itemTitle());
                assertEquals(item.date().date(), hit.date());
                assertTrue(hit.textHtml().startsWith("<mark>" + own + "</mark>"), hit.textHtml());
                checked++;
            }
        }
        assertTrue(checked > 100, "only " + checked + " quotations");
        assertEquals(checked, search.quotes(SearchRequest.of("")).total());
    }

    @Test
    void anItemGivesBackItsQuotationsStoredAsPlacesInTheBodyOrAsWords() throws IOException {
        for (NewsItem item : live.values()) {
            assertEquals(item.quotes(), search.item(item.id()).orElseThrow().item().quotes(), item.id());
        }
    }

    @Test
    void titleFindsTheQuotationsOfTheItemsItMatches() throws IOException {
        for (NewsItem item : live.values()) {
            String title = "title:\"title of " + item.id() + "\"";
            QuoteResult result = search.quotes(SearchRequest.of(title));
            assertEquals(item.quotes().size(), result.total(), item.id());
            result.quotes().forEach(hit -> assertEquals(item.id(), hit.itemId()));
            for (Quote quote : item.quotes()) {
                String own = quote.text().split(" ")[0];
                QuoteHit hit = search.quotes(SearchRequest.of(title + " " + own)).quotes().get(0);
                assertTrue(hit.textHtml().startsWith("<mark>" + own + "</mark>"), hit.textHtml());
            }
        }
    }

    @Test
    void quotationsOfAnIndexOfAnEarlierLayoutAreRefusedUntilItIsRebuilt() throws IOException {
        Directory directory = new ByteBuffersDirectory();
        NewsItem item = randomItem(new Random(SEED), "old", 0);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer()))) {
            writer.addDocuments(NewsDocuments.toDocuments(item, "hash"));
            writer.setLiveCommitData(Map.of(LuceneIndexSink.COMMIT_LAYOUT, "7").entrySet());
        }
        try (LuceneSearch old = LuceneSearch.open(directory, "memory")) {
            assertEquals(1, old.search(SearchRequest.of("")).total());
            BackendUnavailableException refused = assertThrows(BackendUnavailableException.class,
                    () -> old.quotes(SearchRequest.of("")));
            assertTrue(refused.getMessage().contains("./newssearch index"), refused.getMessage());
        }
    }
}

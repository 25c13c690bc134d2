package newssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newssearch.index.IndexReport;
import newssearch.index.NewsSchema;
import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.search.NewsSearch;
import newssearch.search.SearchRequest;

/**
 * {@link SolrSearch#export} on a real two-node SolrCloud with two shards: every match once, newest first, across
 * several cursor pages, with the filters of a search.
 */
class SolrExportTest {

    private static final int ITEMS = 2_345;

    private static NewsSearch search;

    @BeforeAll
    static void startClusterAndIndex() throws Exception {
        SolrSettings settings = new SolrSettings(SharedSolrCloud.get().nodeUrls(), "export", 2, 1);
        try (SolrIndexSink sink = SolrIndexSink.open(new SolrNodes(settings.nodes()), settings, true,
                Optional.empty())) {
            for (NewsItem item : items()) {
                sink.put(item, "hash-" + item.id(), Optional.empty());
            }
            sink.commit(new IndexReport(ITEMS, 0, 0, 0, List.of(), List.of(), List.of(), ITEMS, 0));
        }
        search = SolrBackend.open(settings);
    }

    @AfterAll
    static void close() throws Exception {
        if (search != null) {
            search.close();
        }
    }

    /** Every tenth item undated, the others three to a day, so that ties fall across pages. */
    private static List<NewsItem> items() {
        List<NewsItem> items = new ArrayList<>();
        LocalDate first = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < ITEMS; i++) {
            ItemDate date = i % 10 == 9 ? ItemDate.none()
                    : ItemDate.of(first.plusDays(i / 3), DateSource.METADATA);
            items.add(new NewsItem(String.format("item-%05d", i), "item-" + i + ".txt", Optional.of("News Item"),
                    "Border report " + i, "A lead about borders.", List.of("Body."), date, List.of("OSCE Secretariat"),
                    List.of("Border management"), List.of(Person.of("Jane Doe", "Head of Mission")), List.of(),
                    List.of(i % 2 == 0 ? "Moldova" : "Georgia"), List.of()));
        }
        return items;
    }

    private static List<NewsItem> export(SearchRequest request, int limit) throws IOException {
        List<NewsItem> exported = new ArrayList<>();
        int count = search.export(request, limit, exported::add);
        assertEquals(exported.size(), count);
        return exported;
    }

    @Test
    void everyMatchComesOnceNewestFirstUndatedLast() throws IOException {
        List<NewsItem> all = export(SearchRequest.of("border"), 100_000);
        assertEquals(ITEMS, all.size());
        Set<String> ids = new HashSet<>();
        all.forEach(item -> ids.add(item.id()));
        assertEquals(ITEMS, ids.size(), "no item twice across the cursor's pages");
        boolean undatedSeen = false;
        LocalDate previous = LocalDate.MAX;
        for (NewsItem item : all) {
            if (item.date().date().isEmpty()) {
                undatedSeen = true;
                continue;
            }
            assertFalse(undatedSeen, "a dated item after an undated one: " + item.id());
            assertFalse(item.date().date().get().isAfter(previous), item.id() + " is newer than the one before it");
            previous = item.date().date().get();
        }
        NewsItem newest = all.get(0);
        assertEquals(List.of(Person.of("Jane Doe", "Head of Mission")), newest.people());
        assertEquals(DateSource.METADATA, newest.date().source());
    }

    @Test
    void theLimitAndTheFiltersBoundTheExport() throws IOException {
        assertEquals(1_500, export(SearchRequest.of(""), 1_500).size());
        SearchRequest moldova = SearchRequest.of("border").withFilter(NewsSchema.DIM_COUNTRY, "Moldova");
        List<NewsItem> exported = export(moldova, 100_000);
        assertEquals(search.search(moldova).total(), exported.size());
        assertTrue(exported.stream().allMatch(item -> item.countries().equals(List.of("Moldova"))));
    }
}

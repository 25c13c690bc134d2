package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import newssearch.index.NewsSchema;
import newssearch.item.NewsItem;
import newssearch.search.SearchRequest;

/** {@link LuceneSearch#export}: every match, newest first, past the search window and in batches. */
class LuceneExportTest {

    private static NewsItem[] items(int count) {
        NewsItem[] items = new NewsItem[count];
        LocalDate first = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < count; i++) {
            TestItems.Builder item = TestItems.item(String.format("item-%05d", i))
                    .title("Border report " + i).countries(i % 2 == 0 ? "Moldova" : "Georgia");
            // Every tenth item has no date; the others one day apart, several per day for ties.
            if (i % 10 != 9) {
                item.date(first.plusDays(i / 3).toString());
            }
            items[i] = item.build();
        }
        return items;
    }

    private static List<NewsItem> export(LuceneSearch search, SearchRequest request, int limit) throws Exception {
        List<NewsItem> exported = new ArrayList<>();
        int count = search.export(request, limit, exported::add);
        assertEquals(exported.size(), count);
        return exported;
    }

    @Test
    void everyMatchComesOnceNewestFirstUndatedLast() throws Exception {
        try (LuceneSearch search = TestItems.searcherOf(items(2_345))) {
            List<NewsItem> all = export(search, SearchRequest.of("border"), 100_000);
            assertEquals(2_345, all.size());
            Set<String> ids = new HashSet<>();
            all.forEach(item -> ids.add(item.id()));
            assertEquals(2_345, ids.size(), "no item twice across the batches");
            boolean undatedSeen = false;
            LocalDate previous = LocalDate.MAX;
            for (NewsItem item : all) {
                if (item.date().date().isEmpty()) {
                    undatedSeen = true;
                    continue;
                }
                assertEquals(false, undatedSeen, "a dated item after an undated one: " + item.id());
                LocalDate date = item.date().date().get();
                assertEquals(true, !date.isAfter(previous), item.id() + " is newer than the one before it");
                previous = date;
            }
        }
    }

    @Test
    void theLimitBoundsTheExport() throws Exception {
        try (LuceneSearch search = TestItems.searcherOf(items(2_345))) {
            List<NewsItem> first = export(search, SearchRequest.of(""), 1_500);
            assertEquals(1_500, first.size());
            assertEquals(first.subList(0, 10), export(search, SearchRequest.of(""), 10));
        }
    }

    @Test
    void filtersApplyAsInSearch() throws Exception {
        try (LuceneSearch search = TestItems.searcherOf(items(300))) {
            SearchRequest moldova = SearchRequest.of("border").withFilter(NewsSchema.DIM_COUNTRY, "Moldova");
            List<NewsItem> exported = export(search, moldova, 100_000);
            assertEquals(150, exported.size());
            exported.forEach(item -> assertEquals(List.of("Moldova"), item.countries()));
            assertEquals(search.search(moldova).total(), exported.size());
        }
    }
}

package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import newssearch.index.NewsSchema;
import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.Quote;
import newssearch.item.people.Mention;
import newssearch.search.Holding;
import newssearch.search.ItemPeople;

/**
 * What a person's view reads from doc values is what the stored items give: every writing of a name with its role,
 * office and quotations, in the item's order, the title (one too long to be a completion too), the date and the
 * countries; a segment written before the names were kept is read from its stored items.
 */
class PeopleValuesTest {

    private static final String SG = "OSCE Secretary General";

    private static final List<NewsItem> ITEMS = List.of(
            item("a", "Schmid in Vienna", "2021-03-01",
                    List.of(Person.of("Helga Maria Schmid", SG), Person.of("Schmid", null),
                            Person.of("Thomas Greminger", "Ambassador of Switzerland")),
                    List.of(Quote.of("We agree.", "Schmid"), Quote.of("We do.", "Schmid"),
                            Quote.of("Indeed.", "Thomas Greminger"), Quote.of("Nobody said.", null)),
                    List.of("Austria", "Switzerland", "Austria")),
            item("b", "x".repeat(1500), "2020-01-02", List.of(Person.of("Helga Schmid", "Secretary General")),
                    List.of(), List.of("Austria")),
            item("c", "Undated", null, List.of(Person.of("Dr. Helga Schmid", null), Person.of("Anna Schmid", null)),
                    List.of(Quote.of("Yes.", "Anna Schmid")), List.of()),
            item("d", "Someone else", "2019-05-05", List.of(Person.of("Thomas Greminger", SG)), List.of(),
                    List.of("Switzerland")));

    @Test
    void keptValuesAreWhatTheStoredItemsGive() throws IOException {
        try (LuceneSearch search = LuceneSearch.open(indexOf(false), "memory")) {
            for (String key : List.of("helga schmid", "thomas greminger", "anna schmid")) {
                assertEquals(byId(search.itemsNaming(key).stream().map(ItemPeople::of).toList()),
                        byId(search.itemPeople(key)), key);
            }
            assertEquals(3, search.itemPeople("helga schmid").size());
            assertTrue(search.itemPeople("nobody here").isEmpty());
        }
    }

    @Test
    void aTitleIsFoundAmongTheCompletionsUnlessTooLongForOne() throws IOException {
        // Otherwise every title is read from the stored item: the same answers, at the old cost.
        assertTrue(NewsDocuments.toDocument(ITEMS.get(0), "hash").getField(LuceneSchema.TITLE_PLACE) != null);
        assertTrue(NewsDocuments.toDocument(ITEMS.get(1), "hash").getField(LuceneSchema.TITLE_PLACE) == null);
    }

    @Test
    void aSegmentWrittenWithoutTheValuesIsReadFromItsItems() throws IOException {
        try (LuceneSearch search = LuceneSearch.open(indexOf(true), "memory")) {
            List<ItemPeople> items = search.itemPeople("helga schmid");
            assertEquals(byId(ITEMS.subList(0, 3).stream().map(ItemPeople::of).toList()), byId(items));
        }
    }

    @Test
    void officesAndHoldersAreThoseOfLiveItems() throws IOException {
        try (LuceneSearch search = LuceneSearch.open(indexOf(false), "memory")) {
            assertEquals(List.of(SG), search.offices());
            assertEquals(List.of("2019-05-05 thomas greminger Thomas Greminger",
                    "2020-01-02 helga schmid Helga Schmid", "2021-03-01 helga schmid Helga Maria Schmid"),
                    holdings(search).stream().map(h -> h.date().orElseThrow() + " " + h.key() + " " + h.name())
                            .sorted().toList());
        }
        // The deleted items' terms and doc values stay in the segment until a merge.
        Directory directory = indexOf(false);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
            writer.deleteDocuments(new Term(NewsSchema.ITEM_REF, "a"), new Term(NewsSchema.ITEM_REF, "b"),
                    new Term(NewsSchema.ITEM_REF, "d"));
        }
        try (LuceneSearch search = LuceneSearch.open(directory, "memory")) {
            assertEquals(List.of(), search.offices());
            assertEquals(List.of(), holdings(search));
            assertEquals(List.of("c"), search.itemPeople("helga schmid").stream().map(ItemPeople::id).toList());
        }
    }

    /** The items in one segment; {@code older}: without the names' doc values, as an earlier layout wrote them. */
    private static Directory indexOf(boolean older) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer()))) {
            for (NewsItem item : ITEMS) {
                List<Document> docs = NewsDocuments.toDocuments(item, "hash-" + item.id());
                if (older) {
                    docs.forEach(doc -> doc.removeFields(LuceneSchema.MENTION));
                }
                writer.addDocuments(docs);
            }
        }
        return directory;
    }

    private static NewsItem item(String id, String title, String date, List<Person> people, List<Quote> quotes,
            List<String> countries) {
        ItemDate dated = date == null ? ItemDate.none() : ItemDate.of(LocalDate.parse(date), DateSource.METADATA);
        return new NewsItem(id, id + ".txt", Optional.empty(), title, "", List.of("Vienna."), dated,
                List.of("OSCE Secretariat"), List.of(), people, List.of(), countries, quotes);
    }

    /** Items by id, each person's writings together in the item's order, the countries sorted. */
    private static Map<String, ItemPeople> byId(List<ItemPeople> items) {
        Map<String, ItemPeople> byId = new TreeMap<>();
        for (ItemPeople item : items) {
            byId.put(item.id(), new ItemPeople(item.id(), item.title(), item.date(),
                    item.people().stream().sorted(Comparator.comparing(Mention::key)).toList(),
                    item.countries().stream().sorted().toList()));
        }
        return byId;
    }

    private static List<Holding> holdings(LuceneSearch search) throws IOException {
        List<Holding> holdings = new ArrayList<>();
        search.holdings(SG, holdings::add);
        return holdings;
    }
}

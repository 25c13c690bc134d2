package newssearch.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import newssearch.index.NewsSchema;
import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.NewsItem;
import newssearch.item.Person;

/** Small items and an in-memory index of them, as Lucene's facet examples build theirs. */
final class TestItems {

    private TestItems() {
    }

    static Builder item(String id) {
        return new Builder(id);
    }

    static LuceneSearch searcherOf(NewsItem... items) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer()))) {
            for (NewsItem item : items) {
                writer.addDocument(NewsDocuments.toDocument(item, "hash-" + item.id()));
            }
        }
        return LuceneSearch.open(directory, "memory");
    }

    /** As {@link #searcherOf}, with the items written into segments of {@code perSegment} items that never merge. */
    static LuceneSearch segmentedSearcherOf(int perSegment, NewsItem... items) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(LuceneSchema.indexAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < items.length; i++) {
                writer.addDocument(NewsDocuments.toDocument(items[i], "hash-" + items[i].id()));
                if ((i + 1) % perSegment == 0) {
                    writer.flush();
                }
            }
        }
        return LuceneSearch.open(directory, "memory");
    }

    /**
     * Deletes one item of {@code live} and replaces another by {@code newVersion} of it, their quotations with them,
     * as a reindex of a deleted and of a changed page does.
     */
    static void deleteOneReplaceAnother(IndexWriter writer, Map<String, NewsItem> live, Random random,
            Function<String, NewsItem> newVersion) throws IOException {
        List<String> ids = new ArrayList<>(live.keySet());
        String gone = ids.get(random.nextInt(ids.size()));
        writer.deleteDocuments(new Term(NewsSchema.ITEM_REF, gone));
        live.remove(gone);
        String changed = ids.get(random.nextInt(ids.size()));
        if (live.containsKey(changed)) {
            NewsItem again = newVersion.apply(changed);
            writer.updateDocuments(new Term(NewsSchema.ITEM_REF, changed),
                    NewsDocuments.toDocuments(again, "hash2-" + changed));
            live.put(changed, again);
        }
    }

    static final class Builder {
        private final String id;
        private String title = "Untitled";
        private String lead = "";
        private List<String> body = List.of();
        private ItemDate date = ItemDate.none();
        private List<String> issuers = List.of();
        private List<String> fields = List.of();
        private List<Person> people = List.of();
        private List<String> places = List.of();
        private List<String> countries = List.of();

        Builder(String id) {
            this.id = id;
        }

        Builder title(String value) {
            title = value;
            return this;
        }

        Builder lead(String value) {
            lead = value;
            return this;
        }

        Builder body(String... paragraphs) {
            body = List.of(paragraphs);
            return this;
        }

        Builder date(String iso) {
            date = ItemDate.of(LocalDate.parse(iso), DateSource.METADATA);
            return this;
        }

        Builder issuers(String... values) {
            issuers = List.of(values);
            return this;
        }

        Builder fields(String... values) {
            fields = List.of(values);
            return this;
        }

        Builder people(Person... values) {
            people = List.of(values);
            return this;
        }

        Builder places(String... values) {
            places = List.of(values);
            return this;
        }

        Builder countries(String... values) {
            countries = List.of(values);
            return this;
        }

        NewsItem build() {
            return new NewsItem(id, id + ".txt", Optional.of("News Item"), title, lead, body, date, issuers, fields,
                    people, places, countries, List.of());
        }
    }
}

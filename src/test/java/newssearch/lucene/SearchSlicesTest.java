package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import newssearch.item.NewsItem;
import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;

class SearchSlicesTest {

    @Test
    void segmentsAreDealtLargestFirstToTheSliceWithFewestDocuments() throws IOException {
        try (Directory directory = segments(4, 1, 1, 1, 1, 1); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(List.of(4, 5), sizes(SearchSlices.balanced(reader.leaves(), 2)));
            assertEquals(List.of(9), sizes(SearchSlices.balanced(reader.leaves(), 1)));
            assertEquals(List.of(1, 1, 1, 1, 1, 4), sizes(SearchSlices.balanced(reader.leaves(), 8)));
            for (int count : new int[] {1, 2, 3, 8}) {
                long segmentsDealt = Arrays.stream(SearchSlices.balanced(reader.leaves(), count))
                        .flatMap(slice -> Arrays.stream(slice.partitions)).map(p -> p.ctx.ord).distinct().count();
                assertEquals(reader.leaves().size(), segmentsDealt, "every segment once, in " + count + " slices");
            }
        }
    }

    @Test
    void aSearchOverManySegmentsAnswersAsOverOne() throws IOException {
        NewsItem[] items = new NewsItem[30];
        String[] countries = {"Ukraine", "Serbia", "Moldova"};
        String[] fields = {"Human rights", "Elections", "Media freedom"};
        for (int i = 0; i < items.length; i++) {
            items[i] = TestItems.item("item-" + i)
                    .title("Report " + i + (i % 2 == 0 ? " on human rights" : " on security cooperation"))
                    .lead(i % 3 == 0 ? "Human rights defenders met in the capital." : "Security experts met.")
                    .body("Paragraph " + i + " about security, rights and human dignity.")
                    .date("2020-0" + (1 + i % 9) + "-1" + (i % 10))
                    .countries(countries[i % 3])
                    .fields(fields[i % 3], fields[(i + 1) % 3])
                    .build();
        }
        try (LuceneSearch one = TestItems.searcherOf(items); LuceneSearch many = TestItems.segmentedSearcherOf(4, items)) {
            for (SearchRequest request : List.of(SearchRequest.of("security"), SearchRequest.of("\"human rights\""),
                    SearchRequest.of("security rights"), SearchRequest.of("rights").withFilter("country", "Ukraine"),
                    SearchRequest.of("").withFilter("fieldOfWork", "Elections"))) {
                SearchResult expected = one.search(request);
                SearchResult found = many.search(request);
                assertEquals(expected.total(), found.total(), request.toString());
                assertEquals(expected.hits(), found.hits(), request.toString());
                assertEquals(expected.facets(), found.facets(), request.toString());
            }
        }
    }

    private static Directory segments(int... sizes) throws IOException {
        Directory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int id = 0;
            for (int size : sizes) {
                for (int i = 0; i < size; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", Integer.toString(id++), Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.flush();
            }
        }
        return directory;
    }

    private static List<Integer> sizes(LeafSlice[] slices) {
        List<Integer> sizes = new ArrayList<>();
        for (LeafSlice slice : slices) {
            sizes.add(Arrays.stream(slice.partitions).mapToInt(partition -> partition.ctx.reader().maxDoc()).sum());
        }
        sizes.sort(null);
        return sizes;
    }
}

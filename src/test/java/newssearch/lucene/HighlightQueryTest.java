package newssearch.lucene;

import static newssearch.lucene.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newssearch.index.NewsSchema;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.search.SearchFields;
import newssearch.search.UserQueryParser;

/** The highlighter's smaller query marks exactly what the search's whole query marks, in every shape of query. */
class HighlightQueryTest {

    private static final String[] FIELDS = {NewsSchema.TITLE, NewsSchema.LEAD, NewsSchema.BODY};

    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private final UserQueryParser parser = new UserQueryParser(Map.of());
    private final LuceneQueries queries = new LuceneQueries(LuceneSchema.queryAnalyzer());

    @BeforeAll
    static void index() throws IOException {
        List<NewsItem> items = List.of(
                item("border").title("Border guards trained in Moldova")
                        .lead("Border officials from Moldova completed a training course on risk analysis.")
                        .body("The course took place in Chisinau.", "Police and border guards worked together.")
                        .places("Moldova", "Chisinau").countries("Moldova")
                        .people(Person.of("Jane Doe", "Head of the OSCE Mission to Moldova")).build(),
                item("cyber").title("Cyber security workshop on critical infrastructure")
                        .lead("Experts discussed critical infrastructure and terrorism.")
                        .body("Terrorism and cyber threats to infrastructure that is critical were on the agenda.")
                        .countries("Germany").build(),
                item("police").title("Police reform conference in Berlin")
                        .lead("Police leaders met in Berlin to discuss community policing and terrorism prevention.")
                        .body("Training for border police followed.")
                        .places("Berlin").countries("Germany").build());
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer()))) {
            for (NewsItem item : items) {
                writer.addDocument(NewsDocuments.toDocument(item, "hash-" + item.id()));
            }
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void marksTheSameAsTheWholeQuery() throws IOException {
        for (String text : List.of("border", "border moldova", "\"critical infrastructure\"", "police -berlin",
                "cyber OR moldova", "terror*", "title:police", "person:jane", "jane border", "germany police",
                "(border AND guards) OR terrorism", "police OR (jane AND berlin)", "border training police")) {
            Query query = queries.render(parser.parse(text), SearchFields.ITEMS);
            TopDocs hits = searcher.search(query, 10);
            assertTrue(hits.scoreDocs.length > 0, text);
            Map<String, String[]> whole = highlight(query, hits);
            Map<String, String[]> small = highlight(HighlightQuery.of(query, Set.of(FIELDS)), hits);
            for (String field : FIELDS) {
                assertArrayEquals(whole.get(field), small.get(field), text + " in " + field);
            }
        }
    }

    @Test
    void keepsOnlyTheWantedFields() {
        Query query = queries.render(parser.parse("border moldova"), SearchFields.ITEMS);
        String small = HighlightQuery.of(query, Set.of(NewsSchema.TITLE)).toString();
        assertTrue(small.contains("title:border") && small.contains("title:moldova"), small);
        assertTrue(!small.contains("body:") && !small.contains("person:"), small);
    }

    @Test
    void anOptionalGroupWithRequiredPartsKeepsTheWholeQuery() {
        Query query = queries.render(parser.parse("police OR (jane AND berlin)"), SearchFields.ITEMS);
        assertSame(query, HighlightQuery.of(query, Set.of(NewsSchema.TITLE)));
    }

    @Test
    void excludedWordsAreLeftOut() {
        Query query = queries.render(parser.parse("police -berlin"), SearchFields.ITEMS);
        String small = HighlightQuery.of(query, Set.of(NewsSchema.TITLE)).toString();
        assertTrue(small.contains("title:polic") && !small.contains("title:berlin"), small);
    }

    private static Map<String, String[]> highlight(Query query, TopDocs hits) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, LuceneSchema.indexAnalyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .build();
        return highlighter.highlightFields(FIELDS, query, hits, new int[] {1, 1, 2});
    }
}

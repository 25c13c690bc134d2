package newssearch.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import newssearch.search.ProximityClause;
import newssearch.search.SearchFields;
import newssearch.search.UserQuery;
import newssearch.search.UserQueryParser;

class ProximityRescoreTest {

    private static final String[] FILLER = {"mission", "report", "border", "office", "training", "police", "media",
        "election", "youth", "dialogue"};

    private final UserQueryParser parser = new UserQueryParser(Map.of());
    private final LuceneQueries queries = new LuceneQueries(LuceneSchema.queryAnalyzer());

    /** Items holding "water" and "rights" at every distance, and filler words between. */
    private static Directory index(int items) throws IOException {
        Random random = new Random(7);
        Directory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer()))) {
            for (int i = 0; i < items; i++) {
                List<String> words = new ArrayList<>();
                for (int w = 0; w < 20 + random.nextInt(40); w++) {
                    words.add(FILLER[random.nextInt(FILLER.length)]);
                }
                words.add(random.nextInt(words.size()), "water");
                words.add(random.nextInt(words.size()), "rights");
                writer.addDocument(NewsDocuments.toDocument(TestItems.item("i" + i).title("Item " + i)
                        .body(String.join(" ", words)).build(), "h" + i));
            }
        }
        return directory;
    }

    @Test
    void withinTheWindowHitsComeAsTheWholeQueryRanksThem() throws IOException {
        try (Directory directory = index(ProximityRescore.WINDOW - 20);
                DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            UserQuery parsed = parser.parse("water rights");
            ProximityClause rescore = ProximityClause.of(parsed).orElseThrow();
            Query whole = queries.render(parsed, SearchFields.ITEMS);
            Query words = queries.render(rescore.words(), SearchFields.ITEMS);
            Query near = queries.render(rescore.proximity(), SearchFields.ITEMS);

            TopDocs expected = searcher.search(whole, 30);
            TopDocs got = ProximityRescore.rescore(searcher,
                    searcher.search(words, ProximityRescore.collect(30)), near, 30);

            assertEquals(expected.scoreDocs.length, got.scoreDocs.length);
            for (int i = 0; i < expected.scoreDocs.length; i++) {
                assertEquals(expected.scoreDocs[i].doc, got.scoreDocs[i].doc, "hit " + i);
                assertEquals(expected.scoreDocs[i].score, got.scoreDocs[i].score, 1e-5f, "score of hit " + i);
            }
        }
    }

    @Test
    void pagesPastTheWindowNeitherRepeatNorSkipAHit() throws IOException {
        int items = ProximityRescore.WINDOW * 3;
        try (Directory directory = index(items); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            ProximityClause rescore = ProximityClause.of(parser.parse("water rights")).orElseThrow();
            Query words = queries.render(rescore.words(), SearchFields.ITEMS);
            Query near = queries.render(rescore.proximity(), SearchFields.ITEMS);
            int size = 10;
            Set<Integer> seen = new HashSet<>();
            for (int page = 1; page * size <= items; page++) {
                int window = page * size;
                ScoreDoc[] hits = ProximityRescore.rescore(searcher,
                        searcher.search(words, ProximityRescore.collect(window)), near, window).scoreDocs;
                for (int i = window - size; i < window; i++) {
                    assertTrue(seen.add(hits[i].doc), "page " + page + " repeats a hit");
                }
            }
            assertEquals(items, seen.size(), "every item on one page or another");
        }
    }

    @Test
    void onlyAQueryOfSeveralWordsWithTheirProximityClauseIsRescored() {
        assertTrue(ProximityClause.of(parser.parse("water rights")).isPresent());
        assertTrue(ProximityClause.of(parser.parse("water")).isEmpty());
        assertTrue(ProximityClause.of(parser.parse("\"water rights\"")).isEmpty());
    }
}

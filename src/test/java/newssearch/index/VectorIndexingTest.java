package newssearch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.embedding.Embedder;
import newssearch.lucene.LuceneBackend;

/** Indexing with vectors: one per item, each page embedded once, reused by a full rebuild. */
class VectorIndexingTest {

    private static final IndexSettings VECTORS = new IndexSettings(false, true);
    private static final IndexSettings FULL_WITH_VECTORS = new IndexSettings(true, true);
    private static final String QUOTATIONS = "quotations";

    @TempDir
    Path work;

    private Path corpus;
    private Path index;

    /** Five items: the two seeds and three fixture pages (one with quotations, whose documents get no vector). */
    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(work.resolve("corpus"));
        index = work.resolve("index");
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        for (String page : List.of(QUOTATIONS, "two-issuers", "dateline-vienna")) {
            Files.copy(Path.of("src/test/resources/pages", page + ".txt"), corpus.resolve(page + ".txt"));
        }
    }

    private IndexReport index(IndexSettings settings) throws IOException {
        return LuceneBackend.index(corpus, index, settings, IndexProgress.NONE);
    }

    @Test
    void everyItemHasOneVectorAndAKnnQueryFindsItByMeaning() throws IOException {
        IndexReport report = index(VECTORS);
        assertEquals(5, report.embedded());
        assertTrue(report.summary().endsWith("; vectors: 5 embedded"), report.summary());
        Map<String, float[]> vectors = vectors();
        assertEquals(5, vectors.size());
        try (Embedder embedder = Embedder.load();
             DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertTrue(reader.numDocs() > 5, "the quotations have documents of their own, without vectors");
            IndexSearcher searcher = new IndexSearcher(reader);
            TopDocs top = searcher.search(new KnnFloatVectorQuery(NewsSchema.VECTOR,
                    embedder.query("how are the votes counted after an election").vector(), 1), 1);
            assertEquals(QUOTATIONS, searcher.storedFields().document(top.scoreDocs[0].doc).get(NewsSchema.ID));
        }
    }

    @Test
    void aReindexEmbedsOnlyTheChangedPage() throws IOException {
        index(VECTORS);
        IndexReport unchanged = index(VECTORS);
        assertEquals(0, unchanged.embedded());
        assertTrue(unchanged.vectors());
        Path page = corpus.resolve("two-issuers.txt");
        Files.writeString(page, Files.readString(page).replace("shared rivers", "shared lakes"));
        IndexReport changed = index(VECTORS);
        assertEquals(List.of(1, 1), List.of(changed.updated(), changed.embedded()));
        assertEquals(5, vectors().size());
    }

    @Test
    void aFullRebuildTakesTheVectorsOfUnchangedPagesFromTheOldIndex() throws IOException {
        index(VECTORS);
        Map<String, float[]> before = vectors();
        Path page = corpus.resolve("two-issuers.txt");
        Files.writeString(page, Files.readString(page).replace("shared rivers", "shared lakes"));
        IndexReport full = index(FULL_WITH_VECTORS);
        assertEquals(List.of(5, 1, 4), List.of(full.added(), full.embedded(), full.reusedVectors()));
        assertTrue(full.summary().endsWith("; vectors: 1 embedded, 4 reused"), full.summary());
        Map<String, float[]> after = vectors();
        assertArrayEquals(before.get(QUOTATIONS), after.get(QUOTATIONS));
        assertFalse(Arrays.equals(before.get("two-issuers"), after.get("two-issuers")));
    }

    @Test
    void withoutVectorsTheIndexHasNoneAndVectorsLaterRebuildIt() throws IOException {
        IndexReport plain = index(new IndexSettings(false, false));
        assertFalse(plain.vectors());
        assertTrue(plain.summary().endsWith("; no vectors"), plain.summary());
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                assertNull(leaf.reader().getFloatVectorValues(NewsSchema.VECTOR));
            }
        }
        // An index must have a vector for every item or for none: the unchanged pages are embedded too.
        IndexReport withVectors = index(VECTORS);
        assertEquals(List.of(5, 0, 5), List.of(withVectors.added(), withVectors.unchanged(), withVectors.embedded()));
        assertEquals(5, vectors().size());
    }

    /** Each item's vector by its id, read from the index. */
    private Map<String, float[]> vectors() throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(NewsSchema.VECTOR);
                if (values == null) {
                    continue;
                }
                KnnVectorValues.DocIndexIterator docs = values.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    String id = leaf.reader().storedFields().document(doc).get(NewsSchema.ID);
                    vectors.put(id, values.vectorValue(docs.index()).clone());
                }
            }
        }
        return vectors;
    }
}

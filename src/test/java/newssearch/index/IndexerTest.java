package newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import newssearch.lucene.LuceneBackend;
import newssearch.lucene.LuceneSchema;

class IndexerTest {

    @TempDir
    Path work;

    private Path corpus;
    private Path index;

    @BeforeEach
    void copySeeds() throws IOException {
        corpus = Files.createDirectories(work.resolve("corpus"));
        index = work.resolve("index");
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
    }

    private String seedText() throws IOException {
        return Files.readString(corpus.resolve("000_a91628f60ba626d3.txt"));
    }

    @Test
    void firstRunAddsEveryPageAndTheSecondTouchesNothing() throws IOException {
        IndexReport first = LuceneBackend.index(corpus, index, false);
        assertEquals(2, first.added());
        assertEquals(2, first.documents());
        IndexReport second = LuceneBackend.index(corpus, index, false);
        assertEquals(List.of(0, 0, 2, 0), List.of(second.added(), second.updated(), second.unchanged(),
                second.deleted()));
    }

    @Test
    void changedPageIsReplacedNotDuplicated() throws IOException {
        LuceneBackend.index(corpus, index, false);
        Path seed = corpus.resolve("000_a91628f60ba626d3.txt");
        Files.writeString(seed, seedText().replace("soft targets safe", "public spaces safe"));
        IndexReport report = LuceneBackend.index(corpus, index, false);
        assertEquals(1, report.updated());
        assertEquals(2, report.documents());
        assertEquals(0, count("title", "soft"));
        assertEquals(1, count("title", "public"));
    }

    @Test
    void indexOfAnOlderLayoutIsRebuiltWholeWithOffsetsForHighlighting() throws IOException {
        try (var dir = FSDirectory.open(index);
             var writer = new IndexWriter(dir, new IndexWriterConfig(LuceneSchema.indexAnalyzer()))) {
            Document old = new Document();
            old.add(new StringField(NewsSchema.ID, "written-before", Field.Store.YES));
            old.add(new TextField(NewsSchema.TITLE, "an item of the first layout", Field.Store.YES));
            writer.addDocument(old);
            writer.commit();
        }
        IndexReport report = LuceneBackend.index(corpus, index, false);
        assertEquals(2, report.added());
        assertEquals(2, report.documents());
        assertEquals(0, count(NewsSchema.ID, "written-before"));
        try (var reader = DirectoryReader.open(FSDirectory.open(index))) {
            assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
                    FieldInfos.getMergedFieldInfos(reader).fieldInfo(NewsSchema.LEAD).getIndexOptions());
        }
        IndexReport again = LuceneBackend.index(corpus, index, false);
        assertEquals(2, again.unchanged());
    }

    @Test
    void deletedPageLeavesTheIndex() throws IOException {
        LuceneBackend.index(corpus, index, false);
        Files.delete(corpus.resolve("000_a91628f60ba626d3.txt"));
        IndexReport report = LuceneBackend.index(corpus, index, false);
        assertEquals(1, report.deleted());
        assertEquals(1, report.documents());
    }

    @Test
    void badPagesAreSkippedWithAReasonAndGoodOnesIndexed() throws IOException {
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.writeString(corpus.resolve("blank.txt"), "  \n\t\n");
        Files.write(corpus.resolve("binary.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
        Files.write(corpus.resolve("latin1.txt"), "Caf\u00e9 OSCE".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(corpus.resolve("nav-only.txt"), "-\nOur work\n- Arms control\n- Border management");
        IndexReport report = LuceneBackend.index(corpus, index, false);
        assertEquals(2, report.added());
        assertEquals(5, report.skipped().size());
        String reasons = report.skipped().toString();
        assertTrue(reasons.contains("empty.txt: is empty"), reasons);
        assertTrue(reasons.contains("binary.txt: is binary"), reasons);
        assertTrue(reasons.contains("latin1.txt: is not valid UTF-8"), reasons);
        assertTrue(reasons.contains("nav-only.txt: has site navigation but no article"), reasons);
    }

    @Test
    void samePageUnderTwoNamesIsIndexedOnce() throws IOException {
        Files.writeString(corpus.resolve("copy.txt"), seedText());
        IndexReport report = LuceneBackend.index(corpus, index, false);
        assertEquals(2, report.documents());
        assertEquals(1, report.duplicates().size());
        assertTrue(report.duplicates().get(0).toString().startsWith("copy.txt: has the same content as 000_"));
    }

    @Test
    void filesThatWouldShareAnIdAreSaidAndIndexedOnce() throws IOException {
        Files.writeString(corpus.resolve("a b.txt"), seedText().replace("soft targets", "hard targets"));
        Files.writeString(corpus.resolve("a-b.txt"), seedText().replace("soft targets", "firm targets"));
        IndexReport report = LuceneBackend.index(corpus, index, false);
        assertEquals(3, report.documents());
        assertEquals(1, report.skipped().size());
        assertEquals("a-b.txt: would have the same id (a-b) as a b.txt: rename one of the two files",
                report.skipped().get(0).toString());
    }

    @Test
    void fullRebuildStartsFromNothing() throws IOException {
        LuceneBackend.index(corpus, index, false);
        IndexReport report = LuceneBackend.index(corpus, index, true);
        assertEquals(2, report.added());
        assertEquals(2, report.documents());
    }

    @Test
    void missingCorpusFolderIsAClearError() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> LuceneBackend.index(work.resolve("nowhere"), index, false));
        assertTrue(e.getFile().endsWith("nowhere"));
    }

    private int count(String field, String term) throws IOException {
        try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
            // Items only: each quotation is a document of its own, with its item's title.
            return new IndexSearcher(reader).count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(field, term)), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(NewsSchema.KIND, NewsSchema.KIND_ITEM)), BooleanClause.Occur.FILTER)
                    .build());
        }
    }
}

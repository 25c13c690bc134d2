package newssearch.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

import newssearch.item.ItemIds;
import newssearch.item.NewsItem;
import newssearch.item.extract.NewsItemParser;
import newssearch.page.BadPageException;
import newssearch.page.PageReader;

/**
 * The anchor a relevance table is read against: plain BM25 as Lucene gives it out of the box, one text field of
 * each page's title, lead and body, StandardAnalyzer, the classic query parser with any word allowed to match.
 * Built in memory from a folder of pages, apart from the service's index, so that the service's own analysis,
 * fields, boosts and matching are what the comparison measures.
 */
public final class PlainBm25 implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";

    /** A document and its score. */
    public record Scored(String id, float score) {
    }

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;

    private PlainBm25(Path pages) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
             Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String relative = pages.relativize(file).toString();
                NewsItem item;
                try {
                    item = NewsItemParser.parse(PageReader.read(file), relative);
                } catch (BadPageException e) {
                    continue;
                }
                Document doc = new Document();
                doc.add(new StringField(ID, ItemIds.fromFile(relative), Field.Store.YES));
                doc.add(new TextField(TEXT, item.title() + "\n" + item.lead() + "\n" + String.join("\n", item.body()),
                        Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    /** Indexes the pages under {@code pages}, as the service's indexer reads them. */
    public static PlainBm25 over(Path pages) throws IOException {
        return new PlainBm25(pages);
    }

    /** The best {@code n} documents for the query, its words escaped so that every query is plain words. */
    public List<Scored> search(String query, int n) throws IOException {
        QueryParser parser = new QueryParser(TEXT, analyzer);
        List<Scored> scored = new ArrayList<>();
        try {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (ScoreDoc hit : searcher.search(parser.parse(QueryParser.escape(query)), n).scoreDocs) {
                scored.add(new Scored(searcher.storedFields().document(hit.doc).get(ID), hit.score));
            }
        } catch (ParseException onlyStopWords) {
            // Escaped words always parse; nothing to search for finds nothing.
        }
        return scored;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}

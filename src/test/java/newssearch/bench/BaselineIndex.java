package newssearch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import newssearch.index.NewsSchema;
import newssearch.lucene.LuceneSchema;

/**
 * The reference the benchmark measures news-search against: raw Lucene indexing the already-split title and
 * article (lead and body) with the same analyzer and writer settings, from as many writing threads as news-search
 * parses with (one per core), and no parsing or extraction. So that
 * filtered and faceted queries have a counterpart, the generator's own fields of work and countries are
 * indexed as keyword and facet fields (values handed over, not extracted).
 */
final class BaselineIndex {

    static final String TITLE = "title";
    static final String ARTICLE = "article";
    static final String FIELD_OF_WORK = "fieldOfWork";
    static final String COUNTRY = "country";

    private BaselineIndex() {
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FIELD_OF_WORK, true);
        config.setMultiValued(COUNTRY, true);
        return config;
    }

    /** Indexes the corpus's split file into {@code indexDir}; returns the documents written. */
    static int build(SyntheticCorpus corpus, Path indexDir) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(LuceneSchema.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        FacetsConfig facets = facetsConfig();
        AtomicInteger count = new AtomicInteger();
        int threads = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 4), new ThreadPoolExecutor.CallerRunsPolicy());
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            corpus.readSplit(page -> pool.execute(() -> {
                Document doc = new Document();
                doc.add(new StringField("id", page.fileName(), Field.Store.YES));
                doc.add(new TextField(TITLE, page.title(), Field.Store.YES));
                doc.add(new TextField(ARTICLE, page.article(), Field.Store.YES));
                for (String field : page.fieldsOfWork()) {
                    doc.add(new StringField(FIELD_OF_WORK, field, Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField(FIELD_OF_WORK, field));
                }
                for (String country : page.countries()) {
                    doc.add(new StringField(COUNTRY, country, Field.Store.NO));
                    doc.add(new SortedSetDocValuesFacetField(COUNTRY, country));
                }
                try {
                    writer.addDocument(facets.build(doc));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count.incrementAndGet();
            }));
            pool.shutdown();
            try {
                if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                    throw new IOException("the baseline's writers did not finish within an hour");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            writer.commit();
        } finally {
            pool.shutdownNow();
        }
        return count.get();
    }
}

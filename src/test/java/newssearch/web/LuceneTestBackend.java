package newssearch.web;

import java.io.IOException;
import java.nio.file.Path;

import newssearch.index.IndexProgress;
import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.lucene.LuceneBackend;
import newssearch.search.NewsSearch;

/** The embedded index in a folder of the test's own. */
public record LuceneTestBackend(Path indexDir) implements TestBackend {

    @Override
    public IndexReport index(Path corpus, boolean full) throws IOException {
        return LuceneBackend.index(corpus, indexDir, full);
    }

    @Override
    public IndexReport indexWithVectors(Path corpus) throws IOException {
        return LuceneBackend.index(corpus, indexDir, new IndexSettings(false, true), IndexProgress.NONE);
    }

    @Override
    public NewsSearch open() throws IOException {
        return LuceneBackend.open(indexDir);
    }
}

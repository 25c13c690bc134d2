package newssearch.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import newssearch.index.DiskFullException;
import newssearch.index.IndexProgress;
import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.index.Indexer;
import newssearch.index.ItemVectors;

/** The embedded Lucene index, the default engine: where it lives on disk, and how to build and open it. */
public final class LuceneBackend {

    private LuceneBackend() {
    }

    /** Brings the index in {@code indexDir} in step with the pages under {@code corpus}, without vectors. */
    public static IndexReport index(Path corpus, Path indexDir, boolean full) throws IOException {
        return index(corpus, indexDir, new IndexSettings(full, false), IndexProgress.NONE);
    }

    /**
     * Brings the index in {@code indexDir} in step with the pages under {@code corpus} as {@code settings} say,
     * telling {@code watcher} how far it has come.
     */
    public static IndexReport index(Path corpus, Path indexDir, IndexSettings settings, IndexProgress watcher)
            throws IOException {
        Indexer.checkCorpus(corpus);
        try (ItemVectors vectors = ItemVectors.load(settings);
             LuceneIndexSink sink = LuceneIndexSink.open(indexDir, settings.full(), vectors.model())) {
            return Indexer.index(corpus, sink, watcher, vectors);
        } catch (IOException | RuntimeException e) {
            if (DiskFullException.isCause(e)) {
                LuceneIndexSink.deleteUnusedFiles(indexDir);
                throw new DiskFullException(indexDir.toString(), e);
            }
            IndexDamage.throwIfDamaged(indexDir.toString(), e);
            throw e;
        }
    }

    /** Opens the index in {@code indexDir} for searching; it follows later reindexes by itself. */
    public static LuceneSearch open(Path indexDir) throws IOException {
        return LuceneSearch.open(indexDir);
    }

    /** As {@link #open(Path)}, keeping the latest {@code cachedResults} answers of each reader (0: none). */
    public static LuceneSearch open(Path indexDir, int cachedResults) throws IOException {
        return LuceneSearch.open(indexDir, cachedResults);
    }

    /** Whether {@code indexDir} holds a committed index. */
    public static boolean exists(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (var files = Files.list(indexDir)) {
            return files.anyMatch(file -> file.getFileName().toString().startsWith("segments_"));
        }
    }
}

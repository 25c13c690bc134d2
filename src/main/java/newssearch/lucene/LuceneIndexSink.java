package newssearch.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.index.IndexReport;
import newssearch.index.IndexSink;
import newssearch.index.NewsSchema;
import newssearch.index.ReindexRunningException;
import newssearch.index.StoredHashes;
import newssearch.item.NewsItem;

/**
 * Writes a reindex into a Lucene index on disk through one IndexWriter, which commits once: with
 * {@code commitOnClose} off, a run that fails half-way leaves the previous commit as it was.
 */
public final class LuceneIndexSink implements IndexSink {

    /** Commit user data: when the last reindex ended and its summary line. */
    static final String COMMIT_TIME = "reindexTime";
    static final String COMMIT_SUMMARY = "reindexSummary";
    /** Commit user data: the {@link LuceneSchema#LAYOUT_VERSION} the index was written with. */
    static final String COMMIT_LAYOUT = "layoutVersion";
    /** Commit user data: the embedding model of the items' vectors, {@link #NO_VECTORS} for an index without. */
    static final String COMMIT_VECTORS = "vectorModel";
    static final String NO_VECTORS = "none";

    private static final Logger log = LoggerFactory.getLogger(LuceneIndexSink.class);

    private final Path indexDir;
    private final Directory directory;
    private final IndexWriter writer;
    private final boolean rebuilds;
    private final String vectorModel;
    private final Optional<PreviousVectors> previous;

    private LuceneIndexSink(Path indexDir, Directory directory, IndexWriter writer, boolean rebuilds,
                            String vectorModel, Optional<PreviousVectors> previous) {
        this.indexDir = indexDir;
        this.directory = directory;
        this.writer = writer;
        this.rebuilds = rebuilds;
        this.vectorModel = vectorModel;
        this.previous = previous;
    }

    /**
     * Opens the index in {@code indexDir} for writing, without vectors, creating the folder when it is missing.
     *
     * @param full rebuild from nothing instead of touching only what changed
     */
    public static LuceneIndexSink open(Path indexDir, boolean full) throws IOException {
        return open(indexDir, full, Optional.empty());
    }

    /**
     * As {@link #open(Path, boolean)}, for items with vectors of {@code vectorModel} (none when empty). An index
     * whose vectors are another model's, or that has none when this run writes some (or the other way round), is
     * rebuilt whole: every item must have a vector of the same model or none have one.
     */
    public static LuceneIndexSink open(Path indexDir, boolean full, Optional<String> vectorModel)
            throws IOException {
        Files.createDirectories(indexDir);
        Directory directory = FSDirectory.open(indexDir);
        String model = vectorModel.orElse(NO_VECTORS);
        Optional<PreviousVectors> previous = Optional.empty();
        try {
            boolean rebuild = full || hasOtherLayout(directory) || hasOtherVectors(directory, model);
            if (rebuild && vectorModel.isPresent()) {
                previous = previousVectors(directory, model);
            }
            IndexWriterConfig config = new IndexWriterConfig(LuceneSchema.indexAnalyzer())
                    .setOpenMode(rebuild
                            ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb(Runtime.getRuntime().maxMemory()))
                    // Only a finished run commits: a failure half-way must leave the previous commit as it was.
                    .setCommitOnClose(false);
            return new LuceneIndexSink(indexDir, directory, openWriter(directory, config), rebuild, model, previous);
        } catch (IOException | RuntimeException e) {
            if (previous.isPresent()) {
                previous.get().close();
            }
            directory.close();
            throw e;
        }
    }

    /** Whether the last commit in {@code dir} has vectors of another model than {@code model}, or none. */
    private static boolean hasOtherVectors(Directory dir, String model) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return false;
        }
        String stored = SegmentInfos.readLatestCommit(dir).getUserData().getOrDefault(COMMIT_VECTORS, NO_VECTORS);
        if (stored.equals(model)) {
            return false;
        }
        log.info("the index has {} and this run writes {}: rebuilding it whole", describeVectors(stored),
                describeVectors(model));
        return true;
    }

    private static String describeVectors(String model) {
        return model.equals(NO_VECTORS) ? "no vectors" : "vectors of " + model;
    }

    /**
     * The vectors of the index a rebuild replaces, when they are {@code model}'s. Only read, never trusted blindly:
     * a damaged old index (which a full rebuild may be replacing) gives none, and every page is embedded.
     */
    private static Optional<PreviousVectors> previousVectors(Directory dir, String model) {
        try {
            if (!DirectoryReader.indexExists(dir) || !model.equals(SegmentInfos.readLatestCommit(dir).getUserData()
                    .get(COMMIT_VECTORS))) {
                return Optional.empty();
            }
            PreviousVectors previous = PreviousVectors.read(dir);
            log.info("reusing the vectors of unchanged pages: {} in the old index", previous.size());
            return Optional.of(previous);
        } catch (IOException | RuntimeException e) {
            log.info("the old index's vectors cannot be read ({}): every page is embedded again", e.toString());
            return Optional.empty();
        }
    }

    /**
     * How much of the heap documents may take before they are written out as a segment: a quarter, up to 128 MB.
     * Fewer, larger segments take less room and less work (at 20,000 pages, 128 MB instead of 64 made the index
     * 1.2 % smaller as written); a server's small heap keeps room for its searches while it reindexes.
     */
    private static double ramBufferMb(long maxHeapBytes) {
        return Math.min(128, maxHeapBytes / 4.0 / (1024 * 1024));
    }

    /** Whether {@code dir} holds an index written with another field layout than this version's. */
    private static boolean hasOtherLayout(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return false;
        }
        String layout = SegmentInfos.readLatestCommit(dir).getUserData().get(COMMIT_LAYOUT);
        if (LuceneSchema.LAYOUT_VERSION.equals(layout)) {
            return false;
        }
        log.info("the index was written by another version of news-search (layout {}): rebuilding it whole",
                layout == null ? "1" : layout);
        return true;
    }

    private static IndexWriter openWriter(Directory dir, IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(dir, config);
        } catch (LockObtainFailedException e) {
            throw new ReindexRunningException(dir instanceof FSDirectory fs ? fs.getDirectory().toString()
                    : dir.toString(), e);
        }
    }

    /**
     * Deletes the files a failed run left that no commit uses (the segments it was writing when the disk filled),
     * giving their space back; opening a writer does it, and closing it without a commit changes nothing else.
     * A failure here is only logged: the run's own failure is what the user must hear about.
     */
    static void deleteUnusedFiles(Path indexDir) {
        try (Directory directory = FSDirectory.open(indexDir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(LuceneSchema.indexAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCommitOnClose(false))) {
            log.debug("deleted the unused files in {}; {} documents kept", indexDir, writer.getDocStats().numDocs);
        } catch (IOException | RuntimeException e) {
            log.warn("could not delete the unused files in {}: {}", indexDir, e.toString());
        }
    }

    @Override
    public String describe() {
        return indexDir.toString();
    }

    @Override
    public boolean rebuilds() {
        return rebuilds;
    }

    @Override
    public StoredHashes storedHashes() throws IOException {
        StoredHashes hashes = new StoredHashes();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Set<String> fields = Set.of(NewsSchema.ID, NewsSchema.HASH);
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                Bits live = leaf.getLiveDocs();
                StoredFields stored = leaf.storedFields();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document document = stored.document(doc, fields);
                        // Quotations' documents have neither: they come and go with their item.
                        String id = document.get(NewsSchema.ID);
                        if (id != null) {
                            Optional<byte[]> digest = NewsDocuments.sha256(document);
                            if (digest.isPresent()) {
                                hashes.putDigest(id, digest.get());
                            } else {
                                hashes.put(id, NewsDocuments.hash(document));
                            }
                        }
                    }
                }
            }
        }
        return hashes;
    }

    @Override
    public Optional<float[]> storedVector(String id, String hash) throws IOException {
        return previous.isPresent() ? previous.get().byHash(hash) : Optional.empty();
    }

    @Override
    public void put(NewsItem item, String hash, Optional<float[]> vector) throws IOException {
        if (rebuilds) {
            // A rebuild starts from an empty index and the Indexer puts each id once: there is nothing to
            // replace, and a delete term per item would only be looked up in every segment flushed before it.
            writer.addDocuments(NewsDocuments.toDocuments(item, hash, vector));
            return;
        }
        writer.updateDocuments(new Term(NewsSchema.ITEM_REF, item.id()),
                NewsDocuments.toDocuments(item, hash, vector));
    }

    @Override
    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(NewsSchema.ITEM_REF, id));
    }

    @Override
    public void commit(IndexReport report) throws IOException {
        writer.setLiveCommitData(Map.of(
                COMMIT_TIME, Instant.now().toString(),
                COMMIT_SUMMARY, report.summary(),
                COMMIT_LAYOUT, LuceneSchema.LAYOUT_VERSION,
                COMMIT_VECTORS, vectorModel).entrySet());
        flushBuffers();
        writer.commit();
    }

    /**
     * Writes out the documents every indexing thread still holds, one buffer per core at a time. A commit writes
     * them one after the other on its own thread, which left the other cores idle at the end of every run (at
     * 20,000 pages, all of the run's segments were written so, an eighth of its work).
     */
    private void flushBuffers() throws IOException {
        int threads = Runtime.getRuntime().availableProcessors();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> flushes = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                flushes.add(pool.submit(() -> {
                    while (writer.flushNextBuffer()) {
                        // until no thread's buffer holds a document
                    }
                    return null;
                }));
            }
            for (Future<?> flush : flushes) {
                flush.get();
            }
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the index", e);
        }
    }

    @Override
    public void close() throws IOException {
        try (directory; Closeable old = previous.isPresent() ? previous.get() : null) {
            writer.close();
        }
    }
}

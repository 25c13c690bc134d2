package newssearch.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

import newssearch.item.ItemIds;
import newssearch.page.BadPageException;
import newssearch.page.PageReader;

/**
 * Brings the index in step with a corpus folder. Unchanged pages (same SHA-256) are left alone, changed ones
 * replaced by id, new ones added, and items whose file is gone deleted; a bad page is skipped with its reason.
 * Everything is committed once at the end, so a searcher sees the old index or the new one, never a mix, and a
 * crash mid-way leaves the previous commit intact.
 */
public final class Indexer {

    /** Commit user data: when the last reindex ended and its summary line. */
    public static final String COMMIT_TIME = "reindexTime";
    public static final String COMMIT_SUMMARY = "reindexSummary";
    /** Commit user data: the {@link NewsSchema#LAYOUT_VERSION} the index was written with. */
    public static final String COMMIT_LAYOUT = "layoutVersion";

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final Path corpus;
    private final Path indexDir;
    private final boolean full;

    private Indexer(Path corpus, Path indexDir, boolean full) {
        this.corpus = corpus;
        this.indexDir = indexDir;
        this.full = full;
    }

    /**
     * Indexes every page under {@code corpus} into {@code indexDir}.
     *
     * @param full rebuild from nothing instead of touching only what changed
     */
    public static IndexReport index(Path corpus, Path indexDir, boolean full) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new NoSuchFileException(corpus.toString(), null, "is not a folder of saved pages");
        }
        Files.createDirectories(indexDir);
        return new Indexer(corpus, indexDir, full).run();
    }

    private IndexReport run() throws IOException {
        long start = System.nanoTime();
        try (Directory dir = FSDirectory.open(indexDir)) {
            boolean rebuild = full || hasOtherLayout(dir);
            IndexWriterConfig config = new IndexWriterConfig(NewsSchema.indexAnalyzer())
                    .setOpenMode(rebuild
                            ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    // Only a finished run commits: a failure half-way must leave the previous commit as it was.
                    .setCommitOnClose(false);
            try (IndexWriter writer = openWriter(dir, config)) {
                return run(writer, rebuild, start);
            }
        }
    }

    /** Whether {@code dir} holds an index written with another field layout than this version's. */
    private static boolean hasOtherLayout(Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return false;
        }
        String layout = SegmentInfos.readLatestCommit(dir).getUserData().get(COMMIT_LAYOUT);
        if (NewsSchema.LAYOUT_VERSION.equals(layout)) {
            return false;
        }
        log.info("the index was written by another version of news-search (layout {}): rebuilding it whole",
                layout == null ? "1" : layout);
        return true;
    }

    private IndexReport run(IndexWriter writer, boolean rebuild, long start) throws IOException {
        Map<String, String> indexed = rebuild ? Map.of() : storedHashes(writer);
        Progress progress = new Progress();
        Map<String, String> firstFileByHash = new HashMap<>();
        Map<String, String> fileById = new HashMap<>();
        List<Path> files = pageFiles(progress.skipped);
        try (ParallelParser parser = new ParallelParser(writer, progress)) {
            for (Path file : files) {
                String relative = relative(file);
                byte[] bytes = read(file, relative, progress);
                if (bytes == null) {
                    continue;
                }
                String hash = sha256(bytes);
                String firstFile = firstFileByHash.putIfAbsent(hash, relative);
                if (firstFile != null) {
                    progress.duplicates.add(new SkippedPage(relative, "has the same content as " + firstFile
                            + ": indexed once, under " + firstFile));
                    continue;
                }
                String id = ItemIds.fromFile(relative);
                String sameId = fileById.putIfAbsent(id, relative);
                if (sameId != null) {
                    skip(progress.skipped, relative, "would have the same id (" + id + ") as " + sameId
                            + ": rename one of the two files");
                    continue;
                }
                String previous = indexed.get(id);
                if (hash.equals(previous)) {
                    progress.kept.add(id);
                    progress.unchanged.incrementAndGet();
                } else {
                    parser.submit(new PageBytes(relative, id, bytes, hash, previous != null));
                }
            }
        }
        int deleted = 0;
        for (String id : indexed.keySet()) {
            if (!progress.kept.contains(id)) {
                writer.deleteDocuments(new Term(NewsSchema.ID, id));
                deleted++;
            }
        }
        IndexReport report = new IndexReport(progress.added.get(), progress.updated.get(),
                progress.unchanged.get(), deleted, sorted(progress.skipped), progress.duplicates,
                progress.warnings.stream().sorted(Comparator.comparing(PageWarning::file)).toList(),
                progress.kept.size(), (System.nanoTime() - start) / 1_000_000);
        writer.setLiveCommitData(Map.of(
                COMMIT_TIME, Instant.now().toString(),
                COMMIT_SUMMARY, report.summary(),
                COMMIT_LAYOUT, NewsSchema.LAYOUT_VERSION).entrySet());
        writer.commit();
        log.info("reindex of {} into {} done: {}", corpus, indexDir, report.summary());
        return report;
    }

    /** The page's bytes, or null when it cannot be read (then it is reported as skipped). */
    private static byte[] read(Path file, String relative, Progress progress) {
        try {
            return PageReader.readBytes(file);
        } catch (BadPageException e) {
            skip(progress.skipped, relative, e.getMessage());
        } catch (NoSuchFileException e) {
            skip(progress.skipped, relative, "was deleted while indexing: nothing to do");
        } catch (AccessDeniedException e) {
            skip(progress.skipped, relative, "cannot be read (permission denied): make it readable and reindex");
        } catch (IOException e) {
            skip(progress.skipped, relative, "could not be read (" + e.getMessage() + "): check the file and reindex");
        }
        return null;
    }

    private static List<SkippedPage> sorted(List<SkippedPage> skipped) {
        return skipped.stream().sorted(Comparator.comparing(SkippedPage::file)).toList();
    }

    private static IndexWriter openWriter(Directory dir, IndexWriterConfig config) throws IOException {
        try {
            return new IndexWriter(dir, config);
        } catch (LockObtainFailedException e) {
            throw new IOException("another reindex is writing this index: wait for it to finish and try again", e);
        }
    }

    static void skip(List<SkippedPage> skipped, String file, String reason) {
        log.warn("skipped {}: {}", file, reason);
        skipped.add(new SkippedPage(file, reason));
    }

    /** The id and content hash of every item in the index, to tell changed pages from unchanged ones. */
    private static Map<String, String> storedHashes(IndexWriter writer) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Set<String> fields = Set.of(NewsSchema.ID, NewsSchema.HASH);
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                Bits live = leaf.getLiveDocs();
                StoredFields stored = leaf.storedFields();
                for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                    if (live == null || live.get(doc)) {
                        Document document = stored.document(doc, fields);
                        hashes.put(document.get(NewsSchema.ID), document.get(NewsSchema.HASH));
                    }
                }
            }
        }
        return hashes;
    }

    /** Regular files under the corpus in a stable order; hidden files and folders are not pages. */
    private List<Path> pageFiles(List<SkippedPage> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(corpus, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(corpus) && isHidden(dir)
                                ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (isHidden(file)) {
                            return FileVisitResult.CONTINUE;
                        }
                        if (attrs.isRegularFile()) {
                            files.add(file);
                        } else if (attrs.isSymbolicLink()) {
                            // Following links, a link is only reported as one when its target is missing.
                            skip(skipped, relative(file),
                                    "is a link to a file that does not exist: restore the file or remove the link");
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        String reason = e instanceof FileSystemLoopException
                                ? "is a link back to a folder above it (a loop): skipped; remove the link"
                                : "cannot be opened (" + e.getClass().getSimpleName() + "): check its permissions";
                        skip(skipped, relative(file), reason);
                        return FileVisitResult.CONTINUE;
                    }
                });
        files.sort(null);
        return files;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private String relative(Path file) {
        return corpus.relativize(file).toString().replace('\\', '/');
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

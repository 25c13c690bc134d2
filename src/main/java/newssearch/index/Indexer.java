package newssearch.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.item.ItemIds;
import newssearch.page.BadPageException;
import newssearch.page.PageReader;

/**
 * Brings an index in step with a corpus folder, whichever engine holds it. Unchanged pages (same SHA-256) are
 * left alone, changed ones replaced by id, new ones added, and items whose file is gone deleted; a bad page is
 * skipped with its reason, a page with the content of another is indexed once. The {@link IndexSink} carries the
 * changes out and commits once at the end, so a searcher sees the old index or the new one, never a mix.
 */
public final class Indexer {

    private static final Logger log = LoggerFactory.getLogger(Indexer.class);

    private final Path corpus;
    private final IndexSink sink;
    private final IndexProgress watcher;
    private final ItemVectors vectors;

    private Indexer(Path corpus, IndexSink sink, IndexProgress watcher, ItemVectors vectors) {
        this.corpus = corpus;
        this.sink = sink;
        this.watcher = watcher;
        this.vectors = vectors;
    }

    /**
     * Indexes every page under {@code corpus} into {@code sink}, without vectors, and commits; the caller closes
     * the sink.
     */
    public static IndexReport index(Path corpus, IndexSink sink) throws IOException {
        return index(corpus, sink, IndexProgress.NONE, ItemVectors.none());
    }

    /**
     * As {@link #index(Path, IndexSink)}, with each new or changed item's vector from {@code vectors}, telling
     * {@code watcher} after every page read.
     */
    public static IndexReport index(Path corpus, IndexSink sink, IndexProgress watcher, ItemVectors vectors)
            throws IOException {
        checkCorpus(corpus);
        return new Indexer(corpus, sink, watcher, vectors).run();
    }

    /** Fails with a message for people when {@code corpus} is no folder of pages. */
    public static void checkCorpus(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new NoSuchFileException(corpus.toString(), null, "is not a folder of saved pages");
        }
    }

    private IndexReport run() throws IOException {
        long start = System.nanoTime();
        StoredHashes indexed = sink.rebuilds() ? new StoredHashes() : sink.storedHashes();
        Progress progress = new Progress(indexed.size());
        CorpusFiles files = CorpusFiles.list(corpus, progress.skipped);
        int total = files.size();
        FirstFiles firstFiles = new FirstFiles(files);
        boolean withVectors = vectors.model().isPresent();
        try (ParallelParser parser = new ParallelParser(sink, vectors, progress)) {
            for (int file = 0; file < total; file++) {
                if (withVectors) {
                    watcher.itemsEmbedded(vectors.embedded());
                }
                watcher.pagesRead(file, total);
                String relative = files.relative(file);
                byte[] bytes = read(files.path(file), relative, progress);
                if (bytes == null) {
                    continue;
                }
                byte[] digest = sha256(bytes);
                int firstFile = firstFiles.sameContent(file, digest);
                if (firstFile >= 0) {
                    String first = files.relative(firstFile);
                    progress.duplicates.add(new SkippedPage(relative, "has the same content as " + first
                            + ": indexed once, under " + first));
                    continue;
                }
                String id = ItemIds.fromFile(relative);
                int sameId = firstFiles.sameId(file, id);
                if (sameId >= 0) {
                    skip(progress.skipped, relative, "would have the same id (" + id + ") as "
                            + files.relative(sameId) + ": rename one of the two files");
                    continue;
                }
                int stored = indexed.position(id);
                if (stored >= 0 && indexed.hasDigest(stored, digest)) {
                    progress.keep(stored);
                    progress.unchanged.incrementAndGet();
                } else {
                    parser.submit(new PageBytes(relative, bytes, HexFormat.of().formatHex(digest), stored,
                            stored >= 0 && indexed.hasHash(stored)));
                }
            }
            watcher.pagesRead(total, total);
        }
        int deleted = 0;
        for (int stored = 0; stored < indexed.size(); stored++) {
            if (!progress.isKept(stored)) {
                sink.delete(indexed.id(stored));
                deleted++;
            }
        }
        IndexReport report = new IndexReport(progress.added.get(), progress.updated.get(),
                progress.unchanged.get(), deleted, sorted(progress.skipped), progress.duplicates,
                progress.warnings.stream().sorted(Comparator.comparing(PageWarning::file)).toList(),
                progress.documents(), (System.nanoTime() - start) / 1_000_000, withVectors, vectors.embedded(),
                vectors.reused());
        sink.commit(report);
        // The command prints the summary and each skipped page on standard output; a log line would say it again.
        log.debug("reindex of {} into {} done: {}", corpus, sink.describe(), report.summary());
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

    static void skip(List<SkippedPage> skipped, String file, String reason) {
        log.debug("skipped {}: {}", file, reason);
        skipped.add(new SkippedPage(file, reason));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

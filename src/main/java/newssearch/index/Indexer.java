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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

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

    private Indexer(Path corpus, IndexSink sink, IndexProgress watcher) {
        this.corpus = corpus;
        this.sink = sink;
        this.watcher = watcher;
    }

    /** Indexes every page under {@code corpus} into {@code sink} and commits; the caller closes the sink. */
    public static IndexReport index(Path corpus, IndexSink sink) throws IOException {
        return index(corpus, sink, IndexProgress.NONE);
    }

    /** As {@link #index(Path, IndexSink)}, telling {@code watcher} after every page read. */
    public static IndexReport index(Path corpus, IndexSink sink, IndexProgress watcher) throws IOException {
        checkCorpus(corpus);
        return new Indexer(corpus, sink, watcher).run();
    }

    /** Fails with a message for people when {@code corpus} is no folder of pages. */
    public static void checkCorpus(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) {
            throw new NoSuchFileException(corpus.toString(), null, "is not a folder of saved pages");
        }
    }

    private IndexReport run() throws IOException {
        long start = System.nanoTime();
        Map<String, String> indexed = sink.rebuilds() ? Map.of() : sink.storedHashes();
        Progress progress = new Progress();
        Map<String, String> firstFileByHash = new HashMap<>();
        Map<String, String> fileById = new HashMap<>();
        List<Path> files = pageFiles(progress.skipped);
        try (ParallelParser parser = new ParallelParser(sink, progress)) {
            int done = 0;
            for (Path file : files) {
                watcher.pagesRead(done++, files.size());
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
            watcher.pagesRead(done, files.size());
        }
        int deleted = 0;
        for (String id : indexed.keySet()) {
            if (!progress.kept.contains(id)) {
                sink.delete(id);
                deleted++;
            }
        }
        IndexReport report = new IndexReport(progress.added.get(), progress.updated.get(),
                progress.unchanged.get(), deleted, sorted(progress.skipped), progress.duplicates,
                progress.warnings.stream().sorted(Comparator.comparing(PageWarning::file)).toList(),
                progress.kept.size(), (System.nanoTime() - start) / 1_000_000);
        sink.commit(report);
        log.info("reindex of {} into {} done: {}", corpus, sink.describe(), report.summary());
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
        log.warn("skipped {}: {}", file, reason);
        skipped.add(new SkippedPage(file, reason));
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

package newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.item.NewsItem;
import newssearch.item.NewsItemParser;
import newssearch.page.BadPageException;
import newssearch.page.PageReader;

/**
 * Parses, extracts and adds pages on every core: extraction costs more than Lucene's indexing, and IndexWriter
 * takes documents from many threads. A short queue keeps memory bounded; when it is full the reading thread
 * parses the page itself.
 */
final class ParallelParser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParallelParser.class);

    private final IndexSink sink;
    private final Progress progress;
    private final ThreadPoolExecutor pool;
    private final AtomicReference<IOException> failure = new AtomicReference<>();

    ParallelParser(IndexSink sink, Progress progress) {
        this.sink = sink;
        this.progress = progress;
        int threads = Runtime.getRuntime().availableProcessors();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(threads * 4), runnable -> {
                    Thread thread = new Thread(runnable, "page-parser");
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
    }

    void submit(PageBytes page) throws IOException {
        rethrowFailure();
        pool.execute(() -> index(page));
    }

    private void index(PageBytes page) {
        if (failure.get() != null) {
            return;
        }
        try {
            NewsItem item = NewsItemParser.parse(PageReader.parse(page.file(), page.bytes()), page.file());
            sink.put(item, page.hash());
            if (item.contentType().isEmpty()) {
                progress.warnings.add(new PageWarning(page.file(), "has no content-type line (News Item, Press "
                        + "Release): indexed with its first article line as the title"));
            }
            progress.kept.add(page.id());
            (page.replaces() ? progress.updated : progress.added).incrementAndGet();
            log.debug("indexed {}", page.file());
        } catch (BadPageException e) {
            Indexer.skip(progress.skipped, page.file(), e.getMessage());
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        } catch (UncheckedIOException e) {
            failure.compareAndSet(null, e.getCause());
        } catch (RuntimeException e) {
            // A page this code cannot handle is a bug to report, not a reason to lose the rest of the run.
            log.debug("extracting or indexing {} failed", page.file(), e);
            Indexer.skip(progress.skipped, page.file(), "could not be indexed (" + e.getMessage()
                    + "): please report this page");
        }
    }

    /** Waits for every submitted page; the index's own failures (a full disk) are thrown here. */
    @Override
    public void close() throws IOException {
        pool.shutdown();
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                log.info("still parsing pages...");
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() throws IOException {
        IOException e = failure.get();
        if (e != null) {
            throw e;
        }
    }
}

package newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.item.NewsItem;
import newssearch.item.extract.NewsItemParser;
import newssearch.page.BadPageException;
import newssearch.page.PageReader;

/**
 * Parses, extracts, embeds and adds pages on every core: extraction and embedding cost more than Lucene's
 * indexing, and IndexWriter takes documents from many threads. A short queue keeps memory bounded; when it is full
 * the reading thread waits. It never parses a page itself: the thread that adds the document that fills
 * IndexWriter's buffer writes the buffer out as a segment (seconds), and the reading thread doing so left the
 * parsers without pages meanwhile. One parser more than there are cores keeps every core busy while one of them
 * writes a segment.
 */
final class ParallelParser implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ParallelParser.class);

    private final IndexSink sink;
    private final ItemVectors vectors;
    private final Progress progress;
    private final ThreadPoolExecutor pool;
    /** A page read and not yet indexed holds one: it bounds the pages in memory. */
    private final Semaphore waiting;
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    /** Whether the reading thread has thrown the failure already; only that thread reads and writes it. */
    private boolean thrown;

    ParallelParser(IndexSink sink, ItemVectors vectors, Progress progress) {
        this.sink = sink;
        this.vectors = vectors;
        this.progress = progress;
        int cores = Runtime.getRuntime().availableProcessors();
        int threads = cores + 1;
        this.waiting = new Semaphore(cores * 4 + threads);
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "page-parser");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    void submit(PageBytes page) throws IOException {
        rethrowFailure();
        try {
            waiting.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        }
        pool.execute(() -> {
            try {
                index(page);
            } finally {
                waiting.release();
            }
        });
    }

    private void index(PageBytes page) {
        if (failure.get() != null) {
            return;
        }
        NewsItem item;
        try {
            item = NewsItemParser.parse(PageReader.parse(page.file(), page.bytes()), page.file());
        } catch (BadPageException e) {
            Indexer.skip(progress.skipped, page.file(), e.getMessage());
            return;
        } catch (RuntimeException e) {
            // A page this code cannot handle is a bug to report, not a reason to lose the rest of the run.
            log.debug("extracting {} failed", page.file(), e);
            Indexer.skip(progress.skipped, page.file(), "could not be indexed (" + e.getMessage()
                    + "): please report this page");
            return;
        }
        try {
            // Embedding costs more than extraction (about 0.1 s an item on one core): done here, on every core.
            sink.put(item, page.hash(), vectors.of(item, page.hash(), sink));
        } catch (IOException | RuntimeException e) {
            // The index failed, not the page (a full disk, and then a closed writer for every page after):
            // the run stops with the first failure.
            failure.compareAndSet(null, e);
            return;
        }
        if (item.contentType().isEmpty()) {
            progress.warnings.add(new PageWarning(page.file(), "has no content-type line (News Item, Press "
                    + "Release): indexed with its first article line as the title"));
        }
        if (page.stored() >= 0) {
            progress.keep(page.stored());
        }
        (page.replaces() ? progress.updated : progress.added).incrementAndGet();
        log.debug("indexed {}", page.file());
    }

    /** Waits for every submitted page; the index's own failures (a full disk) are thrown here unless {@link #submit} threw them. */
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

    /**
     * Throws the index's failure once: {@code close} after a failed {@code submit} must not throw the same
     * exception again, which try-with-resources would add to itself as suppressed.
     */
    private void rethrowFailure() throws IOException {
        Exception e = failure.get();
        if (e == null || thrown) {
            return;
        }
        thrown = true;
        if (e instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
        }
        if (e instanceof IOException io) {
            throw io;
        }
        throw (RuntimeException) e;
    }
}

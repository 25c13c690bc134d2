package newssearch.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * An index still being opened on another thread: every call waits until it is open, then goes to it. The web
 * server starts while the index opens (each takes a good part of a second on a large index, and a machine has
 * more than one core), so the first search is answered sooner; a call made before the index is open waits for
 * it instead of failing.
 */
public final class OpeningSearch implements NewsSearch {

    /** Opens an index; what {@link OpeningSearch} runs in the background. */
    @FunctionalInterface
    public interface Opener {
        NewsSearch open() throws IOException;
    }

    private final CompletableFuture<NewsSearch> opening;

    private OpeningSearch(CompletableFuture<NewsSearch> opening) {
        this.opening = opening;
    }

    /** Starts opening with {@code opener} on a thread of its own and returns at once. */
    public static OpeningSearch start(Opener opener) {
        CompletableFuture<NewsSearch> opening = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                opening.complete(opener.open());
            } catch (Throwable e) {
                // Even an Error (out of memory, no thread to start) must end the wait of every search.
                opening.completeExceptionally(e);
            }
        }, "index-opener");
        thread.setDaemon(true);
        thread.start();
        return new OpeningSearch(opening);
    }

    /** The open index, waiting for it; what opening it threw, as it was thrown. */
    public NewsSearch opened() throws IOException {
        try {
            return opening.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the index was being opened");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("opening the index failed", e.getCause());
        }
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return opened().search(request);
    }

    @Override
    public QuoteResult quotes(SearchRequest request) throws IOException {
        return opened().quotes(request);
    }

    @Override
    public Optional<ItemView> item(String id) throws IOException {
        return opened().item(id);
    }

    @Override
    public List<String> suggest(String prefix, int count) throws IOException {
        return opened().suggest(prefix, count);
    }

    @Override
    public IndexStats stats() throws IOException {
        return opened().stats();
    }

    @Override
    public Health health() throws IOException {
        return opened().health();
    }

    @Override
    public int export(SearchRequest request, int limit, ItemSink sink) throws IOException {
        return opened().export(request, limit, sink);
    }

    /** Closes the index once it is open; one that failed to open has nothing to close. */
    @Override
    public void close() throws IOException {
        NewsSearch search;
        try {
            search = opened();
        } catch (IOException | RuntimeException failedToOpen) {
            return;
        }
        search.close();
    }
}

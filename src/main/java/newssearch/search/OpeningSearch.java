package newssearch.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

import newssearch.item.NewsItem;

/**
 * An index still being opened on another thread: every call waits until it is open, then goes to it. The web
 * server starts while the index opens (each takes a good part of a second on a large index, and a machine has
 * more than one core), so the first search is answered sooner; a call made before the index is open waits for
 * it instead of failing. It also knows whether a call is under way, so that work nobody waits for (warming the
 * index up) can stand aside for the calls people wait for.
 */
public final class OpeningSearch implements NewsSearch {

    /** Opens an index; what {@link OpeningSearch} runs in the background. */
    @FunctionalInterface
    public interface Opener {
        NewsSearch open() throws IOException;
    }

    private final CompletableFuture<NewsSearch> opening;
    /** Calls under way, those still waiting for the opening included; guarded by {@code this}. */
    private int callsUnderWay;

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

    /** Whether a call is under way or waiting for the opening. */
    public synchronized boolean busy() {
        return callsUnderWay > 0;
    }

    /** Waits until no call is under way (at once when none is). */
    public synchronized void awaitIdle() throws InterruptedException {
        while (callsUnderWay > 0) {
            wait();
        }
    }

    /** One call to the open index, counted while it waits and runs. */
    @FunctionalInterface
    private interface Call<T> {
        T on(NewsSearch search) throws IOException;
    }

    private <T> T call(Call<T> call) throws IOException {
        synchronized (this) {
            callsUnderWay++;
        }
        try {
            return call.on(opened());
        } finally {
            synchronized (this) {
                if (--callsUnderWay == 0) {
                    notifyAll();
                }
            }
        }
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return call(search -> search.search(request));
    }

    @Override
    public QuoteResult quotes(SearchRequest request) throws IOException {
        return call(search -> search.quotes(request));
    }

    @Override
    public Optional<ItemView> item(String id) throws IOException {
        return call(search -> search.item(id));
    }

    @Override
    public List<String> suggest(String prefix, int count) throws IOException {
        return call(search -> search.suggest(prefix, count));
    }

    @Override
    public IndexStats stats() throws IOException {
        return call(NewsSearch::stats);
    }

    @Override
    public Health health() throws IOException {
        return call(NewsSearch::health);
    }

    @Override
    public boolean holdsVectors() throws IOException {
        return call(NewsSearch::holdsVectors);
    }

    @Override
    public int export(SearchRequest request, int limit, ItemSink sink) throws IOException {
        return call(search -> search.export(request, limit, sink));
    }

    @Override
    public List<NewsItem> itemsNaming(String personKey) throws IOException {
        return call(search -> search.itemsNaming(personKey));
    }

    @Override
    public List<ItemPeople> itemPeople(String personKey) throws IOException {
        return call(search -> search.itemPeople(personKey));
    }

    @Override
    public List<NewsItem> itemsWithOffice(String office) throws IOException {
        return call(search -> search.itemsWithOffice(office));
    }

    @Override
    public void holdings(String office, Consumer<Holding> each) throws IOException {
        call(search -> {
            search.holdings(office, each);
            return null;
        });
    }

    @Override
    public List<String> offices() throws IOException {
        return call(NewsSearch::offices);
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

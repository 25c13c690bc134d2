package newssearch.search;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.embedding.Embedder;
import newssearch.embedding.Embedding;
import newssearch.embedding.ModelUnavailableException;

/**
 * The embedding model as searches see it: loaded once per process, in the background, on the first search that
 * wants it (or when the server starts), so that keyword searches answer while it loads. Until it is ready, a search
 * in the default mode answers by its words and says so; one that asks for semantic search alone is refused with
 * the reason. A model that cannot load leaves keyword search serving, with one log line saying why.
 */
public final class SemanticModel {

    private static final Logger log = LoggerFactory.getLogger(SemanticModel.class);

    /** Every search of this process shares one model: it takes a second and 150 MB to load. */
    private static final SemanticModel SHARED = new SemanticModel();

    private final AtomicReference<CompletableFuture<Embedder>> loading = new AtomicReference<>();

    private SemanticModel() {
    }

    public static SemanticModel shared() {
        return SHARED;
    }

    /**
     * Whether a request has a meaning to search by: words, not a blank query nor one of operators alone, which
     * would make every item near.
     */
    public static boolean hasMeaning(SearchRequest request, UserQuery parsed) {
        return request.hasQuery() && !(parsed instanceof UserQuery.Nothing);
    }

    /**
     * Whether the query is plain words (with their proximity lift), which put no limit on the items found by
     * meaning; any syntax (a phrase, a field, an exclusion, OR) does, as it keeps its strict meaning in every mode.
     */
    public static boolean isPlain(UserQuery parsed) {
        UserQuery words = ProximityClause.of(parsed).map(ProximityClause::words).orElse(parsed);
        return words instanceof UserQuery.Word word && word.field().isEmpty() || words instanceof UserQuery.Words;
    }

    /** Starts loading the model in the background, if nothing has started it yet. */
    public void startLoading() {
        if (loading.get() != null) {
            return;
        }
        CompletableFuture<Embedder> future = new CompletableFuture<>();
        if (!loading.compareAndSet(null, future)) {
            return;
        }
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                Embedder embedder = Embedder.load();
                log.info("embedding model {} loaded in {} ms", embedder.modelName(),
                        (System.nanoTime() - start) / 1_000_000);
                future.complete(embedder);
            } catch (ModelUnavailableException | RuntimeException | LinkageError e) {
                log.warn("semantic search is off: {}", e.getMessage());
                future.completeExceptionally(e);
            }
        }, "embedding-model-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Loads the model now and waits until it is ready or has failed, for a command that searches by meaning
     * right away (the server starts loading instead, and answers by words meanwhile).
     */
    public void awaitLoaded() {
        startLoading();
        try {
            loading.get().join();
        } catch (RuntimeException failed) {
            // Logged where it failed; searches say why.
        }
    }

    /**
     * "ready", "loading" or "unavailable: why", for {@code /health}; "not loaded" before any search needed it (an
     * index without vectors never does).
     */
    public String status() {
        CompletableFuture<Embedder> future = loading.get();
        if (future == null) {
            return "not loaded";
        }
        if (!future.isDone()) {
            return "loading";
        }
        return future.isCompletedExceptionally() ? "unavailable: " + failure() : "ready";
    }

    /** The query's embedding, or empty while the model loads or when it cannot; starts loading it if need be. */
    public Optional<Embedding> embedQuery(String text) {
        startLoading();
        CompletableFuture<Embedder> future = loading.get();
        if (!future.isDone() || future.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(future.join().query(text));
    }

    /** Why semantic search cannot answer now, in words for the person who asked. */
    public String unavailableReason() {
        String status = status();
        return status.equals("loading") || status.equals("not loaded")
                ? "the embedding model is still loading: try again in a few seconds, or search with mode=keyword"
                : "semantic search is " + status + ": search with mode=keyword";
    }

    private String failure() {
        try {
            loading.get().join();
            return "";
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause.getMessage();
        }
    }
}

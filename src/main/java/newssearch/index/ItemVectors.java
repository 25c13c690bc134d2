package newssearch.index;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.embedding.EmbeddedText;
import newssearch.embedding.Embedder;
import newssearch.embedding.ModelUnavailableException;
import newssearch.item.NewsItem;

/**
 * The vectors a reindex writes: none when it was asked for none or the model cannot run here, else each item's
 * embedding, taken from the index it replaces when the page is unchanged (a full rebuild) and computed otherwise.
 * The model loads when the first item needs it: a reindex of an unchanged folder never loads it. Counts what it
 * embedded and reused; parsing threads call it at once.
 */
public final class ItemVectors implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ItemVectors.class);

    private final Optional<String> model;
    private Embedder embedder;
    private final AtomicInteger embedded = new AtomicInteger();
    private final AtomicInteger reused = new AtomicInteger();

    private ItemVectors(Optional<String> model) {
        this.model = model;
    }

    /** No vectors. */
    public static ItemVectors none() {
        return new ItemVectors(Optional.empty());
    }

    /**
     * Vectors when {@code settings} ask for them and the model can run here; when it cannot, one WARN line says why
     * and the run goes on without.
     */
    public static ItemVectors load(IndexSettings settings) {
        if (!settings.vectors()) {
            return none();
        }
        try {
            Embedder.check();
            return new ItemVectors(Optional.of(Embedder.MODEL));
        } catch (ModelUnavailableException e) {
            log.warn("indexing without vectors (no semantic search): {}", e.getMessage());
            return none();
        }
    }

    /** The embedding model's name, empty when this run writes no vectors. */
    public Optional<String> model() {
        return model;
    }

    private synchronized Embedder embedder() throws IOException {
        if (embedder == null) {
            long start = System.nanoTime();
            embedder = Embedder.load();
            log.info("embedding model {} loaded in {} ms", embedder.modelName(),
                    (System.nanoTime() - start) / 1_000_000);
        }
        return embedder;
    }

    /** The vector of {@code item}: the old index's for the same page content, else a new embedding. */
    Optional<float[]> of(NewsItem item, String hash, IndexSink sink) throws IOException {
        if (model.isEmpty()) {
            return Optional.empty();
        }
        Optional<float[]> stored = sink.storedVector(item.id(), hash);
        if (stored.isPresent()) {
            reused.incrementAndGet();
            return stored;
        }
        float[] vector = embedder().passage(EmbeddedText.of(item)).vector();
        embedded.incrementAndGet();
        return Optional.of(vector);
    }

    /** How many items were embedded so far. */
    int embedded() {
        return embedded.get();
    }

    int reused() {
        return reused.get();
    }

    @Override
    public synchronized void close() {
        if (embedder != null) {
            embedder.close();
        }
    }
}

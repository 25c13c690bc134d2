package newssearch.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

import newssearch.item.NewsItem;

/**
 * Where a reindex writes: an embedded Lucene index or a SolrCloud collection. The {@link Indexer} decides what
 * to add, replace and delete; the sink only carries it out, and makes the whole run visible at once on
 * {@link #commit}. Closing a sink that has not committed leaves what searchers see as it was, as far as its
 * engine allows.
 */
public interface IndexSink extends Closeable {

    /** Where this sink writes, for messages ("index/", "collection news on http://..."). */
    String describe();

    /** Whether this run starts from an empty index (asked for, or the old one has another field layout). */
    boolean rebuilds();

    /** The id and content hash of every item the index holds now; not asked when {@link #rebuilds()}. */
    StoredHashes storedHashes() throws IOException;

    /**
     * The vector of the item with this id and page hash in the index this run replaces, if it holds one made by
     * the same model: a full rebuild takes it instead of embedding an unchanged page again. Called from several
     * threads at once.
     */
    default Optional<float[]> storedVector(String id, String hash) throws IOException {
        return Optional.empty();
    }

    /**
     * Adds the item with its embedding (none when the run writes no vectors), or replaces the one with its id.
     * Called from several threads at once.
     */
    void put(NewsItem item, String hash, Optional<float[]> vector) throws IOException;

    /** Removes the item with this id. */
    void delete(String id) throws IOException;

    /** Makes every change of this run visible at once, with the run's summary. */
    void commit(IndexReport report) throws IOException;
}

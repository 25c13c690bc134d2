package newssearch.index;

import java.io.Closeable;
import java.io.IOException;

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

    /** Adds the item, or replaces the one with its id. Called from several threads at once. */
    void put(NewsItem item, String hash) throws IOException;

    /** Removes the item with this id. */
    void delete(String id) throws IOException;

    /** Makes every change of this run visible at once, with the run's summary. */
    void commit(IndexReport report) throws IOException;
}

package newssearch.bench;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import newssearch.index.IndexReport;
import newssearch.index.IndexSink;
import newssearch.index.StoredHashes;
import newssearch.item.NewsItem;

/**
 * A sink that keeps nothing: the {@link newssearch.index.Indexer} with it reads, hashes and extracts every page on
 * the threads it always uses, so its time is news-search's indexing without the index. Beside the raw Lucene
 * baseline, that says how close to the baseline any index news-search writes can come.
 */
final class DiscardingSink implements IndexSink {

    private final AtomicInteger items = new AtomicInteger();

    int items() {
        return items.get();
    }

    @Override
    public String describe() {
        return "no index (items discarded)";
    }

    @Override
    public boolean rebuilds() {
        return true;
    }

    @Override
    public StoredHashes storedHashes() {
        return new StoredHashes();
    }

    @Override
    public void put(NewsItem item, String hash, Optional<float[]> vector) {
        items.incrementAndGet();
    }

    @Override
    public void delete(String id) {
    }

    @Override
    public void commit(IndexReport report) {
    }

    @Override
    public void close() {
    }
}

package newssearch.lucene;

import java.io.IOException;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

import newssearch.search.IndexDamagedException;

/**
 * Looks for damage when a search fails unexpectedly. Lucene verifies checksums when it opens and merges files,
 * not on every read, so a file damaged under a running server shows as odd failures (an index out of bounds, a
 * failed assertion); then the checksums of every file of the reader are verified, once per reader, and a reader
 * found damaged answers every later request with {@link IndexDamagedException} until a reindex replaces it.
 */
final class DamageWatch {

    private final String indexName;
    private IndexReader examined;
    private String damage;

    DamageWatch(String indexName) {
        this.indexName = indexName;
    }

    /** Throws when {@code reader} was found damaged before. */
    synchronized void throwIfDamaged(IndexReader reader) {
        if (reader == examined && damage != null) {
            throw new IndexDamagedException(indexName, damage, null);
        }
    }

    /** After {@code failure} while searching {@code reader}: throws {@link IndexDamagedException} if it is damage. */
    void examine(IndexReader reader, Throwable failure) {
        IndexDamage.throwIfDamaged(indexName, failure);
        String found;
        synchronized (this) {
            if (reader != examined) {
                examined = reader;
                damage = verifyChecksums(reader).orElse(null);
            }
            found = damage;
        }
        if (found != null) {
            throw new IndexDamagedException(indexName, found, failure);
        }
    }

    private static Optional<String> verifyChecksums(IndexReader reader) {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(IndexDamage.reason(e).orElse(e.toString()));
        }
    }
}

package newssearch.lucene;

import java.io.EOFException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;

import newssearch.search.IndexDamagedException;

/** Tells Lucene's signs of damaged index files from other failures, and words them for people. */
final class IndexDamage {

    private IndexDamage() {
    }

    /** What is damaged, in a few words, when {@code failure} or one of its causes says the files are. */
    static Optional<String> reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CorruptIndexException corrupt) {
                // The message may quote the damaged bytes themselves.
                return Optional.of(corrupt.getOriginalMessage().replaceAll("[\\p{Cntrl}\uFFFD]", "?"));
            }
            if (t instanceof IndexFormatTooOldException || t instanceof IndexFormatTooNewException) {
                return Optional.of("written by a version of Lucene this one cannot read");
            }
            if (t instanceof EOFException) {
                return Optional.of("a file ends too early: it was truncated");
            }
            // A segment's files start with '_' (_0.cfs, _3_Lucene912_0.doc); a missing folder is no damage.
            if (t instanceof NoSuchFileException missing && missing.getFile() != null
                    && Path.of(missing.getFile()).getFileName().toString().startsWith("_")) {
                return Optional.of("a file of the index is missing: " + Path.of(missing.getFile()).getFileName());
            }
        }
        return Optional.empty();
    }

    /** Throws {@link IndexDamagedException} when {@code failure} says the index in {@code where} is damaged. */
    static void throwIfDamaged(String where, Throwable failure) {
        Optional<String> reason = reason(failure);
        if (reason.isPresent()) {
            throw new IndexDamagedException(where, reason.get(), failure);
        }
    }
}

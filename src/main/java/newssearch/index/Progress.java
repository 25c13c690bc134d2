package newssearch.index;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** What a reindex has done so far; parsing threads add to it concurrently. */
final class Progress {

    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final List<SkippedPage> skipped = Collections.synchronizedList(new ArrayList<>());
    final List<SkippedPage> duplicates = new ArrayList<>();
    final List<PageWarning> warnings = Collections.synchronizedList(new ArrayList<>());
    /** Which items of the index at the start it keeps (unchanged or replaced), by their {@link StoredHashes} place. */
    private final BitSet kept;

    Progress(int stored) {
        kept = new BitSet(stored);
    }

    synchronized void keep(int stored) {
        kept.set(stored);
    }

    synchronized boolean isKept(int stored) {
        return kept.get(stored);
    }

    /**
     * How many items the index holds after the run: each page put or left unchanged has an id of its own, as the
     * indexer puts no id twice.
     */
    int documents() {
        return added.get() + updated.get() + unchanged.get();
    }
}

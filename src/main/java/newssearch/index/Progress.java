package newssearch.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What a reindex has done so far; parsing threads add to it concurrently. */
final class Progress {

    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    /** Ids of the items the index keeps: unchanged, replaced or added in this run. */
    final Set<String> kept = ConcurrentHashMap.newKeySet();
    final List<SkippedPage> skipped = Collections.synchronizedList(new ArrayList<>());
    final List<SkippedPage> duplicates = new ArrayList<>();
    final List<PageWarning> warnings = Collections.synchronizedList(new ArrayList<>());
}

package newssearch.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.Map;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap high-water marks of this JVM while a job runs: the most heap in use just before a collection
 * (what the job made the JVM hold) and the most still in use right after one (its live data).
 */
final class HeapWatch {

    private long peakBeforeGc;
    private long peakAfterGc;

    private HeapWatch() {
    }

    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    watch.record(used(info.getGcInfo().getMemoryUsageBeforeGc()),
                            used(info.getGcInfo().getMemoryUsageAfterGc()));
                }
            }, null, null);
        }
        return watch;
    }

    private synchronized void record(long before, long after) {
        peakBeforeGc = Math.max(peakBeforeGc, before);
        peakAfterGc = Math.max(peakAfterGc, after);
    }

    /** Peak heap in use, MB, including what the job still held at its end. */
    synchronized double peakMb() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(peakBeforeGc, now) / 1e6;
    }

    /** Peak heap in use right after a collection, MB; old-generation garbage counts until a full collection. */
    synchronized double peakLiveMb() {
        return peakAfterGc / 1e6;
    }

    private static long used(Map<String, MemoryUsage> pools) {
        long used = 0;
        for (var entry : pools.entrySet()) {
            String pool = entry.getKey();
            // Heap pools only: metaspace and code cache are not the job's data.
            if (!pool.contains("Metaspace") && !pool.contains("Code") && !pool.contains("Class")) {
                used += entry.getValue().getUsed();
            }
        }
        return used;
    }
}

package newssearch.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request latencies of one measured phase, and the figures the report shows of them. */
final class Latencies {

    private final long[] nanos;
    private int count;
    private int errors;
    private int refused;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    synchronized void add(long latencyNanos) {
        if (count < nanos.length) {
            nanos[count++] = latencyNanos;
        }
    }

    synchronized void error() {
        errors++;
    }

    synchronized int count() {
        return count;
    }

    /** A request the server refused with 503 to shed load: not an error, and not timed with the answers. */
    synchronized void refused() {
        refused++;
    }

    synchronized int errors() {
        return errors;
    }

    /** Milliseconds at the quantile {@code q} (0.5, 0.99), nearest rank. */
    synchronized double percentileMs(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
    }

    /** count, errors, p50/p95/p99/max in ms, and requests per second over {@code elapsedNanos}. */
    synchronized Map<String, Object> summary(long elapsedNanos) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("requests", count);
        summary.put("errors", errors);
        summary.put("refused503", refused);
        summary.put("p50Ms", round(percentileMs(0.50)));
        summary.put("p95Ms", round(percentileMs(0.95)));
        summary.put("p99Ms", round(percentileMs(0.99)));
        summary.put("maxMs", round(percentileMs(1.0)));
        summary.put("perSecond", round(count / (elapsedNanos / 1e9)));
        summary.put("seconds", round(elapsedNanos / 1e9));
        return summary;
    }

    static double round(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return value;
        }
        return Math.round(value * 100) / 100.0;
    }
}

package newssearch.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the query mix through one way of searching (in-process or over HTTP), serially or from several threads,
 * and times every request. Every loop is bounded twice: by a request count and by a deadline.
 */
final class LoadRunner {

    /** One search; returns normally when it answered, throws when it failed. */
    @FunctionalInterface
    interface Search {
        void run(QueryMix.Query query, int page) throws Exception;
    }

    /** A measured phase: all latencies, latencies per query kind, and how long the phase took. */
    record Phase(Latencies all, Map<QueryMix.Kind, Latencies> byKind, long elapsedNanos) {

        Map<String, Object> summary() {
            Map<String, Object> summary = all.summary(elapsedNanos);
            Map<String, Object> kinds = new LinkedHashMap<>();
            byKind.forEach((kind, latencies) -> kinds.put(kind.name().toLowerCase(), Map.of(
                    "p50Ms", Latencies.round(latencies.percentileMs(0.5)),
                    "p99Ms", Latencies.round(latencies.percentileMs(0.99)))));
            summary.put("byKind", kinds);
            return summary;
        }
    }

    private final List<QueryMix.Query> mix;
    private final Search search;

    LoadRunner(List<QueryMix.Query> mix, Search search) {
        this.mix = List.copyOf(mix);
        this.search = search;
    }

    /**
     * {@code requests} searches in all from {@code threads} threads, cycling through the mix (and through
     * result pages 1 to {@code pages}), stopping early at {@code maxSeconds}.
     */
    Phase run(int threads, int requests, int pages, double maxSeconds) throws InterruptedException {
        Latencies all = new Latencies(requests);
        Map<QueryMix.Kind, Latencies> byKind = new EnumMap<>(QueryMix.Kind.class);
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            byKind.put(kind, new Latencies(requests));
        }
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + (long) (maxSeconds * 1e9);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                int n;
                while ((n = next.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    QueryMix.Query query = mix.get(n % mix.size());
                    int page = 1 + (n / mix.size()) % pages;
                    long begin = System.nanoTime();
                    try {
                        search.run(query, page);
                        long took = System.nanoTime() - begin;
                        all.add(took);
                        byKind.get(query.kind()).add(took);
                    } catch (ServerProcess.Refused e) {
                        all.refused();
                    } catch (Exception e) {
                        all.error();
                        if (all.errors() <= 3) {
                            System.err.println("bench: request failed: " + query.label() + ": " + e);
                        }
                    }
                }
            }, "bench-client-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return new Phase(all, byKind, System.nanoTime() - start);
    }
}

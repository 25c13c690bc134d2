package newssearch.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import newssearch.index.IndexReport;
import newssearch.index.Indexer;
import newssearch.lucene.LuceneBackend;

/**
 * One indexing run in its own JVM, so that its heap and time are its own: {@code ours} runs the real
 * {@link Indexer} over the saved pages, {@code extract} the same without an index ({@link DiscardingSink}),
 * {@code baseline} raw Lucene over the split file. Prints one JSON line.
 *
 * <pre>IndexJob ours|extract|baseline CORPUS_ROOT PAGES SEED INDEX_DIR</pre>
 */
public final class IndexJob {

    private IndexJob() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        SyntheticCorpus corpus = new SyntheticCorpus(Path.of(args[1]), Integer.parseInt(args[2]),
                Long.parseLong(args[3]));
        Path indexDir = Path.of(args[4]);
        SyntheticCorpus.deleteTree(indexDir);
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        if (kind.equals("ours")) {
            IndexReport report = LuceneBackend.index(corpus.pagesDir(), indexDir, true);
            result.put("documents", report.documents());
            result.put("skipped", report.skipped().size());
            result.put("duplicates", report.duplicates().size());
        } else if (kind.equals("extract")) {
            DiscardingSink sink = new DiscardingSink();
            IndexReport report = Indexer.index(corpus.pagesDir(), sink);
            result.put("documents", sink.items());
            result.put("skipped", report.skipped().size());
        } else {
            result.put("documents", BaselineIndex.build(corpus, indexDir));
        }
        long elapsed = System.nanoTime() - start;
        result.put("seconds", Latencies.round(elapsed / 1e9));
        result.put("peakHeapMb", Latencies.round(heap.peakMb()));
        result.put("peakLiveHeapMb", Latencies.round(heap.peakLiveMb()));
        result.put("maxHeapMb", Latencies.round(Runtime.getRuntime().maxMemory() / 1e6));
        System.out.println(new ObjectMapper().writeValueAsString(result));
    }
}

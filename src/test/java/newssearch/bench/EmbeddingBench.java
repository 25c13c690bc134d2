package newssearch.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import newssearch.embedding.EmbeddedText;
import newssearch.embedding.Embedder;
import newssearch.item.NewsItemParser;
import newssearch.page.PageReader;

/**
 * How fast the embedder is on item texts: model load time, the memory it adds, and passages per second on 1 and
 * 2 threads, one text per call and in batches. Run: {@code java -cp ... newssearch.bench.EmbeddingBench PAGES_DIR
 * [ROUNDS]}.
 */
public final class EmbeddingBench {

    private EmbeddingBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(EmbeddedText.of(NewsItemParser.parse(PageReader.read(file), file.getFileName().toString())));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        System.gc();
        long heapBefore = heapUsed();
        long rssBefore = rssKb();
        long start = System.nanoTime();
        try (Embedder embedder = Embedder.load()) {
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.gc();
            System.out.printf(Locale.ROOT, "load %.2f s; heap +%.1f MB, RSS +%.1f MB after load%n", loadSeconds,
                    (heapUsed() - heapBefore) / 1e6, (rssKb() - rssBefore) / 1e3);
            long truncated = texts.stream().filter(t -> embedder.passage(t).truncated()).count();
            System.out.printf(Locale.ROOT, "%d texts, mean %d chars, %d truncated at 512 tokens%n", texts.size(),
                    (int) texts.stream().mapToInt(String::length).average().orElse(0), truncated);
            for (int threads : new int[] {1, 2}) {
                for (int batch : new int[] {1, 8}) {
                    run(embedder, texts, threads, batch, rounds);
                }
            }
            System.out.printf(Locale.ROOT, "RSS +%.1f MB after the runs%n", (rssKb() - rssBefore) / 1e3);
        }
    }

    private static void run(Embedder embedder, List<String> texts, int threads, int batch, int rounds)
            throws Exception {
        List<List<String>> batches = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < texts.size(); i += batch) {
                batches.add(texts.subList(i, Math.min(texts.size(), i + batch)));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (List<String> b : batches) {
            done.add(pool.submit(() -> embedder.passages(b)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%d thread(s), batches of %d: %.1f passages/s%n", threads, batch,
                texts.size() * rounds / seconds);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}

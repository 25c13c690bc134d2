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
import newssearch.item.extract.NewsItemParser;
import newssearch.page.PageReader;

/**
 * How fast the embedder is on item texts: model load time, the memory it adds, and passages per second on 1 and
 * 2 threads, for the pages' texts as {@code EmbeddedText} gives them and for texts that fill the model's window
 * (each page's text followed by the next ones'). Run: {@code java -cp ... newssearch.bench.EmbeddingBench
 * PAGES_DIR [ROUNDS]}.
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
            List<String> fullWindow = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                StringBuilder text = new StringBuilder(texts.get(i));
                for (int next = i + 1; text.length() < 4000; next++) {
                    text.append('\n').append(texts.get(next % texts.size()));
                }
                fullWindow.add(text.toString());
            }
            for (int threads : new int[] {1, 2}) {
                run("page texts", embedder, texts, threads, rounds);
                run("full-window texts", embedder, fullWindow, threads, rounds);
            }
            System.out.printf(Locale.ROOT, "RSS +%.1f MB after the runs%n", (rssKb() - rssBefore) / 1e3);
        }
    }

    private static void run(String what, Embedder embedder, List<String> texts, int threads, int rounds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (String text : texts) {
                done.add(pool.submit(() -> embedder.passage(text)));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s, %d thread(s): %.1f passages/s%n", what, threads,
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

package newssearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import newssearch.lucene.LuceneBackend;
import newssearch.lucene.LuceneSearch;

/**
 * A quick in-process measure for working on search speed: builds the synthetic corpus and news-search's index
 * once (both kept in the work folder), then times the query mix serially and prints p50/p99 per kind. Run it
 * under {@code -XX:StartFlightRecording} to see where a search spends its time.
 *
 * <pre>SearchProfile WORK_DIR PAGES PASSES</pre>
 */
public final class SearchProfile {

    private SearchProfile() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        SyntheticCorpus corpus = SyntheticCorpus.prepare(work, pages, 42);
        Path index = work.resolve("index-ours-" + pages);
        if (!Files.isDirectory(index)) {
            long start = System.nanoTime();
            LuceneBackend.index(corpus.pagesDir(), index, true);
            System.out.printf("indexed %d pages in %.1f s%n", pages, (System.nanoTime() - start) / 1e9);
        }
        List<QueryMix.Query> mix = QueryMix.standard(Vocabulary.standard());
        try (LuceneSearch searcher = LuceneBackend.open(index, 0)) {
            LoadRunner runner = new LoadRunner(mix, (query, page) -> searcher.search(query.request()));
            runner.run(1, 5 * mix.size(), 1, 300);
            LoadRunner.Phase phase = runner.run(1, passes * mix.size(), 1, 600);
            System.out.println(phase.summary());
        }
    }
}

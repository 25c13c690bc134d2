package newssearch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import newssearch.lucene.LuceneBackend;
import newssearch.lucene.LuceneSearch;
import newssearch.people.People;
import newssearch.search.FacetCount;
import newssearch.search.SearchRequest;
import newssearch.search.SortOrder;

/**
 * A quick in-process measure of the person and office views on the synthetic corpus: builds the corpus and the
 * index once (kept in the work folder), then asks the view of people from the most named to the least and of
 * the offices the generator's roles hold, serially, and prints p50/p99 and the largest answer.
 *
 * <pre>PeopleProfile WORK_DIR PAGES PASSES</pre>
 */
public final class PeopleProfile {

    /** Offices the generator's roles hold, as the person and office views name them. */
    static final List<String> OFFICES = List.of("OSCE Representative on Freedom of the Media",
            "OSCE High Commissioner on National Minorities", "ODIHR Director", "OSCE Secretary General");

    private PeopleProfile() {
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
        try (LuceneSearch searcher = LuceneBackend.open(index, 0)) {
            List<FacetCount> people = searcher.search(new SearchRequest("", Map.of(), Optional.empty(),
                    Optional.empty(), SortOrder.DATE, 1, 1, 0)).facets().get("person");
            System.out.printf("%d people; most named in %d items, median %d%n", people.size(), people.get(0).count(),
                    people.get(people.size() / 2).count());
            List<String> names = new ArrayList<>();
            for (int i = 0; i < people.size(); i += Math.max(1, people.size() / 50)) {
                names.add(people.get(i).value());
            }
            time("person", passes, names, name -> People.person(searcher, name));
            time("office", passes, OFFICES, office -> People.office(searcher, office));
        }
    }

    @FunctionalInterface
    private interface View {
        Object ask(String value) throws Exception;
    }

    private static void time(String label, int passes, List<String> values, View view) throws Exception {
        for (String value : values) {
            view.ask(value);
        }
        long[] nanos = new long[passes * values.size()];
        int n = 0;
        for (int pass = 0; pass < passes; pass++) {
            for (String value : values) {
                long start = System.nanoTime();
                view.ask(value);
                nanos[n++] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%s view: %d asks, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", label, n,
                nanos[n / 2] / 1e6, nanos[(int) Math.min(n - 1, Math.ceil(n * 0.99) - 1)] / 1e6, nanos[n - 1] / 1e6);
    }
}

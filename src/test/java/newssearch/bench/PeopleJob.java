package newssearch.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import newssearch.lucene.LuceneBackend;
import newssearch.lucene.LuceneSearch;
import newssearch.people.People;
import newssearch.search.FacetCount;
import newssearch.search.SearchRequest;
import newssearch.search.SortOrder;

/**
 * The person and office views in-process, as {@code bench/run} measures them in a child JVM: the view of 50
 * people spread from the most named to the least, and of the offices several of the generator's people hold,
 * each asked once to warm up, then {@code PASSES} times serially. Prints one JSON line: the latencies of each view.
 *
 * <pre>PeopleJob INDEX PASSES</pre>
 */
public final class PeopleJob {

    static final List<String> OFFICES = List.of("OSCE Representative on Freedom of the Media",
            "OSCE High Commissioner on National Minorities", "ODIHR Director", "OSCE Secretary General");
    private static final int PEOPLE = 50;

    private PeopleJob() {
    }

    public static void main(String[] args) throws Exception {
        int passes = Integer.parseInt(args[1]);
        Map<String, Object> result = new LinkedHashMap<>();
        try (LuceneSearch searcher = LuceneBackend.open(Path.of(args[0]), 0)) {
            List<FacetCount> people = people(searcher);
            result.put("people", people.size());
            result.put("mostNamedItems", people.isEmpty() ? 0 : people.get(0).count());
            result.put("person", time(passes, spread(people), name -> People.person(searcher, name)));
            result.put("office", time(passes, OFFICES, office -> People.office(searcher, office)));
        }
        System.out.println(new ObjectMapper().writeValueAsString(result));
    }

    /** Every person the items name, the most named first. */
    static List<FacetCount> people(LuceneSearch searcher) throws Exception {
        return searcher.search(new SearchRequest("", Map.of(), Optional.empty(), Optional.empty(), SortOrder.DATE, 1,
                1, 0)).facets().getOrDefault("person", List.of());
    }

    /** {@link #PEOPLE} names from the most named to the least, at even steps. */
    static List<String> spread(List<FacetCount> people) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < people.size(); i += Math.max(1, people.size() / PEOPLE)) {
            names.add(people.get(i).value());
        }
        return names;
    }

    @FunctionalInterface
    interface View {
        Object ask(String value) throws Exception;
    }

    /** Asks each value once, then {@code passes} times more, timing those: count, p50/p95/p99/max ms. */
    static Map<String, Object> time(int passes, List<String> values, View view) throws Exception {
        for (String value : values) {
            view.ask(value);
        }
        Latencies latencies = new Latencies(passes * values.size());
        long started = System.nanoTime();
        for (int pass = 0; pass < passes; pass++) {
            for (String value : values) {
                long start = System.nanoTime();
                view.ask(value);
                latencies.add(System.nanoTime() - start);
            }
        }
        return latencies.summary(System.nanoTime() - started);
    }
}

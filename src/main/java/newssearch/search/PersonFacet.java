package newssearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import newssearch.item.people.PersonKey;

/**
 * The person facet with one value per person: the engines count the names as the items write them, and the
 * writings of one person ({@link PersonKey}: "Harlem Désir" and "Harlem Desir") are counted as one value, named
 * as the most items write it. A person filter matches every writing, by key, on both engines.
 */
public final class PersonFacet {

    /** How many more writings an engine lists than the facet shows, so that folding them keeps the top exact. */
    private static final int WIDER = 3;

    private PersonFacet() {
    }

    /** The number of values to ask an engine for, for a facet of {@code limit} people (0: all). */
    public static int widened(int limit) {
        return limit == 0 ? 0 : limit * WIDER + 10;
    }

    /**
     * The writings' counts folded into one count per person, by count then by name, at most {@code limit} (0:
     * all). An item that writes one person two ways is rare enough that the sum stands for the count.
     */
    public static List<FacetCount> fold(List<FacetCount> writings, int limit) {
        return fold(writings, limit, PersonKey::of);
    }

    /** As {@link #fold(List, int)}, with each name's {@link PersonKey} from {@code keyOf}, which may keep them. */
    public static List<FacetCount> fold(List<FacetCount> writings, int limit, UnaryOperator<String> keyOf) {
        Map<String, List<FacetCount>> byKey = new LinkedHashMap<>();
        writings.forEach(count -> byKey.computeIfAbsent(keyOf.apply(count.value()), k -> new ArrayList<>())
                .add(count));
        List<FacetCount> people = new ArrayList<>();
        for (List<FacetCount> same : byKey.values()) {
            FacetCount named = same.stream().min(Comparator.comparingLong(FacetCount::count).reversed()
                    .thenComparing(count -> -count.value().chars().filter(c -> c > 127).count())
                    .thenComparing(count -> -count.value().length())
                    .thenComparing(FacetCount::value)).orElseThrow();
            people.add(new FacetCount(named.value(), same.stream().mapToLong(FacetCount::count).sum()));
        }
        people.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return limit == 0 || people.size() <= limit ? people : List.copyOf(people.subList(0, limit));
    }

    /** The keys a person filter's values stand for, each once. */
    public static List<String> keys(List<String> names) {
        return names.stream().map(PersonKey::of).distinct().toList();
    }
}

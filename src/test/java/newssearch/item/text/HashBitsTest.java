package newssearch.item.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The bits may let a word through that is not in the set, never turn one away that is. */
class HashBitsTest {

    @Test
    void neverTurnsAWordOfTheSetAway() {
        Random random = new Random(11);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            words.add(Integer.toString(random.nextInt(), 36) + (char) ('a' + random.nextInt(26)));
        }
        for (int size : new int[] {0, 1, 10, 1_000, 50_000}) {
            HashBits bits = new HashBits(words.subList(0, size));
            words.subList(0, size).forEach(word -> assertTrue(bits.mayContain(word), word));
        }
        HashBits few = new HashBits(Set.of("Vienna", "Warsaw"));
        long through = words.stream().filter(few::mayContain).count();
        assertTrue(through < words.size() / 10, through + " of " + words.size() + " words let through");
    }
}

package newssearch.item.people;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import newssearch.item.Person;
import newssearch.item.text.WordSets;

/**
 * One key for the ways items write one person's name: diacritics folded ("Katrín" and "Katrin"), case and
 * honorifics dropped, middle names and initials left out ("Helga Maria Schmid" and "Helga Schmid"), the surname
 * kept with its particles ("Max van der Stoel"). Two people who share a surname, or a first name and a surname
 * initial ("Anna K." beside "Anna Kovač"), keep two keys: the key holds the whole first name and the whole
 * surname. A name of one word is a surname alone; {@link #of(List)} resolves it within an item that names the
 * person in full.
 */
public final class PersonKey {

    /** Words that start a surname of several words: "van der Stoel", "Perrin de Brichambaut" keeps "de Brichambaut". */
    private static final Set<String> PARTICLES = WordSets.of("van", "von", "der", "den", "de", "del", "della", "di",
            "da", "du", "dos", "das", "le", "la", "ten", "ter", "af", "zu", "bin", "ibn", "al", "el");
    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('ø', "o"), Map.entry('æ', "ae"),
            Map.entry('œ', "oe"), Map.entry('ß', "ss"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('ł', "l"),
            Map.entry('ı', "i"), Map.entry('þ', "th"), Map.entry('ħ', "h"), Map.entry('’', "'"), Map.entry('‘', "'"));

    private PersonKey() {
    }

    /** The key of a name as written: "Ambassador Helga Maria Schmid" and "Helga Schmid" give "helga schmid". */
    public static String of(String name) {
        List<String> words = new ArrayList<>();
        for (String word : name.strip().split("\\s+")) {
            String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
            if (!bare.isEmpty() && !(words.isEmpty() && Vocabulary.isHonorific(bare))) {
                words.add(fold(bare));
            }
        }
        if (words.isEmpty()) {
            return fold(name.strip());
        }
        if (words.size() <= 2) {
            return String.join(" ", words);
        }
        int surname = words.size() - 1;
        while (surname > 1 && PARTICLES.contains(words.get(surname - 1))) {
            surname--;
        }
        return words.get(0) + " " + String.join(" ", words.subList(surname, words.size()));
    }

    /**
     * The keys of the people one item names, by name as written. A surname alone ("Schmid") takes the key of the
     * one person of the item whose surname it is; with none, or two such people, it stays a key of its own.
     */
    public static Map<String, String> of(List<Person> people) {
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, List<String>> bySurname = new HashMap<>();
        for (Person person : people) {
            String key = of(person.name());
            keys.put(person.name(), key);
            int space = key.indexOf(' ');
            if (space > 0) {
                bySurname.computeIfAbsent(key.substring(space + 1), s -> new ArrayList<>()).add(key);
            }
        }
        keys.replaceAll((name, key) -> {
            List<String> full = key.indexOf(' ') < 0 ? bySurname.get(key) : null;
            return full != null && full.stream().distinct().count() == 1 ? full.get(0) : key;
        });
        return keys;
    }

    /** Lower case without diacritics: "Gísladóttir" gives "gisladottir", "Vollebæk" gives "vollebaek". */
    public static String fold(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            String letter = LETTERS.get(c);
            if (letter != null) {
                folded.append(letter);
            } else {
                folded.append(c);
            }
        }
        return folded.toString();
    }
}

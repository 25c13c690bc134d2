package newssearch.item.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import newssearch.item.text.Token;
import newssearch.item.text.WordSets;

/**
 * Places named by the word for their kind, which the site writes around names no gazetteer holds:
 * <pre>
 * in Lori province, in Una-Sana Canton                (a name before the noun: the place is both)
 * the regions of Samtskhe-Javakheti and Kvemo Kartli   (names after "of": the place is each name)
 * the town of Akhalkalaki, the villages of A, B and C, the port of Chornomorsk
 * </pre>
 * Such a name is a place and not a person, even when it has a person's shape ("Kvemo Kartli").
 */
public final class AreaPhrases {

    /** Nouns written after a region's name: "Tavush province", "Sughd Region". */
    static final Set<String> AREA_NOUNS = WordSets.of("province", "region", "oblast", "district", "county",
            "municipality", "valley", "rayon", "canton");
    /** Nouns written before "of" and the names of places of that kind. */
    private static final Set<String> KIND_NOUNS = WordSets.of("region", "regions", "province", "provinces",
            "district", "districts", "oblast", "oblasts", "municipality", "municipalities", "city", "cities",
            "town", "towns", "village", "villages", "canton", "cantons", "county", "counties", "rayon", "rayons",
            "island", "islands", "mountains", "residents", "inhabitants", "port", "ports");
    /** "Residents of Stanytsia Luhanska", "Villages of ...": the nouns opening a sentence. */
    private static final Set<String> CAPITALISED_KIND_NOUNS = WordSets.copyOf(KIND_NOUNS.stream()
            .map(noun -> Character.toUpperCase(noun.charAt(0)) + noun.substring(1))
            .toList());
    /** Words between a list of names and the kind noun set after it: "Banjska and Žerovnica, two villages". */
    private static final Set<String> KIND_MODIFIERS = WordSets.of("two", "three", "four", "five", "small", "remote",
            "rural", "border", "mountain", "nearby", "neighbouring", "neighboring", "all", "both");
    private static final int MAX_MODIFIERS = 2;
    /** "administrative unit": written after "administrative", a kind noun of its own. */
    private static final Set<String> ADMINISTRATIVE_UNITS = WordSets.of("unit", "units");
    /** Plural kind nouns of areas (not of people) that may be followed by ", including" and the names of some. */
    private static final Set<String> AREAS_LISTED = WordSets.of("regions", "provinces", "districts", "oblasts",
            "municipalities", "cities", "towns", "villages", "cantons", "counties", "rayons", "islands", "units");
    private static final int MAX_NAME_WORDS = 2;
    /** The longest area noun: a word's lower case is never shorter than the word, so a longer word is none. */
    private static final int LONGEST_AREA_NOUN = AREA_NOUNS.stream().mapToInt(String::length).max().orElse(0);
    /** The first letters of the area nouns, to pass most other words by before lower-casing them. */
    private static final String AREA_NOUN_INITIALS = AREA_NOUNS.stream().map(noun -> noun.substring(0, 1))
            .distinct().sorted().collect(Collectors.joining());

    /** Token range [start, end) of a place's name. */
    public record Range(int start, int end) {
    }

    private AreaPhrases() {
    }

    /** Whether the word names a kind of area ("province", "Canton"), whatever its case. */
    public static boolean isAreaNoun(String word) {
        // the lower case of a word opens with the lower case of its first character
        return word.length() <= LONGEST_AREA_NOUN && !word.isEmpty()
                && AREA_NOUN_INITIALS.indexOf(Character.toLowerCase(word.charAt(0))) >= 0
                && AREA_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The names that a kind noun says are places, after it ("the towns of A and B") or before it ("A, towns"). */
    static List<Range> namedByKind(List<Token> tokens) {
        List<Range> names = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i).text();
            // "its administrative units, including A and B": Albania's and Kosovo's units of a municipality
            boolean lowerCase = KIND_NOUNS.contains(word) || ADMINISTRATIVE_UNITS.contains(word) && i > 0
                    && tokens.get(i - 1).is("administrative");
            if (!lowerCase && !CAPITALISED_KIND_NOUNS.contains(word)) {
                continue;
            }
            if (i + 2 < tokens.size() && tokens.get(i + 1).is("of")) {
                addNamesAfter(tokens, i + 2, names);
            }
            if (lowerCase && i >= 2) {
                addNamesBefore(tokens, i, names);
            }
            if (lowerCase) {
                addNamesIncluded(tokens, i + 1, names);
            }
        }
        return names;
    }

    /** The names listed after a kind noun and "of", from {@code at}: "the regions of A and B C" gives A and B C. */
    private static void addNamesAfter(List<Token> tokens, int at, List<Range> names) {
        while (true) {
            int end = nameEnd(tokens, at);
            if (end == at) {
                break;
            }
            names.add(new Range(at, end));
            int next = end;
            if (next < tokens.size() && tokens.get(next).is(",")) {
                next++;
            }
            if (next < tokens.size() && tokens.get(next).is("and")) {
                next++;
            }
            if (next == end) {
                break;
            }
            at = next;
        }
    }

    /**
     * The names listed after a plural kind noun of areas and "including" or "such as", perhaps behind a comma, from
     * {@code at}: "in its villages, including A and B", "border municipalities such as A, B and C"; a name that
     * opens with a post or a form of address is a person's ("municipalities, including Mayor Jane Doe").
     */
    private static void addNamesIncluded(List<Token> tokens, int at, List<Range> names) {
        if (!AREAS_LISTED.contains(tokens.get(at - 1).text())) {
            return;
        }
        int list = at < tokens.size() && tokens.get(at).is(",") ? at + 1 : at;
        if (list < tokens.size() && tokens.get(list).is("including")) {
            list++;
        } else if (list + 1 < tokens.size() && tokens.get(list).is("such") && tokens.get(list + 1).is("as")) {
            list += 2;
        } else {
            return;
        }
        if (list < tokens.size() && (Vocabulary.isRoleWord(tokens.get(list).text())
                || Vocabulary.isHonorific(tokens.get(list).text()))) {
            return;
        }
        addNamesAfter(tokens, list, names);
    }

    /**
     * The names listed before a comma and the lower-case kind noun at {@code kind}, in apposition: "Popasna,
     * Zolote and Hirske, towns near the line", "Bužim and Kalesija, two small municipalities".
     */
    private static void addNamesBefore(List<Token> tokens, int kind, List<Range> names) {
        int comma = kind - 1;
        while (comma > 0 && kind - comma <= MAX_MODIFIERS && KIND_MODIFIERS.contains(tokens.get(comma).text())) {
            comma--;
        }
        if (!tokens.get(comma).is(",")) {
            return;
        }
        int end = comma;
        while (end > 0) {
            int start = end - 1;
            while (start > 0 && end - start < MAX_NAME_WORDS && isNameWord(tokens.get(start - 1))) {
                start--;
            }
            if (!isNameWord(tokens.get(end - 1)) || start > 0 && isNameWord(tokens.get(start - 1))) {
                break;
            }
            names.add(new Range(start, end));
            if (start == 0 || !tokens.get(start - 1).is(",") && !tokens.get(start - 1).is("and")) {
                break;
            }
            end = start - 1;
            if (end > 0 && tokens.get(end).is("and") && tokens.get(end - 1).is(",")) {
                end--;
            }
        }
    }

    /** Whether token {@code i} lies in one of the ranges. */
    static boolean covers(List<Range> ranges, int i) {
        for (Range range : ranges) {
            if (range.start() <= i && i < range.end()) {
                return true;
            }
        }
        return false;
    }

    /** One or two capitalised words, not an acronym, followed by no further capitalised word. */
    private static int nameEnd(List<Token> tokens, int start) {
        int end = start;
        while (end < tokens.size() && end - start < MAX_NAME_WORDS && isNameWord(tokens.get(end))) {
            end++;
        }
        return end < tokens.size() && isNameWord(tokens.get(end)) ? start : end;
    }

    private static boolean isNameWord(Token token) {
        return token.isWord() && token.isCapitalised() && !token.isAllCapitals();
    }
}

package newssearch.item;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Places named by the word for their kind, which the site writes around names no gazetteer holds:
 * <pre>
 * in Lori province, in Una-Sana Canton                (a name before the noun: the place is both)
 * the regions of Samtskhe-Javakheti and Kvemo Kartli   (names after "of": the place is each name)
 * the town of Akhalkalaki, the villages of A, B and C
 * </pre>
 * Such a name is a place and not a person, even when it has a person's shape ("Kvemo Kartli").
 */
final class AreaPhrases {

    /** Nouns written after a region's name: "Tavush province", "Sughd Region". */
    static final Set<String> AREA_NOUNS = Set.of("province", "region", "oblast", "district", "county",
            "municipality", "valley", "rayon", "canton");
    /** Nouns written before "of" and the names of places of that kind. */
    private static final Set<String> KIND_NOUNS = Set.of("region", "regions", "province", "provinces",
            "district", "districts", "oblast", "oblasts", "municipality", "municipalities", "city", "cities",
            "town", "towns", "village", "villages", "canton", "cantons", "county", "counties", "rayon", "rayons");
    private static final int MAX_NAME_WORDS = 2;

    /** Token range [start, end) of a place's name. */
    record Range(int start, int end) {
    }

    private AreaPhrases() {
    }

    /** Whether the word names a kind of area ("province", "Canton"), whatever its case. */
    static boolean isAreaNoun(String word) {
        return AREA_NOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The names listed after a lower-case kind noun and "of": "the regions of A and B C" gives A and B C. */
    static List<Range> namesAfterKind(List<Token> tokens) {
        List<Range> names = new ArrayList<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!KIND_NOUNS.contains(tokens.get(i).text()) || !tokens.get(i + 1).is("of")) {
                continue;
            }
            int at = i + 2;
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
        return names;
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

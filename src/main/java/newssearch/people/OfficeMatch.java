package newssearch.people;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import newssearch.item.people.PersonKey;

/**
 * Which offices a query names: those whose words hold every word of the query (a query word may be the start of
 * an office's word: "freedom media" finds "OSCE Representative on Freedom of the Media"). Best first: the office
 * the query names whole, then the one with the fewest words beyond the query's, then by name.
 */
final class OfficeMatch {

    private static final Set<String> IGNORED = Set.of("the", "of", "on", "in", "to", "for", "and");

    private OfficeMatch() {
    }

    static List<String> best(List<String> offices, String query, int limit) {
        List<String> words = words(query);
        return offices.stream().filter(office -> covers(words(office), words))
                .sorted(Comparator.comparing((String office) -> !words(office).equals(words))
                        .thenComparing(office -> words(office).size() - words.size())
                        .thenComparing(office -> office.toLowerCase(Locale.ROOT)))
                .limit(limit).toList();
    }

    private static boolean covers(List<String> officeWords, List<String> queryWords) {
        return queryWords.stream().allMatch(word -> officeWords.stream().anyMatch(o -> o.startsWith(word)));
    }

    private static List<String> words(String text) {
        return Arrays.stream(PersonKey.fold(text).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty() && !IGNORED.contains(word)).collect(Collectors.toList());
    }
}

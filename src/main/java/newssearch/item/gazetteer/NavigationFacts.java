package newssearch.item.gazetteer;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import newssearch.item.text.Tokenizer;
import newssearch.item.text.WordSets;

/**
 * What the extraction learns from a page's site navigation: the gazetteer with the participating States it
 * lists, the field operations it lists, and its words, which name bodies, topics and places but no person.
 *
 * @param gazetteer  the bundled gazetteer, plus the States the navigation lists
 * @param operations the bundled field operations, plus those the navigation lists
 * @param words      every word of the navigation
 */
public record NavigationFacts(CountryGazetteer gazetteer, FieldOperations operations, Set<String> words) {

    /**
     * Navigations already read. Every page of a site carries the same few kilobytes of menu, with now and then
     * an item more or less: reading it again for every page took a tenth of the extraction. A couple of hundred
     * variants cover a corpus (192 in the benchmark's 100,000 pages), tens of kilobytes each; should many more
     * turn up, those are read each time rather than kept.
     */
    private static final int MAX_KEPT = 256;
    private static final Map<List<String>, NavigationFacts> KEPT = new ConcurrentHashMap<>();

    public NavigationFacts {
        words = WordSets.copyOf(words);
    }

    /** The facts of the navigation {@code lines}, read once for each navigation met. */
    public static NavigationFacts of(List<String> lines) {
        NavigationFacts kept = KEPT.get(lines);
        if (kept != null) {
            return kept;
        }
        NavigationFacts facts = read(lines);
        if (KEPT.size() < MAX_KEPT) {
            KEPT.putIfAbsent(List.copyOf(lines), facts);
        }
        return facts;
    }

    private static NavigationFacts read(List<String> lines) {
        CountryGazetteer gazetteer = CountryGazetteer.withNavigation(lines);
        Set<String> words = new HashSet<>();
        lines.forEach(line -> Tokenizer.addLetterWords(line, false, words));
        return new NavigationFacts(gazetteer, FieldOperations.withNavigation(lines, gazetteer), words);
    }
}

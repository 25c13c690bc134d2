package newssearch.item.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import newssearch.item.text.HashBits;
import newssearch.item.text.Resources;
import newssearch.item.text.Token;
import newssearch.item.text.Tokenizer;
import newssearch.item.text.WordSets;

/**
 * Knows the names of states and places and which state a place lies in: the participating States (from the
 * page's own navigation and a bundled list), other states, aliases ("Czech Republic" for Czechia) and cities.
 * Finds them in text as whole words, case-sensitively, since they are proper nouns ("Turkey", not "turkey").
 */
public final class CountryGazetteer {

    /** Chairing state's line in the navigation: "- Finland – OSCE Chairpersonship 2025". */
    private static final Pattern CHAIRPERSONSHIP = Pattern.compile("\\s*[–—-]\\s*OSCE Chairpersonship.*$");

    /** Continents, seas and regions larger than a state ("Europe", "Caspian Sea"). */
    private static final Set<String> REGIONS = WordSets.copyOf(Resources.lines("regions.txt"));
    /**
     * Lower-case words inside a town's name, between its capitalised words: "Moldava nad Bodvou", "Frankfurt am
     * Main", "Newcastle upon Tyne", "Frankfurt an der Oder", "Castellón de la Plana", Romanian "Valea lui
     * Vlad", Albanian "Kodra i Lartë".
     */
    public static final Set<String> TOWN_PARTICLES = WordSets.of("nad", "pod", "na", "upon", "am", "an", "de", "del",
            "di", "la", "sur", "der", "lui", "i");

    private static final CountryGazetteer BUNDLED = new CountryGazetteer(
            Resources.lines("participating-states.txt"), StateAliases.bundled(), Resources.lines("other-countries.txt"),
            places());

    /** Surface form -> canonical state, or empty for a place that lies in no state we name. */
    private final Map<String, Optional<String>> stateOf;
    private final Set<String> states;
    /**
     * Every word of a state's name or alias ("Russian", "Federation") or of a region's ("Europe", "Sea"): such a
     * word is in no person's name.
     */
    private final Set<String> stateWords;
    /** The names and other names of states ("Türkiye", "Turkey"), not of their cities and regions. */
    private final Set<String> stateNames;
    private final Map<String, String> byLowerCase;
    private final int longestName;
    /**
     * The first word of every name, with the lengths in characters of the names it starts, in increasing order:
     * most words start none, and a run of words starting with one is looked up only when it is as long as one of
     * its names.
     */
    private final Map<String, int[]> lengthsByFirstWord;
    /** The first words' hashes: matchAt is asked at every token of a page, and most tokens start no name. */
    private final HashBits firstWords;

    private CountryGazetteer(List<String> states, Map<String, String> aliases, List<String> otherStates,
                             Map<String, Optional<String>> places) {
        Map<String, Optional<String>> stateOf = new HashMap<>(places);
        Set<String> allStates = new LinkedHashSet<>();
        for (String state : states) {
            String canonical = aliases.getOrDefault(state, state);
            allStates.add(canonical);
            stateOf.put(state, Optional.of(canonical));
        }
        otherStates.forEach(state -> {
            allStates.add(state);
            stateOf.put(state, Optional.of(state));
        });
        aliases.forEach((alias, canonical) -> stateOf.put(alias, Optional.of(canonical)));
        Set<String> stateWords = new HashSet<>();
        Set<String> stateNames = new HashSet<>();
        Map<String, String> byLowerCase = new HashMap<>();
        int longest = 1;
        Map<String, Set<Integer>> lengths = new HashMap<>();
        for (Map.Entry<String, Optional<String>> entry : stateOf.entrySet()) {
            String name = entry.getKey();
            List<Token> tokens = Tokenizer.tokens(name);
            longest = Math.max(longest, tokens.size());
            if (!tokens.isEmpty()) {
                lengths.computeIfAbsent(tokens.get(0).text(), word -> new HashSet<>()).add(name.length());
            }
            boolean stateName = entry.getValue().filter(name::equals).isPresent() || aliases.containsKey(name);
            if (stateName) {
                stateNames.add(name);
            }
            if (stateName || REGIONS.contains(name)) {
                tokens.stream().filter(Token::isWord).map(Token::text).forEach(stateWords::add);
            }
            byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        this.stateOf = WordSets.copyOf(stateOf);
        this.states = WordSets.copyOf(allStates);
        this.stateWords = WordSets.copyOf(stateWords);
        this.stateNames = WordSets.copyOf(stateNames);
        this.byLowerCase = WordSets.copyOf(byLowerCase);
        this.longestName = longest;
        Map<String, int[]> lengthsByFirstWord = new HashMap<>();
        lengths.forEach((word, sizes) -> lengthsByFirstWord.put(word,
                sizes.stream().mapToInt(Integer::intValue).sorted().toArray()));
        this.lengthsByFirstWord = WordSets.copyOf(lengthsByFirstWord);
        this.firstWords = new HashBits(lengthsByFirstWord.keySet());
    }

    /** The gazetteer of the bundled facts. */
    public static CountryGazetteer bundled() {
        return BUNDLED;
    }

    /** The bundled gazetteer, plus the participating States that a page's navigation lists. */
    public static CountryGazetteer withNavigation(List<String> navigation) {
        List<String> listed = participatingStates(navigation);
        if (listed.isEmpty() || BUNDLED.stateOf.keySet().containsAll(listed)) {
            return BUNDLED;
        }
        List<String> states = new ArrayList<>(BUNDLED.states);
        states.addAll(listed);
        return new CountryGazetteer(states, StateAliases.bundled(), List.of(), BUNDLED.stateOf);
    }

    /** The "Participating States" block of a navigation, without the chairpersonship marker. */
    static List<String> participatingStates(List<String> navigation) {
        List<String> states = new ArrayList<>();
        int heading = navigation.indexOf("Participating States");
        for (int i = heading + 1; heading >= 0 && i < navigation.size(); i++) {
            String line = navigation.get(i);
            if (!line.startsWith("- ") || line.contains("Partners for Co-operation")) {
                break;
            }
            states.add(CHAIRPERSONSHIP.matcher(line.substring(2)).replaceFirst("").strip());
        }
        return states;
    }

    /**
     * The longest place name that starts at token {@code from}.
     *
     * @return the index just past its last token, or {@code from} when no name starts there
     */
    public int matchAt(List<Token> tokens, String text, int from) {
        Token first = tokens.get(from);
        String word = first.text();
        int[] lengths = firstWords.mayContain(word) && first.isWord()
                ? lengthsByFirstWord.get(word) : null;
        if (lengths == null) {
            return from;
        }
        // The tokens are text's, so a run from token from that spells a name starts with that name's first word:
        // a run as long as none of that word's names is none of them.
        int last = Math.min(tokens.size(), from + longestName);
        for (int end = last; end > from; end--) {
            int length = tokens.get(end - 1).end() - first.start();
            if (Arrays.binarySearch(lengths, length) >= 0
                    && stateOf.containsKey(text.substring(first.start(), tokens.get(end - 1).end()))) {
                return end;
            }
        }
        return from;
    }

    /** The state a place name lies in or names, folded to the site's spelling. */
    public Optional<String> stateOf(String place) {
        return stateOf.getOrDefault(place, Optional.empty());
    }

    /** The place as the gazetteer spells it, for a name written in another case ("SAINT PETERSBURG"). */
    public Optional<String> spelling(String anyCase) {
        return Optional.ofNullable(byLowerCase.get(anyCase.toLowerCase(Locale.ROOT)));
    }

    public boolean isPlace(String name) {
        return stateOf.containsKey(name);
    }

    /** Whether the name is a continent, a sea or a region larger than a State ("Europe", "Aral Sea"). */
    public boolean isRegion(String name) {
        return REGIONS.contains(name);
    }

    /** Whether the name is a state's, in the site's spelling or another ("Turkey"), not one of its parts'. */
    public boolean namesAState(String name) {
        return stateNames.contains(name);
    }

    public boolean isStateWord(String word) {
        return stateWords.contains(word);
    }

    /** Curated places win over the generated list where both name one. */
    private static Map<String, Optional<String>> places() {
        Map<String, Optional<String>> places = new HashMap<>();
        for (String file : List.of("cities-geonames.txt", "cities.txt", "regions.txt")) {
            for (String line : Resources.lines(file)) {
                String[] parts = line.split("\\s*=\\s*", 2);
                places.put(parts[0], parts.length == 2 ? Optional.of(parts[1]) : Optional.empty());
            }
        }
        return places;
    }
}

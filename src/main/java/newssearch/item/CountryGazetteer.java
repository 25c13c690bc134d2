package newssearch.item;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows the names of states and places and which state a place lies in: the participating States (from the
 * page's own navigation and a bundled list), other states, aliases ("Czech Republic" for Czechia) and cities.
 * Finds them in text as whole words, case-sensitively, since they are proper nouns ("Turkey", not "turkey").
 */
public final class CountryGazetteer {

    /** Chairing state's line in the navigation: "- Finland – OSCE Chairpersonship 2025". */
    private static final Pattern CHAIRPERSONSHIP = Pattern.compile("\\s*[–—-]\\s*OSCE Chairpersonship.*$");

    private static final CountryGazetteer BUNDLED = new CountryGazetteer(
            Resources.lines("participating-states.txt"), aliases(), Resources.lines("other-countries.txt"),
            places());

    /** Surface form -> canonical state, or empty for a place that lies in no state we name. */
    private final Map<String, Optional<String>> stateOf;
    private final Set<String> states;
    private final Pattern names;

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
        this.stateOf = Map.copyOf(stateOf);
        this.states = Set.copyOf(allStates);
        this.names = alternation(stateOf.keySet());
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
        return new CountryGazetteer(states, aliases(), List.of(), BUNDLED.stateOf);
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

    /** Places named in {@code text}, as written, in order of first appearance. */
    public List<String> placesIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = names.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return List.copyOf(found);
    }

    /** The state a place name lies in or names, folded to the site's spelling. */
    public Optional<String> stateOf(String place) {
        return stateOf.getOrDefault(place, Optional.empty());
    }

    /** Every alias with the state it stands for, for query-time folding. */
    public static Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        for (String line : Resources.lines("country-aliases.txt")) {
            String[] parts = line.split("\\s*=\\s*", 2);
            aliases.put(parts[0], parts[1]);
        }
        return Map.copyOf(aliases);
    }

    private static Map<String, Optional<String>> places() {
        Map<String, Optional<String>> places = new HashMap<>();
        for (String line : Resources.lines("cities.txt")) {
            String[] parts = line.split("\\s*=\\s*", 2);
            places.put(parts[0], parts.length == 2 ? Optional.of(parts[1]) : Optional.empty());
        }
        return places;
    }

    private static Pattern alternation(Set<String> names) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(name -> regex.append(Pattern.quote(name)).append('|'));
        regex.setLength(regex.length() - 1);
        return Pattern.compile(regex.append(")(?![\\p{L}\\p{N}])").toString());
    }
}

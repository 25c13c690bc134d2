package newssearch.item.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import newssearch.item.text.Resources;
import newssearch.item.text.WordSets;

/**
 * The OSCE's field operations and the State each works in, so that an office's name implies its State
 * ("Centre in Ashgabat" -> Turkmenistan, "Mission to Skopje" -> North Macedonia). The bundled list holds the
 * open and closed ones; a page's navigation adds the operations its "Field operations" block lists.
 */
public final class FieldOperations {

    /** The words that end an office's name before "in" or "to" and the place it is named after. */
    public static final Set<String> OFFICE_WORDS = WordSets.of("Mission", "Office", "Centre", "Center", "Presence",
            "Co-ordinator", "Coordinator", "Embassy", "Consulate", "Group", "Monitor");
    /** "Programme Office in Bishkek", "Mission to Bosnia and Herzegovina", "Office in Yerevan (closed)". */
    private static final Pattern OPERATION = Pattern.compile(
            "^(?:.*\\s)?(?:" + String.join("|", OFFICE_WORDS) + ") (?:in|to) (.+?)(?: \\(closed\\))?$");

    private static final Map<String, Optional<String>> BUNDLED = bundled();
    private static final FieldOperations BUNDLED_OPERATIONS = new FieldOperations(BUNDLED);

    private final Map<String, Optional<String>> stateOfPlace;

    private FieldOperations(Map<String, Optional<String>> stateOfPlace) {
        this.stateOfPlace = WordSets.copyOf(stateOfPlace);
    }

    /** The bundled operations and those the navigation's "Field operations" block lists. */
    static FieldOperations withNavigation(List<String> navigation, CountryGazetteer gazetteer) {
        Map<String, Optional<String>> listed = new HashMap<>();
        int heading = navigation.indexOf("Field operations");
        for (int i = heading + 1; heading >= 0 && i < navigation.size() && navigation.get(i).startsWith("- "); i++) {
            Matcher m = OPERATION.matcher(navigation.get(i).substring(2).strip());
            if (m.matches() && !BUNDLED.containsKey(m.group(1))) {
                listed.putIfAbsent(m.group(1), gazetteer.stateOf(m.group(1)));
            }
        }
        if (listed.isEmpty()) {
            // the usual case: the site's menu lists no operation the bundled list lacks
            return BUNDLED_OPERATIONS;
        }
        listed.putAll(BUNDLED);
        return new FieldOperations(listed);
    }

    /** The State of the operation named after {@code place}, empty for Kosovo or an unknown operation. */
    public Optional<String> stateOf(String place) {
        return stateOfPlace.getOrDefault(place, Optional.empty());
    }

    private static Map<String, Optional<String>> bundled() {
        Map<String, Optional<String>> places = new HashMap<>();
        for (String line : Resources.lines("field-operations.txt")) {
            String[] parts = line.split("\\s*=\\s*", 2);
            Matcher m = OPERATION.matcher(parts[0]);
            if (!m.matches()) {
                throw new IllegalStateException("field-operations.txt: not an operation's name: " + line);
            }
            places.put(m.group(1), parts.length == 2 ? Optional.of(parts[1]) : Optional.empty());
        }
        return places;
    }
}

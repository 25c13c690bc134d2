package newssearch.item.gazetteer;

import java.util.HashMap;
import java.util.Map;

import newssearch.item.text.Resources;
import newssearch.item.text.WordSets;

/**
 * The other names of states ("Czech Republic" for Czechia), apart from the {@link CountryGazetteer}: searching
 * folds a query's state names with these alone, and should not wait for the gazetteer's tens of thousands of
 * places to load (a fifth of a second of a server's start).
 */
public final class StateAliases {

    private StateAliases() {
    }

    /** Every alias with the state it stands for. */
    public static Map<String, String> bundled() {
        Map<String, String> aliases = new HashMap<>();
        for (String line : Resources.lines("country-aliases.txt")) {
            String[] parts = line.split("\\s*=\\s*", 2);
            aliases.put(parts[0], parts[1]);
        }
        return WordSets.copyOf(aliases);
    }
}

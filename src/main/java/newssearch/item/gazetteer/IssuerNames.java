package newssearch.item.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import newssearch.item.text.Resources;

/**
 * One name per OSCE body: the known other names of a body ("Office for Democratic Institutions and Human Rights",
 * "ODIHR") folded into the name the site writes most fully ("OSCE Office for Democratic Institutions and Human
 * Rights"). The table is {@code issuer-aliases.txt}. The index counts and filters issuers by this name, while an
 * item keeps the name its page writes (the extraction's labels hold the page's spelling).
 */
public final class IssuerNames {

    private static final Map<String, String> CANONICAL = load();

    private IssuerNames() {
    }

    /** The body's one name, or {@code name} itself when the table does not know it as another name. */
    public static String canonical(String name) {
        return CANONICAL.getOrDefault(key(name), name);
    }

    /** Each name's one name, each once, in the order first met. */
    public static List<String> canonical(List<String> names) {
        List<String> folded = new ArrayList<>();
        for (String name : names) {
            String one = canonical(name);
            if (!folded.contains(one)) {
                folded.add(one);
            }
        }
        return List.copyOf(folded);
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        for (String line : Resources.lines("issuer-aliases.txt")) {
            String[] parts = line.split("\\s*=\\s*", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("issuer-aliases.txt: not 'other name = name': " + line);
            }
            table.put(key(parts[0]), parts[1]);
        }
        return Map.copyOf(table);
    }
}

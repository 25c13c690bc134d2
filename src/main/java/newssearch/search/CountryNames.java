package newssearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes every name of a state find the others at query time: {@code Turkey} is searched as
 * {@code ("Turkey" OR "Türkiye" OR ...)}, {@code Czech Republic} as {@code ("Czech Republic" OR "Czechia")}.
 * Quoted phrases are left as the user wrote them.
 */
final class CountryNames {

    private final Map<String, List<String>> namesOf;
    private final Pattern anyName;

    private CountryNames(Map<String, List<String>> namesOf) {
        this.namesOf = namesOf;
        this.anyName = namesOf.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + namesOf.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                        .map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}*])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** @param aliases alias -> the state's name, as the extraction's alias table gives them */
    static CountryNames of(Map<String, String> aliases) {
        Map<String, Set<String>> byState = new HashMap<>();
        new TreeMap<>(aliases).forEach((alias, state) -> {
            Set<String> names = byState.computeIfAbsent(state, s -> new LinkedHashSet<>(List.of(s)));
            // Two-letter and dotted aliases ("US", "U.S.") are common words or fall apart once analysed.
            if (alias.length() >= 4 && !alias.contains(".")) {
                names.add(alias);
            }
        });
        Map<String, List<String>> namesOf = new HashMap<>();
        byState.values().forEach(names -> {
            if (names.size() > 1) {
                names.forEach(name -> namesOf.put(key(name), List.copyOf(names)));
            }
        });
        return new CountryNames(namesOf);
    }

    /** The query with every state name outside quotes replaced by a group of all its names. */
    String expand(String query) {
        if (anyName == null) {
            return query;
        }
        StringBuilder out = new StringBuilder();
        String[] segments = query.split("\"", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('"');
            }
            // Even segments lie outside quotes; an unbalanced quote leaves the rest as written.
            boolean quoted = i % 2 == 1;
            out.append(quoted ? segments[i] : expandUnquoted(segments[i]));
        }
        return out.toString();
    }

    private String expandUnquoted(String text) {
        Matcher m = anyName.matcher(text);
        return m.replaceAll(match -> {
            List<String> names = namesOf.get(key(match.group()));
            List<String> quoted = new ArrayList<>();
            names.forEach(name -> quoted.add("\"" + name + "\""));
            return Matcher.quoteReplacement("(" + String.join(" OR ", quoted) + ")");
        });
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}

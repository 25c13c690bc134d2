package newssearch.search;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the words of a query that state a time ("since 2018", "before 2010", "in 2021", "2015-2016", a year
 * alone) or a place (a participating State by any of its names, a region such as "Central Asia") as filters.
 * Time words leave the query, since no item's text needs to hold them; place names stay in it, as its words
 * still rank the items that name the place. Quoted phrases and fielded words are left as typed.
 */
public final class QueryInterpreter {

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:(?:between|from)\\s+)?" + YEAR
            + "\\s*(?:-|–|—|to|and|until)\\s*" + YEAR + "(?![\\p{L}\\p{N}])");
    private static final Pattern SINCE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(since|from|after|starting)\\s+"
            + "(?:in\\s+)?" + YEAR + "(?![\\p{L}\\p{N}-])");
    private static final Pattern BEFORE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(before|until|till|through|"
            + "prior\\s+to|up\\s+to)\\s+" + YEAR + "(?![\\p{L}\\p{N}-])");
    private static final Pattern IN_YEAR = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:(?:in|during)\\s+)?" + YEAR
            + "(?![\\p{L}\\p{N}-])");
    /** Syntax a person typed on purpose: such a query is searched as typed. */
    private static final Pattern SYNTAX = Pattern.compile("[\"():]|(?<![\\p{L}\\p{N}])[+-]|\\b(?:AND|OR|NOT)\\b");

    private final Map<String, List<String>> statesOf;
    private final Pattern anyPlace;

    /** @param countryAliases alias -> State, as the extraction's table gives them */
    public QueryInterpreter(Map<String, String> countryAliases) {
        Map<String, List<String>> states = new LinkedHashMap<>();
        countryAliases.forEach((alias, state) -> {
            states.put(key(alias), List.of(state));
            states.put(key(state), List.of(state));
        });
        regions().forEach((region, members) -> states.put(key(region), members));
        this.statesOf = states;
        this.anyPlace = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + states.keySet().stream()
                .filter(name -> name.length() >= 4)
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"))
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** What the query's time and place words ask for; empty when they ask for nothing, or the query uses syntax. */
    public Interpretation read(String query) {
        if (query.isBlank() || SYNTAX.matcher(query).find()) {
            return new Interpretation(query, Optional.empty(), Optional.empty(), List.of(), List.of());
        }
        List<String> phrases = new ArrayList<>();
        Optional<LocalDate> from = Optional.empty();
        Optional<LocalDate> to = Optional.empty();
        String rest = query;
        Matcher m = RANGE.matcher(rest);
        if (m.find() && year(m.group(1)) <= year(m.group(2))) {
            from = Optional.of(LocalDate.of(year(m.group(1)), 1, 1));
            to = Optional.of(LocalDate.of(year(m.group(2)), 12, 31));
            phrases.add(m.group().strip());
            rest = cut(rest, m);
        } else {
            m = SINCE.matcher(rest);
            if (m.find()) {
                int year = year(m.group(2));
                from = Optional.of(LocalDate.of(m.group(1).equalsIgnoreCase("after") ? year + 1 : year, 1, 1));
                phrases.add(m.group().strip());
                rest = cut(rest, m);
            }
            m = BEFORE.matcher(rest);
            if (m.find()) {
                int year = year(m.group(2));
                boolean exclusive = m.group(1).toLowerCase(Locale.ROOT).matches("before|prior\\s+to");
                to = Optional.of(LocalDate.of(exclusive ? year - 1 : year, 12, 31));
                phrases.add(m.group().strip());
                rest = cut(rest, m);
            }
            if (from.isEmpty() && to.isEmpty()) {
                m = IN_YEAR.matcher(rest);
                if (m.find() && year(m.group(1)) <= Year.now().getValue() + 1) {
                    from = Optional.of(LocalDate.of(year(m.group(1)), 1, 1));
                    to = Optional.of(LocalDate.of(year(m.group(1)), 12, 31));
                    phrases.add(m.group().strip());
                    rest = cut(rest, m);
                }
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        Matcher place = anyPlace.matcher(rest);
        while (place.find()) {
            countries.addAll(statesOf.get(key(place.group())));
            phrases.add(place.group());
        }
        String words = rest.replaceAll("\\s+", " ").strip();
        // A query of nothing but a time or a place lists what it names.
        return new Interpretation(words, from, to, List.copyOf(countries), phrases);
    }

    private static String cut(String text, Matcher m) {
        return text.substring(0, m.start()) + " " + text.substring(m.end());
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> regions() {
        Map<String, List<String>> regions = new LinkedHashMap<>();
        for (String line : SearchResources.lines("regions.txt")) {
            String[] parts = line.split("=", 2);
            regions.put(parts[0].strip(), List.of(parts[1].strip().split("\\s*,\\s*")));
        }
        return regions;
    }
}

package newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many of a query's plain words an item must hold, written as Solr's and Elasticsearch's
 * {@code minimum_should_match}: {@code 3}, {@code -1}, {@code 75%}, {@code -25%}, or conditions such as
 * {@code 2<-1 5<75%} (up to two words all are required; from three, all but one; from six, three quarters). The
 * embedded index applies it with {@link #required}; SolrCloud is handed the same text as eDisMax's {@code mm}, so
 * both count the words that are left after analysis (stop words are no clause) the same way.
 */
public record MinimumMatch(String spec) {

    private static final Pattern CONDITION = Pattern.compile("(\\d+)<(-?\\d+%?)");
    private static final Pattern VALUE = Pattern.compile("-?\\d+%?");

    /** Every word required. */
    public static final MinimumMatch ALL = new MinimumMatch("100%");

    public MinimumMatch {
        Objects.requireNonNull(spec, "spec");
        spec = spec.strip();
        if (!VALUE.matcher(spec).matches() && conditions(spec).isEmpty()) {
            throw new IllegalArgumentException("not a minimum-should-match rule: '" + spec
                    + "' (examples: 2, -1, 75%, 2<-1 5<75%)");
        }
    }

    /** How many of {@code optional} clauses must match: at least one, at most all of them. */
    public int required(int optional) {
        if (optional <= 0) {
            return 0;
        }
        String value = spec;
        if (!VALUE.matcher(spec).matches()) {
            value = null;
            for (String[] condition : conditions(spec)) {
                if (optional > Integer.parseInt(condition[0])) {
                    value = condition[1];
                }
            }
            if (value == null) {
                return optional;
            }
        }
        return Math.max(1, Math.min(optional, count(value, optional)));
    }

    /** Solr's arithmetic: a percentage rounds down, a negative value says how many may be missing. */
    private static int count(String value, int optional) {
        boolean negative = value.startsWith("-");
        String magnitude = negative ? value.substring(1) : value;
        int n;
        if (magnitude.endsWith("%")) {
            n = optional * Integer.parseInt(magnitude.substring(0, magnitude.length() - 1)) / 100;
        } else {
            n = Integer.parseInt(magnitude);
        }
        return negative ? optional - n : n;
    }

    private static List<String[]> conditions(String spec) {
        List<String[]> conditions = new ArrayList<>();
        for (String part : spec.split("\\s+")) {
            Matcher matcher = CONDITION.matcher(part);
            if (!matcher.matches()) {
                return List.of();
            }
            conditions.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return conditions;
    }
}

package newssearch.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import newssearch.search.SearchFields;
import newssearch.search.UserQuery;

/**
 * Renders a {@link UserQuery} in the syntax of Solr's standard query parser, every field and boost spelled out
 * and every occurrence marked, to be parsed with {@code q.op=OR} and {@code sow=true}. Solr then analyses each
 * word with the schema's field types, which hold the same analysis as the embedded index, and makes a phrase of
 * a word the analysis splits ({@code autoGeneratePhraseQueries}), as the Lucene backend does.
 */
final class SolrQueries {

    /** Characters of the standard syntax, escaped in a word so that it is only a word. */
    private static final String SPECIAL = "\\+-!():^[]\"{}~*?|&/";

    private SolrQueries() {
    }

    static String render(UserQuery query, SearchFields fields) {
        return switch (query) {
            case UserQuery.All all -> "*:*";
            case UserQuery.Nothing nothing -> "-*:*";
            case UserQuery.Word word -> perField(fields, word.field(), field -> field + ":" + escape(word.text()));
            case UserQuery.Phrase phrase -> perField(fields, phrase.field(), field -> field + ":" + quoted(phrase.text())
                    + (phrase.slop() > 0 ? "~" + phrase.slop() : ""));
            case UserQuery.Prefix prefix -> perField(fields, prefix.field(), field -> field + ":" + escape(prefix.prefix())
                    + "*");
            case UserQuery.Proximity near -> proximity(near, fields);
            case UserQuery.Group group -> group(group, fields);
            case UserQuery.Words words -> words(words, fields);
        };
    }

    /**
     * eDisMax over the searched fields with their boosts: it counts the words the analysis leaves and requires
     * as many as the minimum match asks, as the embedded index does; {@code tie=1} sums a word's fields, as the
     * embedded index's per-word disjunction does. Items with every word gain the same constant as there.
     */
    private static String words(UserQuery.Words words, SearchFields fields) {
        List<String> qf = new ArrayList<>();
        for (String field : fields.searched()) {
            qf.add(field + "^" + boost(fields.boost(field)));
        }
        String text = String.join(" ", words.words().stream().map(SolrQueries::escape).toList());
        String some = "{!edismax qf='" + String.join(" ", qf) + "' tie=1.0 sow=true mm='" + words.minimum().spec()
                + "'}" + text;
        if (words.words().size() < 2) {
            return "_query_:" + quoted(some);
        }
        String all = "{!edismax qf='" + String.join(" ", qf) + "' tie=1.0 sow=true mm='100%'}" + text;
        return "(+_query_:" + quoted(some) + " (_query_:" + quoted(all) + ")^=" + boost(SearchFields.ALL_WORDS_BONUS)
                + ")";
    }

    private interface FieldClause {
        String of(String field);
    }

    private static String perField(SearchFields fields, Optional<String> named, FieldClause clause) {
        if (named.isPresent()) {
            return clause.of(named.get());
        }
        List<String> any = new ArrayList<>();
        for (String field : fields.searched()) {
            any.add(clause.of(field) + "^" + boost(fields.boost(field)));
        }
        return "(" + String.join(" OR ", any) + ")";
    }

    private static String proximity(UserQuery.Proximity near, SearchFields fields) {
        List<String> any = new ArrayList<>();
        for (String field : fields.proximity()) {
            any.add(field + ":" + quoted(near.text()) + "~" + near.slop() + "^"
                    + boost(SearchFields.PROXIMITY_BOOST * fields.boost(field)));
        }
        return "(" + String.join(" OR ", any) + ")";
    }

    private static String group(UserQuery.Group group, SearchFields fields) {
        List<String> clauses = new ArrayList<>();
        for (UserQuery.Clause clause : group.clauses()) {
            String prefix = switch (clause.occur()) {
                case MUST -> "+";
                case SHOULD -> "";
                case MUST_NOT -> "-";
            };
            clauses.add(prefix + render(clause.query(), fields));
        }
        return "(" + String.join(" ", clauses) + ")";
    }

    static String escape(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String boost(float boost) {
        return String.format(Locale.ROOT, "%.1f", boost);
    }
}

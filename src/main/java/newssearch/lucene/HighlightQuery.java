package newssearch.lucene;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The query the highlighter works with for some fields: the same matches as the search's query in those fields,
 * for a hit of that query, at a fraction of the cost. The UnifiedHighlighter builds a weight of its query for
 * every hit and every highlighted field; a word looked for in seven fields makes that weight seven times as
 * large as the one field needs.
 *
 * <p>For a document known to match the query, the matches in a field are those of every clause in that field
 * that matches, as long as each clause that may or may not match (an optional one, or anything below it) is a
 * plain disjunction: then a match of the clause implies a match of each clause above it. For such queries the
 * highlight query is the disjunction of the clauses in the wanted fields, negated ones left out (the hit matches
 * none of them). Any other shape (an optional group with required parts) keeps the whole query.
 */
final class HighlightQuery {

    private HighlightQuery() {
    }

    /** The query to highlight {@code fields} of hits of {@code query} with. */
    static Query of(Query query, Set<String> fields) {
        List<Query> leaves = new ArrayList<>();
        if (!collect(query, true, fields, leaves)) {
            return query;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        leaves.forEach(leaf -> any.add(leaf, BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /**
     * Adds the leaves of {@code query} in {@code fields} to {@code leaves}; false when the shape does not allow
     * the disjunction.
     *
     * @param matches whether the hit is known to match {@code query}
     */
    private static boolean collect(Query query, boolean matches, Set<String> fields, List<Query> leaves) {
        Query inner = unwrap(query);
        if (!(inner instanceof BooleanQuery bool)) {
            // A clause in other fields only (or in none: all items) adds no match to the wanted fields.
            if (fieldsOf(inner).stream().anyMatch(fields::contains)) {
                leaves.add(inner);
            }
            return true;
        }
        boolean required = bool.clauses().stream().anyMatch(clause -> required(clause.occur()));
        if (!matches && (required || bool.getMinimumNumberShouldMatch() > 1)) {
            return false;
        }
        for (BooleanClause clause : bool.clauses()) {
            if (clause.occur() == BooleanClause.Occur.MUST_NOT || isLift(clause)) {
                continue;
            }
            boolean clauseMatches = matches && required(clause.occur());
            if (!collect(clause.query(), clauseMatches, fields, leaves)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An optional clause of constant score only lifts hits that match it (the all-words bonus of
     * {@link LuceneQueries}), with words the required clause beside it already holds: it adds no match.
     */
    private static boolean isLift(BooleanClause clause) {
        Query query = clause.query() instanceof BoostQuery boost ? boost.getQuery() : clause.query();
        return clause.occur() == BooleanClause.Occur.SHOULD && query instanceof ConstantScoreQuery;
    }

    private static boolean required(BooleanClause.Occur occur) {
        return occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.FILTER;
    }

    private static Query unwrap(Query query) {
        Query inner = query;
        while (true) {
            if (inner instanceof BoostQuery boost) {
                inner = boost.getQuery();
            } else if (inner instanceof ConstantScoreQuery constant) {
                inner = constant.getQuery();
            } else {
                return inner;
            }
        }
    }

    private static Set<String> fieldsOf(Query leaf) {
        Set<String> fields = new HashSet<>();
        leaf.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return false;
            }
        });
        return fields;
    }
}

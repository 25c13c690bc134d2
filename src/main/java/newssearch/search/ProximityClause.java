package newssearch.search;

import java.util.List;
import java.util.Optional;

/**
 * The words of a plain query of several words and its "words near each other" clause, apart: both backends search
 * by the words and let the clause reorder only the best {@link #RESCORED_HITS} hits (Lucene's QueryRescorer,
 * Solr's rerank query), instead of reading the positions of every match to score it.
 *
 * @param words     what a hit must match
 * @param proximity the lift hits get for holding the words close together
 */
public record ProximityClause(UserQuery words, UserQuery.Proximity proximity) {

    /** How many of the best hits by the words alone the proximity clause reorders. */
    public static final int RESCORED_HITS = 100;

    /**
     * The two parts of a plain query of several words, as the query parser builds it (the words required, the
     * proximity clause optional); empty for any other query.
     */
    public static Optional<ProximityClause> of(UserQuery query) {
        if (query instanceof UserQuery.Group group && group.clauses().size() == 2) {
            List<UserQuery.Clause> clauses = group.clauses();
            if (clauses.get(0).occur() == UserQuery.Occur.MUST && clauses.get(1).occur() == UserQuery.Occur.SHOULD
                    && clauses.get(1).query() instanceof UserQuery.Proximity near) {
                return Optional.of(new ProximityClause(clauses.get(0).query(), near));
            }
        }
        return Optional.empty();
    }
}

package newssearch.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import newssearch.index.NewsSchema;

/** Where the words of a query are looked for and how much a match in each field counts, for every engine. */
public final class SearchFields {

    /** Where a bare word is looked for, and how much a match there counts: title above lead above body. */
    public static final Map<String, Float> BOOSTS = Map.of(
            NewsSchema.TITLE, 4f,
            NewsSchema.LEAD, 2f,
            NewsSchema.BODY, 1f,
            NewsSchema.PERSON, 2f,
            NewsSchema.PLACE, 1.5f,
            NewsSchema.COUNTRY, 1.5f,
            NewsSchema.ISSUER, 1f);

    /** {@link #BOOSTS}' fields in a fixed order, so that a query renders the same every time. */
    public static final List<String> SEARCHED = BOOSTS.keySet().stream().sorted().toList();

    /** The fields a user may name before a colon. */
    public static final Set<String> USER_FIELDS = Set.of(
            NewsSchema.TITLE, NewsSchema.PERSON, NewsSchema.PLACE, NewsSchema.COUNTRY, NewsSchema.ISSUER,
            NewsSchema.LEAD, NewsSchema.BODY);

    /** Where the words of a plain query lift a hit by standing close together. */
    public static final List<String> PROXIMITY = List.of(NewsSchema.TITLE, NewsSchema.LEAD, NewsSchema.BODY);

    /** How much more than a word match the words standing close together count, per field. */
    public static final float PROXIMITY_BOOST = 2f;

    /**
     * How many term clauses one search may hold: Lucene's and Solr's default limit alike. A word is looked for
     * in every searched field, so this bounds a query at about 140 words.
     */
    public static final int MAX_CLAUSES = 1024;

    private SearchFields() {
    }
}

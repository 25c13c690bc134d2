package newssearch.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

import newssearch.index.NewsSchema;

/**
 * Where the words of a query are looked for and how much a match in each field counts, for every engine: items
 * are searched over their text and names, quotations over the quoted words.
 *
 * @param boosts    where a bare word is looked for, and how much a match there counts
 * @param proximity where the words of a plain query lift a hit by standing close together
 */
public record SearchFields(Map<String, Float> boosts, List<String> proximity) {

    /** Items: title above lead above body, people above places and countries. */
    public static final SearchFields ITEMS = new SearchFields(Map.of(
            NewsSchema.TITLE, 4f,
            NewsSchema.LEAD, 2f,
            NewsSchema.BODY, 1f,
            NewsSchema.PERSON, 2f,
            NewsSchema.PLACE, 1.5f,
            NewsSchema.COUNTRY, 1.5f,
            NewsSchema.ISSUER, 1f), List.of(NewsSchema.TITLE, NewsSchema.LEAD, NewsSchema.BODY));

    /** Quotations: the quoted words; {@code person:} finds the speaker, {@code title:} the item's title. */
    public static final SearchFields QUOTES = new SearchFields(Map.of(NewsSchema.QUOTE, 1f),
            List.of(NewsSchema.QUOTE));

    /** The fields a user may name before a colon. */
    public static final Set<String> USER_FIELDS = Set.of(
            NewsSchema.TITLE, NewsSchema.PERSON, NewsSchema.PLACE, NewsSchema.COUNTRY, NewsSchema.ISSUER,
            NewsSchema.LEAD, NewsSchema.BODY, NewsSchema.QUOTE);

    /** How much more than a word match the words standing close together count, per field. */
    public static final float PROXIMITY_BOOST = 2f;

    /**
     * What an item holding every plain word of a query gains over the score of its words: more than the words of
     * any item score, so that items with all the words rank above those with most of them, and a constant, so
     * that their order among themselves is their words' (and the proximity's) order.
     */
    public static final float ALL_WORDS_BONUS = 1000f;

    /**
     * How many term clauses one search may hold: Lucene's and Solr's default limit alike. A word is looked for
     * in every searched item field, so this bounds a query at about 140 words.
     */
    public static final int MAX_CLAUSES = 1024;

    public SearchFields {
        boosts = Map.copyOf(boosts);
        proximity = List.copyOf(proximity);
    }

    /** The searched fields in a fixed order, so that a query renders the same every time. */
    public List<String> searched() {
        return boosts.keySet().stream().sorted().toList();
    }

    public float boost(String field) {
        return boosts.get(field);
    }
}

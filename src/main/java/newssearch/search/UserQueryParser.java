package newssearch.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import newssearch.index.NewsSchema;

/**
 * Turns what a person types into a Lucene query. Words are ANDed across title, lead, body, people, places,
 * countries and issuers; {@code "quoted phrases"}, {@code -word}, {@code OR}, {@code field:value} (title,
 * person, place, country, issuer) and a trailing {@code *} work as in other search boxes. Any input is valid:
 * what the syntax rejects, and what would cost without bound (leading wildcards, regular expressions, ranges),
 * is searched as plain words instead.
 */
public final class UserQueryParser {

    /** Where a bare word is looked for, and how much a match there counts: title above lead above body. */
    static final Map<String, Float> FIELD_BOOSTS = Map.of(
            NewsSchema.TITLE, 4f,
            NewsSchema.LEAD, 2f,
            NewsSchema.BODY, 1f,
            NewsSchema.PERSON, 2f,
            NewsSchema.PLACE, 1.5f,
            NewsSchema.COUNTRY, 1.5f,
            NewsSchema.ISSUER, 1f);

    /** The fields a user may name before a colon. */
    static final Set<String> USER_FIELDS = Set.of(
            NewsSchema.TITLE, NewsSchema.PERSON, NewsSchema.PLACE, NewsSchema.COUNTRY, NewsSchema.ISSUER,
            NewsSchema.LEAD, NewsSchema.BODY);

    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}'’ -]+");
    private static final Pattern OPERATORS = Pattern.compile("\\b(?:AND|OR|NOT)\\b");
    private static final Pattern SYNTAX = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");
    private static final float PHRASE_BOOST = 2f;
    private static final int PROXIMITY_SLOP = 6;

    private final Analyzer analyzer;
    private final CountryNames countryNames;

    /**
     * @param analyzer       the query analyzer
     * @param countryAliases alias -> state, so that any name of a state finds the others
     */
    public UserQueryParser(Analyzer analyzer, Map<String, String> countryAliases) {
        this.analyzer = analyzer;
        this.countryNames = CountryNames.of(countryAliases);
    }

    /** The query for the text of the search box; blank text matches everything. */
    public Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query query;
        try {
            query = newParser().parse(countryNames.expand(text));
        } catch (ParseException | IndexSearcher.TooManyClauses e) {
            // Operators left dangling ("terrorism AND") become the plain words they spell, which are stop words.
            String words = OPERATORS.matcher(SYNTAX.matcher(text).replaceAll(" ")).replaceAll(
                    match -> match.group().toLowerCase(Locale.ROOT)).strip();
            if (words.isEmpty()) {
                return new MatchNoDocsQuery("no words to search for");
            }
            try {
                query = newParser().parse(QueryParser.escape(words));
            } catch (ParseException | IndexSearcher.TooManyClauses again) {
                return new MatchNoDocsQuery("no words to search for");
            }
        }
        if (query == null) {
            return new MatchNoDocsQuery("only stop words");
        }
        query = withPositiveClause(query);
        return PLAIN_WORDS.matcher(text).matches() ? withProximityBoost(query, text) : query;
    }

    /** A query of exclusions only ({@code -sport}) means "everything but", as in other search boxes. */
    private static Query withPositiveClause(Query query) {
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(),
                    BooleanClause.Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    /**
     * Lifts items where the words stand together. One sloppy phrase per field does both jobs: its score grows as
     * the words come closer, so the exact phrase lifts most.
     */
    private Query withProximityBoost(Query query, String text) {
        if (text.strip().split("\\s+").length < 2) {
            return query;
        }
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder boosted = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
        for (String field : List.of(NewsSchema.TITLE, NewsSchema.LEAD, NewsSchema.BODY)) {
            Query near = builder.createPhraseQuery(field, text, PROXIMITY_SLOP);
            if (near != null) {
                boosted.add(new BoostQuery(near, PHRASE_BOOST * FIELD_BOOSTS.get(field)), BooleanClause.Occur.SHOULD);
            }
        }
        return boosted.build();
    }

    private QueryParser newParser() {
        String[] fields = FIELD_BOOSTS.keySet().stream().sorted().toArray(String[]::new);
        QueryParser parser = new MultiFieldQueryParser(fields, analyzer, FIELD_BOOSTS) {
            @Override
            protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
                return super.getFieldQuery(userField(field), unknownFieldText(field, queryText), quoted);
            }

            @Override
            protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
                return super.getFieldQuery(userField(field), unknownFieldText(field, queryText), slop);
            }

            @Override
            protected Query getPrefixQuery(String field, String termStr) throws ParseException {
                if (termStr.length() < 2) {
                    throw new ParseException("a prefix needs two letters or more");
                }
                return super.getPrefixQuery(userField(field), termStr);
            }

            @Override
            protected Query getWildcardQuery(String field, String termStr) throws ParseException {
                throw new ParseException("only a trailing * is supported");
            }

            @Override
            protected Query getRegexpQuery(String field, String termStr) throws ParseException {
                throw new ParseException("regular expressions are not supported");
            }

            @Override
            protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                                          boolean endInclusive) throws ParseException {
                throw new ParseException("ranges are not supported; use from and to");
            }

            @Override
            protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
                throw new ParseException("fuzzy terms are not supported; a misspelling gets a did-you-mean");
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        // Each word is looked for in every field, so that words in different fields still match together.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        return parser;
    }

    /** A field the user may name, or null (every default field) for any other name. */
    private static String userField(String field) {
        if (field == null) {
            return null;
        }
        String lower = field.toLowerCase(Locale.ROOT);
        return USER_FIELDS.contains(lower) ? lower : null;
    }

    /** "foo:bar" with an unknown field is searched as the words "foo bar". */
    private static String unknownFieldText(String field, String text) {
        return field == null || userField(field) != null ? text : field + " " + text;
    }
}

package newssearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import newssearch.search.UserQuery.Clause;
import newssearch.search.UserQuery.Group;
import newssearch.search.UserQuery.Occur;
import newssearch.search.UserQuery.Phrase;
import newssearch.search.UserQuery.Prefix;
import newssearch.search.UserQuery.Word;

/**
 * Turns what a person types into a {@link UserQuery}, once, for every engine. Plain words need not all match: an
 * item must hold as many as the {@link MinimumMatch} asks, and question words ("what", "how") are dropped when
 * other words remain, so that a question finds what its words are about;
 * {@code "quoted phrases"}, {@code -word}, {@code OR}, {@code field:value} (title, person, place, country,
 * issuer, lead, body), groups in parentheses and a trailing {@code *} work as in other search boxes, with the
 * precedence of Lucene's classic query syntax. Any input is valid: what the syntax rejects, and what would cost
 * without bound (leading wildcards, regular expressions, ranges, fuzzy terms), is searched as plain words.
 */
public final class UserQueryParser {

    /** How far apart the words of a plain query may stand and still lift a hit. */
    public static final int PROXIMITY_SLOP = 6;

    private static final Pattern PLAIN_WORDS = Pattern.compile("[\\p{L}\\p{N}'’ -]+");
    private static final Pattern OPERATORS = Pattern.compile("\\b(?:AND|OR|NOT)\\b");
    private static final Pattern SYNTAX = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

    /**
     * How many of a query's plain words an item must hold: any one, as it ranked best on the test collection
     * (nDCG@10 0.836 against 0.433 with every word required and 0.544 to 0.733 with all but one or half of them);
     * items with every word still come first ({@link SearchFields#ALL_WORDS_BONUS}).
     */
    public static final MinimumMatch MINIMUM_MATCH = new MinimumMatch("1");

    private static final Set<String> QUESTION_WORDS = Set.copyOf(SearchResources.lines("question-words.txt"));

    private final CountryNames countryNames;
    private final MinimumMatch minimumMatch;

    /** @param countryAliases alias -> state, so that any name of a state finds the others */
    public UserQueryParser(Map<String, String> countryAliases) {
        this(countryAliases, MINIMUM_MATCH);
    }

    /** A parser whose plain words must match as {@code minimumMatch} says. */
    public UserQueryParser(Map<String, String> countryAliases, MinimumMatch minimumMatch) {
        this.countryNames = CountryNames.of(countryAliases);
        this.minimumMatch = minimumMatch;
    }

    /**
     * The query for the text of the search box; blank text matches everything.
     *
     * @throws InvalidRequestException when the query holds more words than one search can look for
     */
    public UserQuery parse(String text) {
        if (text.isBlank()) {
            return new UserQuery.All();
        }
        UserQuery query;
        try {
            query = new QuerySyntax(countryNames.expand(text), this::plainWords).parse();
        } catch (QuerySyntax.SyntaxException e) {
            // Operators left dangling ("terrorism AND") become the plain words they spell, which are stop words.
            String words = OPERATORS.matcher(SYNTAX.matcher(text).replaceAll(" ")).replaceAll(
                    match -> match.group().toLowerCase(Locale.ROOT)).strip();
            if (words.isEmpty() || words.toLowerCase(Locale.ROOT).matches("(?:and|or|not)(?:\\s+(?:and|or|not))*")) {
                return new UserQuery.Nothing("no words to search for");
            }
            query = plainWords(words);
        }
        query = withPositiveClause(query);
        List<String> near = PLAIN_WORDS.matcher(text).matches()
                ? withoutQuestionWords(List.of(text.strip().split("\\s+"))) : List.of();
        if (near.size() >= 2) {
            query = new Group(List.of(new Clause(Occur.MUST, query),
                    new Clause(Occur.SHOULD, new UserQuery.Proximity(String.join(" ", near), PROXIMITY_SLOP))));
        }
        int terms = terms(query);
        if (terms > SearchFields.MAX_CLAUSES) {
            throw new InvalidRequestException("q", "q has too many words for one search (" + terms
                    + " look-ups across the fields searched, " + SearchFields.MAX_CLAUSES + " at most): use fewer");
        }
        return query;
    }

    private UserQuery plainWords(String words) {
        List<UserQuery> terms = new ArrayList<>();
        for (String word : words.split("\\s+")) {
            terms.add(new Word(Optional.empty(), word));
        }
        return plainWords(terms);
    }

    /** Plain words typed without operators: one is a word; more match as the minimum match asks. */
    private UserQuery plainWords(List<UserQuery> typed) {
        List<UserQuery> terms = typed.stream().filter(term -> !(term instanceof Word word && isQuestionWord(word.text())))
                .toList();
        if (terms.isEmpty()) {
            terms = typed;
        }
        return terms.size() == 1 ? terms.get(0) : new UserQuery.Words(terms, minimumMatch);
    }

    private static boolean isQuestionWord(String word) {
        return QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""));
    }

    /** The words less those that only shape a question, unless nothing else is left. */
    private static List<String> withoutQuestionWords(List<String> words) {
        List<String> kept = words.stream().filter(word -> !isQuestionWord(word)).toList();
        return kept.isEmpty() ? words : kept;
    }

    /** A query of exclusions only ({@code -sport}) means "everything but", as in other search boxes. */
    private static UserQuery withPositiveClause(UserQuery query) {
        if (query instanceof Group group && group.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
            List<Clause> clauses = new ArrayList<>();
            clauses.add(new Clause(Occur.MUST, new UserQuery.All()));
            clauses.addAll(group.clauses());
            return new Group(clauses);
        }
        return query;
    }

    /** How many term look-ups the query costs: each word of a node in each field it is looked for in. */
    private static int terms(UserQuery query) {
        return switch (query) {
            case Word w -> fields(w.field());
            case UserQuery.Words w -> w.terms().stream().mapToInt(UserQueryParser::terms).sum();
            case Phrase p -> words(p.text()) * fields(p.field());
            case Prefix p -> fields(p.field());
            case UserQuery.Proximity p -> words(p.text()) * SearchFields.ITEMS.proximity().size();
            case Group g -> g.clauses().stream().mapToInt(c -> terms(c.query())).sum();
            case UserQuery.All a -> 0;
            case UserQuery.Nothing n -> 0;
        };
    }

    private static int fields(Optional<String> field) {
        return field.isPresent() ? 1 : SearchFields.ITEMS.searched().size();
    }

    private static int words(String text) {
        return Math.max(1, text.strip().split("\\s+").length);
    }
}

package newssearch.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import newssearch.index.NewsSchema;

/**
 * Many queries drawn like {@link QueryMix}, so that a measured run is not a handful of queries asked again and
 * again: the same kinds in the same proportions (a fifth each of single common, mid and rare words, two-word ANDs
 * and phrases), each alone, with a field-of-work filter or with a country filter (a third each). Words come from
 * rank bands of the vocabulary rather than fixed ranks; phrases are two words the generator writes next to each
 * other (a stock phrase, a person's name, two common words of a sentence); filter values are drawn as the
 * generator draws them, the most common first. A query that repeats an earlier one is drawn again: only single
 * common words come round in a long stream, as the common band holds about fifty words.
 */
final class QueryStream {

    /** Ranks of the bands: the mix's words are ranks 14 and 22 (common), 400 and 600 (mid), 50,000 and 90,000. */
    static final int COMMON_FROM = 10;
    static final int COMMON_TO = 100;
    static final int MID_FROM = 300;
    static final int MID_TO = 3_000;
    static final int RARE_FROM = 20_000;
    /** How often a query that repeats an earlier one is drawn again before the repeat is kept. */
    private static final int REDRAWS = 100;

    private final SplittableRandom random;
    private final List<String> common;
    private final List<String> mid;
    private final List<String> rare;
    private final List<String> stockPhrases;

    private QueryStream(Vocabulary vocabulary, long seed) {
        this.random = new SplittableRandom(seed);
        this.common = band(vocabulary, COMMON_FROM, COMMON_TO);
        this.mid = band(vocabulary, MID_FROM, MID_TO);
        this.rare = band(vocabulary, RARE_FROM, Vocabulary.SIZE);
        this.stockPhrases = SiteFacts.PHRASES.stream()
                .filter(phrase -> phrase.split(" ").length == 2 && !phrase.contains("-")).toList();
    }

    /** {@code count} queries of every kind, drawn from {@code seed}. */
    static List<QueryMix.Query> draw(Vocabulary vocabulary, long seed, int count) {
        return draw(vocabulary, seed, count, List.of(QueryMix.Kind.values()));
    }

    /** {@code count} queries of the given kinds, in equal shares. */
    static List<QueryMix.Query> draw(Vocabulary vocabulary, long seed, int count, List<QueryMix.Kind> kinds) {
        QueryStream stream = new QueryStream(vocabulary, seed);
        Set<String> seen = new HashSet<>();
        List<QueryMix.Query> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            QueryMix.Kind kind = kinds.get(stream.random.nextInt(kinds.size()));
            int filter = stream.random.nextInt(3);
            QueryMix.Query query = stream.query(kind, filter);
            for (int i = 0; i < REDRAWS && seen.contains(query.label()); i++) {
                query = stream.query(kind, filter);
            }
            seen.add(query.label());
            queries.add(query);
        }
        return List.copyOf(queries);
    }

    /** The {@code /api/search} path of each query, with {@code extra} parameters ({@code &mode=keyword}). */
    static List<String> paths(List<QueryMix.Query> queries, String extra) {
        return queries.stream().map(query -> "/api/search?" + query.httpQuery(1) + extra).toList();
    }

    /** A query of {@code kind}: alone (filter 0), with a field of work (1) or with a country (2). */
    private QueryMix.Query query(QueryMix.Kind kind, int filter) {
        String text = switch (kind) {
            case COMMON -> pick(common);
            case MID -> pick(mid);
            case RARE -> pick(rare);
            case AND -> and();
            case PHRASE -> "\"" + phrase() + "\"";
        };
        return switch (filter) {
            case 0 -> new QueryMix.Query(kind, text, null, null);
            case 1 -> new QueryMix.Query(kind, text, NewsSchema.DIM_FIELD_OF_WORK, zipf(SiteFacts.FIELDS_OF_WORK));
            default -> new QueryMix.Query(kind, text, NewsSchema.DIM_COUNTRY, zipf(SiteFacts.STATES).name());
        };
    }

    /** As the mix pairs them: a common word and a mid word, or two mid words. */
    private String and() {
        String first = random.nextBoolean() ? pick(common) : pick(mid);
        String second = pick(mid);
        while (second.equals(first)) {
            second = pick(mid);
        }
        return first + " " + second;
    }

    /** Two words the generator writes side by side: a stock phrase, a person's name, or two common words. */
    private String phrase() {
        return switch (random.nextInt(3)) {
            case 0 -> zipf(stockPhrases);
            case 1 -> zipf(SiteFacts.FIRST_NAMES) + " " + zipf(SiteFacts.SURNAMES);
            default -> pick(common) + " " + pick(common);
        };
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** An element of {@code values}, drawn as the generator draws. */
    private <T> T zipf(List<T> values) {
        return PageGenerator.zipf(values, random);
    }

    /** The words of ranks {@code from} (inclusive) to {@code to} that the mix would also choose. */
    static List<String> band(Vocabulary vocabulary, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int rank = from; rank < to; rank++) {
            if (searchable(vocabulary.word(rank))) {
                words.add(vocabulary.word(rank));
            }
        }
        return List.copyOf(words);
    }

    /** Six letters or more and no hyphen, as {@link QueryMix#wordFrom}: no stop word, one token. */
    private static boolean searchable(String word) {
        return word.length() >= 6 && !word.contains("-");
    }
}

package newssearch.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import newssearch.index.NewsSchema;
import newssearch.search.SearchRequest;

/**
 * The fixed queries every run measures: single common, mid and rare terms (by rank in the Zipf vocabulary),
 * two-term ANDs and phrases, each alone, with a field-of-work filter and with a country filter.
 */
final class QueryMix {

    /** What a query is, for the per-kind figures. */
    enum Kind { COMMON, MID, RARE, AND, PHRASE }

    /**
     * One query of the mix.
     *
     * @param filterDim  the facet dimension filtered on ({@code fieldOfWork}, {@code country}), or null
     */
    record Query(Kind kind, String text, String filterDim, String filterValue) {

        String label() {
            return kind.name().toLowerCase() + " " + text + (filterDim == null ? "" : " [" + filterDim + "="
                    + filterValue + "]");
        }

        SearchRequest request() {
            SearchRequest request = SearchRequest.of(text);
            return filterDim == null ? request : request.withFilter(filterDim, filterValue);
        }

        /** The query string of {@code /api/search}, with {@code page}. */
        String httpQuery(int page) {
            StringBuilder query = new StringBuilder("q=").append(encode(text));
            if (filterDim != null) {
                query.append(filterDim.equals(NewsSchema.DIM_COUNTRY) ? "&country=" : "&field=")
                        .append(encode(filterValue));
            }
            if (page > 1) {
                query.append("&page=").append(page);
            }
            return query.toString();
        }
    }

    static final String FIELD_FILTER = "Human rights";
    static final String COUNTRY_FILTER = "Ukraine";

    private QueryMix() {
    }

    static List<Query> standard(Vocabulary vocabulary) {
        String common1 = wordFrom(vocabulary, 14);
        String common2 = wordFrom(vocabulary, 22);
        String mid1 = wordFrom(vocabulary, 400);
        String mid2 = wordFrom(vocabulary, 600);
        String rare1 = vocabulary.word(50_000);
        String rare2 = vocabulary.word(90_000);
        List<Query> base = List.of(
                new Query(Kind.COMMON, common1, null, null),
                new Query(Kind.COMMON, common2, null, null),
                new Query(Kind.MID, mid1, null, null),
                new Query(Kind.MID, mid2, null, null),
                new Query(Kind.RARE, rare1, null, null),
                new Query(Kind.RARE, rare2, null, null),
                new Query(Kind.AND, common1 + " " + mid1, null, null),
                new Query(Kind.AND, mid1 + " " + mid2, null, null),
                new Query(Kind.PHRASE, "\"human rights\"", null, null),
                new Query(Kind.PHRASE, "\"critical infrastructure\"", null, null));
        List<Query> mix = new ArrayList<>(base);
        for (Query query : base) {
            mix.add(new Query(query.kind(), query.text(), NewsSchema.DIM_FIELD_OF_WORK, FIELD_FILTER));
        }
        for (Query query : base) {
            mix.add(new Query(query.kind(), query.text(), NewsSchema.DIM_COUNTRY, COUNTRY_FILTER));
        }
        return List.copyOf(mix);
    }

    /** The first real word of six letters or more at or after {@code rank}. */
    static String wordFrom(Vocabulary vocabulary, int rank) {
        for (int r = rank; r < vocabulary.realWords(); r++) {
            String word = vocabulary.word(r);
            if (word.length() >= 6 && !word.contains("-")) {
                return word;
            }
        }
        throw new IllegalStateException("no long word after rank " + rank);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package newssearch.search;

import java.util.Locale;

/** How a query finds its items: by their words, by the meaning of their text, or both fused into one ranking. */
public enum SearchMode {
    /** The words of the query in the words of the items, ranked by BM25 over the searched fields. */
    KEYWORD,
    /** The items whose embedded text is nearest the query's in the model's vector space. */
    SEMANTIC,
    /** Both rankings fused by reciprocal rank, as Elasticsearch and OpenSearch fuse hybrid results. */
    HYBRID;

    /** The mode a request without {@code mode} searches in: the one that ranks best on the test collection. */
    public static final SearchMode DEFAULT = KEYWORD;

    public static SearchMode parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("mode", "mode must be keyword, semantic or hybrid, got '" + value + "'");
        }
    }

    /** The lower-case name the API and the command line use. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

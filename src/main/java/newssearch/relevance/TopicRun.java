package newssearch.relevance;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import newssearch.search.Hit;
import newssearch.search.NewsSearch;
import newssearch.search.SearchMode;
import newssearch.search.SearchRequest;
import newssearch.search.SortOrder;

/**
 * The rankings of every topic by one system: the search API in one mode, as it answers the first {@link #DEPTH}
 * hits of each query, best first, with no filters, as a person would type it in the search box; or an anchor.
 *
 * @param system   what ranked: a mode's id, or an anchor's name
 * @param rankings topic id -> its ranking, in the topics' order
 */
public record TopicRun(String system, Map<String, List<RankedDoc>> rankings) {

    /** How deep each ranking goes: recall@100 needs a hundred. */
    public static final int DEPTH = SearchRequest.MAX_SIZE;

    public TopicRun {
        rankings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rankings));
    }

    /** Searches every topic in {@code mode}. */
    public static TopicRun search(NewsSearch searcher, List<Topic> topics, SearchMode mode) throws IOException {
        Map<String, List<RankedDoc>> rankings = new LinkedHashMap<>();
        for (Topic topic : topics) {
            SearchRequest request = new SearchRequest(topic.query(), Map.of(), Optional.empty(), Optional.empty(),
                    SortOrder.RELEVANCE, 1, DEPTH, 1, Map.of(), mode);
            List<RankedDoc> ranking = new ArrayList<>();
            for (Hit hit : searcher.search(request).hits()) {
                ranking.add(new RankedDoc(hit.id(), hit.score()));
            }
            rankings.put(topic.id(), ranking);
        }
        return new TopicRun(mode.id(), rankings);
    }

    /**
     * The run in TREC's format, {@code qid Q0 docid rank score tag} a line, which trec_eval reads. trec_eval
     * orders a query's lines by score, so equal scores are written as slightly decreasing ones: the order
     * scored is the order searched.
     */
    public void write(Writer out, String tag) throws IOException {
        for (Map.Entry<String, List<RankedDoc>> entry : rankings.entrySet()) {
            double previous = Double.POSITIVE_INFINITY;
            int rank = 1;
            for (RankedDoc doc : entry.getValue()) {
                double score = Math.min(doc.score(), previous - 1e-6);
                out.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f %s%n", entry.getKey(), doc.docid(), rank,
                        score, tag));
                previous = Double.parseDouble(String.format(Locale.ROOT, "%.6f", score));
                rank++;
            }
        }
    }
}

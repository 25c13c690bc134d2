package newssearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import newssearch.embedding.Embedding;
import newssearch.index.NewsSchema;
import newssearch.search.BackendUnavailableException;
import newssearch.search.FacetCount;
import newssearch.search.Hit;
import newssearch.search.ProximityClause;
import newssearch.search.RankFusion;
import newssearch.search.SearchFields;
import newssearch.search.SearchMode;
import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;
import newssearch.search.SemanticModel;
import newssearch.search.UserQuery;

/**
 * The semantic and hybrid modes on SolrCloud, with the embedded index's meaning: the items nearest the query's
 * meaning are found once ({@code {!knn}} over the items, the date range and any explicit syntax as its pre-filter,
 * their global top {@link #CANDIDATES} merged from the shards), then counted, filtered and ranked as a set of ids;
 * a hybrid search counts the union with the words' matches and fuses the two rankings by reciprocal rank in this
 * process, as Solr 9 has no fusion of its own.
 */
final class SolrMeaningSearch {

    /** As the embedded index: how many items nearest the query's meaning a search takes, before filters. */
    static final int CANDIDATES = 100;

    private final SolrNodes nodes;
    private final String queryPath;
    private final SemanticModel semantic = SemanticModel.shared();

    SolrMeaningSearch(SolrNodes nodes, String queryPath) {
        this.nodes = nodes;
        this.queryPath = queryPath;
    }

    /**
     * The ids of the items nearest the query's meaning, nearest first, or empty when the semantic part cannot take
     * part (a notice says why; a request for semantic search alone is refused).
     */
    Optional<List<String>> nearest(SearchRequest request, UserQuery parsed, List<String> notices) throws IOException {
        Optional<Embedding> embedding = semantic.embedQuery(request.query());
        if (embedding.isEmpty()) {
            return unavailable(request, semantic.unavailableReason(), notices);
        }
        if (embedding.get().truncated()) {
            notices.add("the query is longer than the embedding model reads: its meaning was taken from its start");
        }
        int candidates = Math.max(CANDIDATES, request.page() * request.size());
        List<String> filters = new ArrayList<>(SolrSearch.filters(withoutFacets(request), NewsSchema.KIND_ITEM));
        boolean plain = SemanticModel.isPlain(parsed);
        if (!plain) {
            // Explicit syntax keeps its strict meaning: the nearest items are drawn from those its words match.
            filters.add(SolrQueries.render(parsed, SearchFields.ITEMS));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", "{!knn f=" + NewsSchema.VECTOR + " topK=" + candidates + "}" + vector(embedding.get()));
        body.put("filter", filters);
        body.put("limit", candidates);
        body.put("fields", NewsSchema.ID);
        body.put("params", SolrSearch.queryParams());
        List<String> ids = ids(nodes.postJson(queryPath, Map.of(), body, SolrNodes.QUERY_TIMEOUT));
        if (ids.isEmpty() && plain) {
            return unavailable(request, "the collection holds no vectors: rebuild it with ./newssearch index --solr "
                    + "... --full (without --no-vectors)", notices);
        }
        return Optional.of(ids);
    }

    private static Optional<List<String>> unavailable(SearchRequest request, String why, List<String> notices) {
        if (request.mode() == SearchMode.SEMANTIC) {
            throw new BackendUnavailableException("semantic search cannot answer: " + why, null);
        }
        notices.add("searched by words only: " + why);
        return Optional.empty();
    }

    /** A query for exactly these items. */
    static String itemsWithIds(List<String> ids) {
        // Ids are letters, digits, '_', '.' and '-' (ItemIds): no comma or quote to escape.
        return ids.isEmpty() ? "-*:*" : "{!terms f=" + NewsSchema.ID + "}" + String.join(",", ids);
    }

    /** The items of a semantic or hybrid search: the nearest alone, or the union with the words' matches. */
    static String union(SearchMode mode, String words, List<String> nearest) {
        String items = "_query_:" + SolrQueries.quoted(itemsWithIds(nearest));
        return mode == SearchMode.SEMANTIC ? items : "(" + words + ") OR " + items;
    }

    /**
     * The page of a search ranked by relevance in a mode by meaning: the nearest items that pass the filters, in
     * their order, or (hybrid) fused with the best hits by the words; {@code total} and {@code facets} come from
     * the union's count.
     *
     * @param words     the words' query (the proximity clause apart), for the hybrid ranking and the highlighter
     * @param highlight the whole query, which the highlighter marks
     */
    SearchResult ranked(SearchRequest request, List<String> nearest, String words, Optional<String> proximity,
                        String highlight, long total, Map<String, List<FacetCount>> facets, long start,
                        List<String> notices) throws IOException {
        int window = request.page() * request.size();
        List<String> byMeaning = passing(request, nearest);
        List<RankFusion.Fused<String>> ranking;
        if (request.mode() == SearchMode.HYBRID) {
            List<String> byWords = byWords(request, words, proximity, Math.max(window, ProximityClause.RESCORED_HITS));
            ranking = RankFusion.fuse(List.of(byWords, byMeaning), RankFusion.hybridWeights(request.query()),
                    RankFusion.K);
        } else {
            ranking = new ArrayList<>();
            for (int i = 0; i < byMeaning.size(); i++) {
                // The nearest first: a score that falls with the rank, as the ids carry no similarity of their own.
                ranking.add(new RankFusion.Fused<>(byMeaning.get(i), 1f / (i + 1)));
            }
        }
        int from = Math.min((request.page() - 1) * request.size(), ranking.size());
        List<RankFusion.Fused<String>> page = ranking.subList(from, Math.min(window, ranking.size()));
        List<Hit> hits = hits(page, highlight);
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        return new SearchResult(total, tookMs, hits, facets, Optional.empty(), false, request.mode(), notices);
    }

    /** The nearest items that pass the request's filters, nearest first. */
    private List<String> passing(SearchRequest request, List<String> nearest) throws IOException {
        if (request.filters().isEmpty() || nearest.isEmpty()) {
            return nearest;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", itemsWithIds(nearest));
        body.put("filter", SolrSearch.filters(request, NewsSchema.KIND_ITEM));
        body.put("limit", nearest.size());
        body.put("fields", NewsSchema.ID);
        body.put("params", SolrSearch.queryParams());
        Set<String> passed = new HashSet<>(ids(nodes.postJson(queryPath, Map.of(), body, SolrNodes.QUERY_TIMEOUT)));
        return nearest.stream().filter(passed::contains).toList();
    }

    /** The best hits by the words, with the proximity's lift, as the keyword mode ranks them. */
    private List<String> byWords(SearchRequest request, String words, Optional<String> proximity, int limit)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", words);
        body.put("filter", SolrSearch.filters(request, NewsSchema.KIND_ITEM));
        body.put("limit", limit);
        body.put("fields", NewsSchema.ID);
        body.put("sort", "score desc");
        Map<String, String> params = new LinkedHashMap<>(SolrSearch.queryParams());
        proximity.ifPresent(near -> {
            params.put("rq", "{!rerank reRankQuery=$rqq reRankDocs=" + ProximityClause.RESCORED_HITS
                    + " reRankWeight=1}");
            params.put("rqq", near);
        });
        body.put("params", params);
        return ids(nodes.postJson(queryPath, Map.of(), body, SolrNodes.QUERY_TIMEOUT));
    }

    /** The page's items in the ranking's order, highlighted with the query's words. */
    private List<Hit> hits(List<RankFusion.Fused<String>> page, String highlight) throws IOException {
        if (page.isEmpty()) {
            return List.of();
        }
        List<String> ids = page.stream().map(RankFusion.Fused::item).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", itemsWithIds(ids));
        body.put("filter", List.of(NewsSchema.KIND + ":" + NewsSchema.KIND_ITEM));
        body.put("limit", ids.size());
        body.put("fields", SolrDocuments.HIT_FIELDS);
        Map<String, String> params = new LinkedHashMap<>(SolrSearch.queryParams());
        params.putAll(Highlights.params());
        params.put("hl.q", highlight);
        body.put("params", params);
        JsonNode answer = nodes.postJson(queryPath, Map.of(), body, SolrNodes.QUERY_TIMEOUT);
        Map<String, JsonNode> docs = new HashMap<>();
        answer.path("response").path("docs").forEach(doc -> docs.put(doc.path(NewsSchema.ID).asText(), doc));
        JsonNode highlighting = answer.path("highlighting");
        List<Hit> hits = new ArrayList<>();
        for (RankFusion.Fused<String> fused : page) {
            JsonNode doc = docs.get(fused.item());
            if (doc != null) {
                Hit hit = SolrSearch.hit(doc, highlighting.path(fused.item()));
                hits.add(new Hit(hit.id(), hit.title(), hit.titleHtml(), hit.date(), hit.issuers(),
                        hit.fieldsOfWork(), hit.countries(), hit.snippet(), fused.score()));
            }
        }
        return hits;
    }

    private static List<String> ids(JsonNode answer) {
        List<String> ids = new ArrayList<>();
        answer.path("response").path("docs").forEach(doc -> ids.add(doc.path(NewsSchema.ID).asText()));
        return ids;
    }

    private static SearchRequest withoutFacets(SearchRequest request) {
        return new SearchRequest(request.query(), Map.of(), request.from(), request.to(), request.sort(),
                request.page(), request.size(), request.facetLimit(), Map.of(), request.mode());
    }

    private static String vector(Embedding embedding) {
        float[] vector = embedding.vector();
        List<String> values = new ArrayList<>(vector.length);
        for (float value : vector) {
            values.add(String.format(Locale.ROOT, "%.7g", value));
        }
        return values.stream().collect(Collectors.joining(",", "[", "]"));
    }
}

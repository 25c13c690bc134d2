package newssearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import newssearch.index.NewsSchema;
import newssearch.item.NewsItem;
import newssearch.item.gazetteer.StateAliases;
import newssearch.search.FacetCount;
import newssearch.search.PersonFacet;
import newssearch.search.Health;
import newssearch.search.Hit;
import newssearch.search.HtmlText;
import newssearch.search.IndexStats;
import newssearch.search.ItemView;
import newssearch.search.NewsSearch;
import newssearch.search.ProximityClause;
import newssearch.search.QuoteResult;
import newssearch.search.Respelling;
import newssearch.search.SearchFields;
import newssearch.search.SearchMode;
import newssearch.search.SearchRequest;
import newssearch.search.SearchResult;
import newssearch.search.SemanticModel;
import newssearch.search.SortOrder;
import newssearch.search.UserQuery;
import newssearch.search.UserQueryParser;

/**
 * Answers the search contract from a SolrCloud collection through Solr's JSON request API: the parsed query
 * rendered for Solr's standard parser ({@link SolrQueries}), filters tagged so that each facet dimension is
 * counted without its own filter (drill-sideways, as JSON facets' {@code excludeTags} do, refined so counts are
 * exact across shards), the unified highlighter for titles and snippets, the spell checker for did-you-mean,
 * the suggester for completions and more-like-this for related items.
 */
public final class SolrSearch implements NewsSearch {

    private static final int RELATED_ITEMS = 5;
    private static final long SEARCH_TIME_LIMIT_MILLIS = 2000;
    private static final String ELLIPSIS = " … ";
    private static final int EXPORT_BATCH = 1000;
    /** What an exported item needs: everything stored but the body. */
    private static final String EXPORT_FIELDS = String.join(",", NewsSchema.ID, NewsSchema.FILE,
            NewsSchema.CONTENT_TYPE, NewsSchema.TITLE, NewsSchema.LEAD, NewsSchema.DATE_ISO, NewsSchema.DATE_SOURCE,
            NewsSchema.ISSUER, NewsSchema.FIELD_OF_WORK, NewsSchema.PERSON_ROLE, NewsSchema.PLACE,
            NewsSchema.COUNTRY);

    private final SolrNodes nodes;
    private final SolrSettings settings;
    private final UserQueryParser parser = new UserQueryParser(StateAliases.bundled());
    private final SolrMeaningSearch meaning;

    SolrSearch(SolrNodes nodes, SolrSettings settings) {
        this.nodes = nodes;
        this.settings = settings;
        this.meaning = new SolrMeaningSearch(nodes, path("/query"));
    }

    /** The message for a collection built with another field layout than this version's. */
    static String olderLayout(SolrSettings settings, String layout) {
        return "collection " + settings.collection() + " was built with another schema layout (" + layout
                + "; this version uses " + NewsSchema.LAYOUT_VERSION + "): rebuild it with ./newssearch index --solr "
                + String.join(",", settings.nodes()) + " --collection " + settings.collection() + " --full";
    }

    private String path(String handler) {
        return "/" + settings.collection() + handler;
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        long start = System.nanoTime();
        UserQuery query = parser.parse(request.query());
        List<String> notices = new ArrayList<>();
        Optional<List<String>> nearest = request.mode() != SearchMode.KEYWORD && SemanticModel.hasMeaning(request, query)
                ? meaning.nearest(request, query, notices) : Optional.empty();
        SearchMode answered = nearest.isPresent() ? request.mode() : SearchMode.KEYWORD;
        boolean byDate = request.sort() == SortOrder.DATE || !request.hasQuery();
        Optional<ProximityClause> rescore = byDate ? Optional.empty() : ProximityClause.of(query);
        String words = SolrQueries.render(rescore.map(ProximityClause::words).orElse(query), SearchFields.ITEMS);
        String whole = SolrQueries.render(query, SearchFields.ITEMS);
        // A search by meaning ranked by relevance is counted here and ranked apart (SolrMeaningSearch).
        boolean rankedApart = nearest.isPresent() && !byDate;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", nearest.isPresent() ? SolrMeaningSearch.union(answered, words, nearest.get()) : words);
        body.put("filter", filters(request, NewsSchema.KIND_ITEM));
        body.put("offset", rankedApart ? 0 : (request.page() - 1) * request.size());
        body.put("limit", rankedApart ? 0 : request.size());
        body.put("fields", SolrDocuments.HIT_FIELDS);
        body.put("sort", byDate ? NewsSchema.DATE + " desc, score desc" : "score desc");
        body.put("facet", facets(request, NewsSchema.DIMENSIONS));
        Map<String, String> params = new LinkedHashMap<>(queryParams());
        // Cut at the embedded index's limit: Solr answers what it found by then and says the results are partial.
        params.put("timeAllowed", Long.toString(SEARCH_TIME_LIMIT_MILLIS));
        if (request.hasQuery() && !rankedApart) {
            params.putAll(Highlights.params());
            params.put("hl.q", whole);
        }
        if (answered == SearchMode.KEYWORD) {
            rescore.ifPresent(clause -> {
                // As the embedded index does: the words find and rank the hits, the proximity clause adds its score
                // to the best ones only (rerank's "add"), and the highlighter still sees the whole query.
                params.put("rq", "{!rerank reRankQuery=$rqq reRankDocs=" + ProximityClause.RESCORED_HITS
                        + " reRankWeight=1}");
                params.put("rqq", SolrQueries.render(clause.proximity(), SearchFields.ITEMS));
            });
        }
        body.put("params", params);
        JsonNode answer = nodes.postJson(path("/query"), Map.of(), body, SolrNodes.QUERY_TIMEOUT);
        long total = answer.path("response").path("numFound").asLong();
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : NewsSchema.DIMENSIONS) {
            facets.put(dim, facetCounts(dim, answer.path("facets").path(dim), request.facetLimit(dim)));
        }
        if (rankedApart) {
            Optional<String> proximity = rescore.map(clause -> SolrQueries.render(clause.proximity(),
                    SearchFields.ITEMS));
            return meaning.ranked(request, nearest.get(), words, proximity, whole, total, facets, start, notices);
        }
        List<Hit> hits = new ArrayList<>();
        JsonNode highlighting = answer.path("highlighting");
        for (JsonNode doc : answer.path("response").path("docs")) {
            hits.add(hit(doc, highlighting.path(doc.path(NewsSchema.ID).asText())));
        }
        Optional<String> suggestion = total == 0 && request.hasQuery() ? didYouMean(request.query()) : Optional.empty();
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        boolean partial = answer.path("responseHeader").path("partialResults").asBoolean(false);
        return new SearchResult(total, tookMs, hits, facets, suggestion, partial, answered, notices);
    }

    /**
     * Pages with a cursor: each page starts after the sort values of the last, so deep pages cost no more than
     * the first, and the unique key in the sort makes the order total.
     */
    @Override
    public int export(SearchRequest request, int limit, ItemSink sink) throws IOException {
        UserQuery query = parser.parse(request.query());
        String words = SolrQueries.render(query, SearchFields.ITEMS);
        // The same items the search counts: in a mode by meaning, the nearest items too, or those alone.
        Optional<List<String>> nearest = request.mode() != SearchMode.KEYWORD && SemanticModel.hasMeaning(request, query)
                ? meaning.nearest(request, query, new ArrayList<>()) : Optional.empty();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", nearest.isPresent() ? SolrMeaningSearch.union(request.mode(), words, nearest.get()) : words);
        body.put("filter", filters(request, NewsSchema.KIND_ITEM));
        body.put("fields", EXPORT_FIELDS);
        body.put("sort", NewsSchema.DATE + " desc, " + NewsSchema.ID + " asc");
        int exported = 0;
        String cursor = "*";
        while (exported < limit) {
            body.put("limit", Math.min(EXPORT_BATCH, limit - exported));
            Map<String, String> params = new LinkedHashMap<>(queryParams());
            params.put("cursorMark", cursor);
            body.put("params", params);
            JsonNode answer = nodes.postJson(path("/query"), Map.of(), body, SolrNodes.QUERY_TIMEOUT);
            for (JsonNode doc : answer.path("response").path("docs")) {
                sink.accept(SolrDocuments.toItem(doc));
                exported++;
            }
            String next = answer.path("nextCursorMark").asText(cursor);
            if (next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        return exported;
    }

    /** Solr's standard parser, with every occurrence spelled out by {@link SolrQueries}. */
    static Map<String, String> queryParams() {
        return Map.of("defType", "lucene", "q.op", "OR", "sow", "true");
    }

    /** The filters of a request, after the kind of document searched (items, or quotations). */
    static List<String> filters(SearchRequest request, String kind) {
        List<String> filters = new ArrayList<>();
        filters.add(NewsSchema.KIND + ":" + kind);
        request.filters().forEach((dim, values) -> {
            // A person by their key, however each item writes the name.
            boolean person = dim.equals(NewsSchema.DIM_PERSON);
            List<String> quoted = (person ? PersonFacet.keys(values) : values).stream().map(SolrQueries::quoted)
                    .toList();
            filters.add("{!tag=" + dim + "}" + (person ? NewsSchema.PERSON_KEY : SolrDocuments.facetField(dim))
                    + ":(" + String.join(" OR ", quoted) + ")");
        });
        if (request.from().isPresent() || request.to().isPresent()) {
            String from = request.from().map(d -> Long.toString(d.toEpochDay())).orElse("*");
            String to = request.to().map(d -> Long.toString(d.toEpochDay())).orElse("*");
            filters.add(NewsSchema.DATE + ":[" + from + " TO " + to + "]");
        }
        return filters;
    }

    static Map<String, Object> facets(SearchRequest request, List<String> dimensions) {
        Map<String, Object> facets = new LinkedHashMap<>();
        for (String dim : dimensions) {
            int limit = dim.equals(NewsSchema.DIM_PERSON) ? PersonFacet.widened(request.facetLimit(dim))
                    : request.facetLimit(dim);
            Map<String, Object> facet = new LinkedHashMap<>();
            facet.put("type", "terms");
            facet.put("field", SolrDocuments.facetField(dim));
            facet.put("limit", limit == 0 ? -1 : limit);
            facet.put("sort", "count desc");
            facet.put("mincount", 1);
            // Counts of the top values are fetched again from every shard, so they are exact, not estimates.
            facet.put("refine", true);
            if (request.filters().containsKey(dim)) {
                facet.put("domain", Map.of("excludeTags", dim));
            }
            facets.put(dim, facet);
        }
        return facets;
    }

    /** A dimension's values as {@link #facetCounts(JsonNode, int)}; the person facet's writings folded per person. */
    static List<FacetCount> facetCounts(String dim, JsonNode facet, int limit) {
        return dim.equals(NewsSchema.DIM_PERSON) ? PersonFacet.fold(facetCounts(facet, 0), limit)
                : facetCounts(facet, limit);
    }

    /** Values by count, then by value, as the embedded index lists them. */
    static List<FacetCount> facetCounts(JsonNode facet, int limit) {
        List<FacetCount> counts = new ArrayList<>();
        for (JsonNode bucket : facet.path("buckets")) {
            counts.add(new FacetCount(bucket.path("val").asText(), bucket.path("count").asLong()));
        }
        counts.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count())
                : a.value().compareTo(b.value()));
        return limit == 0 || counts.size() <= limit ? counts : counts.subList(0, limit);
    }

    static Hit hit(JsonNode doc, JsonNode highlighting) {
        String title = SolrDocuments.text(doc, NewsSchema.TITLE);
        String lead = SolrDocuments.text(doc, NewsSchema.LEAD);
        String titleHtml = Highlights.title(highlighting).orElse(HtmlText.escape(title));
        String snippet = Highlights.snippet(highlighting, ELLIPSIS).orElse(HtmlText.opening(lead));
        double score = doc.path("score").asDouble(0);
        return new Hit(SolrDocuments.text(doc, NewsSchema.ID), title, titleHtml, SolrDocuments.date(doc),
                SolrDocuments.texts(doc, NewsSchema.ISSUER), SolrDocuments.texts(doc, NewsSchema.FIELD_OF_WORK),
                SolrDocuments.texts(doc, NewsSchema.COUNTRY), snippet, Double.isNaN(score) ? 0f : (float) score);
    }

    private Optional<String> didYouMean(String query) throws IOException {
        List<String> words = Respelling.words(query);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", "*:*");
        params.put("rows", "0");
        params.put("spellcheck", "true");
        params.put("spellcheck.q", String.join(" ", words));
        params.put("spellcheck.count", "1");
        params.put("json.nl", "map");
        JsonNode suggestions = nodes.get(path("/select"), params, SolrNodes.QUERY_TIMEOUT)
                .path("spellcheck").path("suggestions");
        Map<String, String> respellings = new HashMap<>();
        for (String word : words) {
            JsonNode best = suggestions.path(word).path("suggestion").path(0);
            if (!best.isMissingNode()) {
                respellings.put(word, best.isObject() ? best.path("word").asText() : best.asText());
            }
        }
        return Respelling.apply(query, respellings);
    }

    @Override
    public QuoteResult quotes(SearchRequest request) throws IOException {
        return new SolrQuotes(nodes, path("/query")).search(request, SolrQueries.render(parser.parse(request.query()),
                SearchFields.QUOTES));
    }

    @Override
    public Optional<ItemView> item(String id) throws IOException {
        JsonNode doc = nodes.get(path("/get"), Map.of("id", id), SolrNodes.QUERY_TIMEOUT).path("doc");
        if (doc.isMissingNode() || doc.isNull()) {
            return Optional.empty();
        }
        NewsItem item = SolrDocuments.toItem(doc);
        return Optional.of(new ItemView(item, related(id)));
    }

    @Override
    public List<NewsItem> itemsNaming(String personKey) throws IOException {
        return itemsWhere(NewsSchema.PERSON_KEY, personKey);
    }

    @Override
    public List<NewsItem> itemsWithOffice(String office) throws IOException {
        return itemsWhere(NewsSchema.OFFICE, office);
    }

    /**
     * Every item whose whole-term field holds the value, whole (the body and quotations too, as the embedded index
     * gives them: a short form of a role finds its office in the body), read a batch at a time behind a cursor.
     */
    private List<NewsItem> itemsWhere(String field, String value) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", "{!term f=" + field + " v=$value}");
        body.put("filter", List.of(NewsSchema.KIND + ":" + NewsSchema.KIND_ITEM));
        body.put("fields", "*");
        body.put("sort", NewsSchema.ID + " asc");
        body.put("limit", EXPORT_BATCH);
        List<NewsItem> items = new ArrayList<>();
        String cursor = "*";
        while (true) {
            Map<String, String> params = new LinkedHashMap<>(queryParams());
            params.put("value", value);
            params.put("cursorMark", cursor);
            body.put("params", params);
            JsonNode answer = nodes.postJson(path("/query"), Map.of(), body, SolrNodes.QUERY_TIMEOUT);
            for (JsonNode doc : answer.path("response").path("docs")) {
                items.add(SolrDocuments.toItem(doc));
            }
            String next = answer.path("nextCursorMark").asText(cursor);
            if (next.equals(cursor)) {
                return items;
            }
            cursor = next;
        }
    }

    @Override
    public List<String> offices() throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", NewsSchema.KIND + ":" + NewsSchema.KIND_ITEM);
        body.put("limit", 0);
        body.put("facet", Map.of("offices", Map.of("type", "terms", "field", NewsSchema.OFFICE, "limit", -1,
                "mincount", 1)));
        body.put("params", queryParams());
        JsonNode answer = nodes.postJson(path("/query"), Map.of(), body, SolrNodes.QUERY_TIMEOUT);
        List<String> offices = new ArrayList<>();
        answer.path("facets").path("offices").path("buckets").forEach(bucket -> offices.add(bucket.path("val").asText()));
        return offices;
    }

    private List<Hit> related(String id) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", "{!mlt qf=" + NewsSchema.TITLE + "," + NewsSchema.BODY + " mintf=1 mindf=1}" + id);
        body.put("filter", List.of(NewsSchema.KIND + ":" + NewsSchema.KIND_ITEM));
        body.put("limit", RELATED_ITEMS);
        body.put("fields", SolrDocuments.HIT_FIELDS);
        JsonNode answer = nodes.postJson(path("/query"), Map.of(), body, SolrNodes.QUERY_TIMEOUT);
        List<Hit> related = new ArrayList<>();
        for (JsonNode doc : answer.path("response").path("docs")) {
            if (!doc.path(NewsSchema.ID).asText().equals(id)) {
                related.add(hit(doc, MissingNode.getInstance()));
            }
        }
        return related;
    }

    @Override
    public List<String> suggest(String prefix, int count) throws IOException {
        if (prefix.isBlank()) {
            return List.of();
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("suggest.q", prefix);
        params.put("suggest.count", Integer.toString(count * 3));
        params.put("shards.qt", "/suggest");
        // A replica whose completions are not built yet leaves its shard out rather than failing the request.
        params.put("shards.tolerant", "true");
        JsonNode found = nodes.get(path("/suggest"), params, SolrNodes.QUERY_TIMEOUT).path("suggest");
        Set<String> keys = new LinkedHashSet<>();
        found.forEach(dictionary -> dictionary.path(prefix).path("suggestions")
                .forEach(suggestion -> keys.add(suggestion.path("term").asText())));
        return keys.stream().limit(count).toList();
    }

    @Override
    public IndexStats stats() throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", NewsSchema.KIND + ":" + NewsSchema.KIND_ITEM);
        body.put("limit", 0);
        Map<String, Object> distinct = new LinkedHashMap<>();
        NewsSchema.DIMENSIONS.forEach(dim -> distinct.put(dim, "unique(" + SolrDocuments.facetField(dim) + ")"));
        body.put("facet", distinct);
        JsonNode answer = nodes.postJson(path("/query"), Map.of(), body, SolrNodes.QUERY_TIMEOUT);
        Map<String, Integer> values = new LinkedHashMap<>();
        NewsSchema.DIMENSIONS.forEach(dim -> values.put(dim, answer.path("facets").path(dim).asInt(0)));
        SolrCollections collections = new SolrCollections(nodes);
        Map<String, String> properties = collections.aliasProperties(settings.collection());
        String target = collections.aliasTarget(settings.collection()).orElse(settings.collection());
        return new IndexStats(answer.path("response").path("numFound").asInt(), values,
                Optional.ofNullable(properties.get(SolrIndexSink.PROPERTY_TIME)),
                Optional.ofNullable(properties.get(SolrIndexSink.PROPERTY_SUMMARY)), indexBytes(collections, target));
    }

    /** The size of every active replica of the collection, as its node reports it. */
    private long indexBytes(SolrCollections collections, String collection) throws IOException {
        long bytes = 0;
        for (Replica replica : collections.replicas(collection)) {
            if (!replica.isActive()) {
                continue;
            }
            try {
                JsonNode status = nodes.getFrom(replica.baseUrl(), "/admin/cores",
                        Map.of("action", "STATUS", "core", replica.core()), SolrNodes.QUERY_TIMEOUT);
                bytes += status.path("status").path(replica.core()).path("index").path("sizeInBytes").asLong();
            } catch (IOException | RuntimeException down) {
                // A node that has just gone holds no replica anyone can read; the others still count.
            }
        }
        return bytes;
    }

    @Override
    public Health health() throws IOException {
        return new ClusterHealth(nodes, settings).check();
    }

    @Override
    public void close() {
        // The HTTP client holds no connection that outlives its requests.
    }
}

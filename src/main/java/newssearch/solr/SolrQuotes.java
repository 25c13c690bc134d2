package newssearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import newssearch.index.NewsSchema;
import newssearch.search.FacetCount;
import newssearch.search.HtmlText;
import newssearch.search.QuoteHit;
import newssearch.search.QuoteResult;
import newssearch.search.SearchRequest;
import newssearch.search.SortOrder;

/**
 * Searches the quotations' documents of the collection: the quoted words matched and highlighted whole, the
 * item filters applied through the values each quotation carries from its item, speaker and year counted with
 * the same tagged-filter facets as items.
 */
final class SolrQuotes {

    private static final String FIELDS = String.join(",", NewsSchema.ID, NewsSchema.QUOTE, NewsSchema.PERSON,
            NewsSchema.SPEAKER_ROLE, NewsSchema.ITEM_REF, NewsSchema.TITLE, NewsSchema.DATE_ISO);

    private final SolrNodes nodes;
    private final String queryPath;

    SolrQuotes(SolrNodes nodes, String queryPath) {
        this.nodes = nodes;
        this.queryPath = queryPath;
    }

    QuoteResult search(SearchRequest request, String query) throws IOException {
        long start = System.nanoTime();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("filter", SolrSearch.filters(request, NewsSchema.KIND_QUOTE));
        body.put("offset", (request.page() - 1) * request.size());
        body.put("limit", request.size());
        body.put("fields", FIELDS);
        boolean byDate = request.sort() == SortOrder.DATE || !request.hasQuery();
        body.put("sort", byDate ? NewsSchema.DATE + " desc, score desc" : "score desc");
        body.put("facet", SolrSearch.facets(request, NewsSchema.QUOTE_DIMENSIONS));
        Map<String, String> params = new LinkedHashMap<>(SolrSearch.queryParams());
        if (request.hasQuery()) {
            params.putAll(Map.of("hl", "true", "hl.method", "unified", "hl.fl", NewsSchema.QUOTE,
                    "hl.tag.pre", "<mark>", "hl.tag.post", "</mark>", "hl.encoder", "html",
                    "hl.requireFieldMatch", "true", "hl.defaultSummary", "false", "hl.bs.type", "WHOLE"));
        }
        body.put("params", params);
        JsonNode answer = nodes.postJson(queryPath, Map.of(), body, SolrNodes.QUERY_TIMEOUT);
        List<QuoteHit> quotes = new ArrayList<>();
        JsonNode highlighting = answer.path("highlighting");
        for (JsonNode doc : answer.path("response").path("docs")) {
            String words = SolrDocuments.text(doc, NewsSchema.QUOTE);
            JsonNode marked = highlighting.path(doc.path(NewsSchema.ID).asText()).path(NewsSchema.QUOTE).path(0);
            List<String> speaker = SolrDocuments.texts(doc, NewsSchema.PERSON);
            quotes.add(new QuoteHit(words, marked.isMissingNode() ? HtmlText.escape(words) : marked.asText(),
                    speaker.stream().findFirst(), Optional.ofNullable(doc.path(NewsSchema.SPEAKER_ROLE).textValue()),
                    SolrDocuments.text(doc, NewsSchema.ITEM_REF), SolrDocuments.text(doc, NewsSchema.TITLE),
                    SolrDocuments.date(doc)));
        }
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : NewsSchema.QUOTE_DIMENSIONS) {
            facets.put(dim, SolrSearch.facetCounts(dim, answer.path("facets").path(dim), request.facetLimit(dim)));
        }
        return new QuoteResult(answer.path("response").path("numFound").asLong(),
                (System.nanoTime() - start) / 1_000_000, quotes, facets);
    }
}

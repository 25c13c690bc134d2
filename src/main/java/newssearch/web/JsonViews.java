package newssearch.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.Quote;
import newssearch.search.FacetCount;
import newssearch.search.Health;
import newssearch.search.Interpretation;
import newssearch.search.SemanticModel;
import newssearch.search.Hit;
import newssearch.search.IndexStats;
import newssearch.search.ItemView;
import newssearch.search.QuoteHit;
import newssearch.search.QuoteResult;
import newssearch.search.SearchResult;

/** The JSON shapes of the API, built from the search stage's records; absent values become null. */
final class JsonViews {

    private JsonViews() {
    }

    static Map<String, Object> result(SearchResult result, int page, int size) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", result.total());
        json.put("page", page);
        json.put("size", size);
        json.put("tookMs", result.tookMs());
        json.put("hits", result.hits().stream().map(JsonViews::hit).toList());
        json.put("facets", facets(result.facets()));
        json.put("didYouMean", result.didYouMean().orElse(null));
        json.put("mode", result.mode().id());
        if (!result.notices().isEmpty()) {
            json.put("notices", result.notices());
        }
        result.interpretedAs().ifPresent(reading -> json.put("interpretedAs", interpretation(reading)));
        if (result.partial()) {
            // As Solr's partialResults: present only when the search was cut at its time limit.
            json.put("partialResults", true);
        }
        return json;
    }

    static Map<String, Object> hit(Hit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", hit.id());
        json.put("title", hit.title());
        json.put("titleHtml", hit.titleHtml());
        json.put("date", hit.date().map(LocalDate::toString).orElse(null));
        json.put("issuers", hit.issuers());
        json.put("fieldsOfWork", hit.fieldsOfWork());
        json.put("countries", hit.countries());
        json.put("snippet", hit.snippet());
        json.put("score", hit.score());
        return json;
    }

    static Map<String, Object> item(ItemView view) {
        NewsItem item = view.item();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", item.id());
        json.put("file", item.file());
        json.put("contentType", item.contentType().orElse(null));
        json.put("title", item.title());
        json.put("lead", item.lead());
        json.put("date", item.date().date().map(LocalDate::toString).orElse(null));
        json.put("dateSource", item.date().source().label());
        json.put("issuers", item.issuers());
        json.put("fieldsOfWork", item.fieldsOfWork());
        json.put("people", item.people().stream().map(JsonViews::person).toList());
        json.put("places", item.places());
        json.put("countries", item.countries());
        json.put("body", item.body());
        json.put("quotes", item.quotes().stream().map(quote -> quote(quote, item)).toList());
        json.put("related", view.related().stream().map(JsonViews::hit).toList());
        return json;
    }

    /** A quotation of the item, with its speaker's role as the item gives it. */
    private static Map<String, Object> quote(Quote quote, NewsItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("speaker", quote.speaker().orElse(null));
        json.put("role", quote.speaker().flatMap(item::roleOf).orElse(null));
        json.put("text", quote.text());
        return json;
    }

    static Map<String, Object> quotes(QuoteResult result, int page, int size) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", result.total());
        json.put("page", page);
        json.put("size", size);
        json.put("tookMs", result.tookMs());
        json.put("quotes", result.quotes().stream().map(JsonViews::quoteHit).toList());
        json.put("facets", facets(result.facets()));
        return json;
    }

    private static Map<String, Object> quoteHit(QuoteHit hit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", hit.text());
        json.put("textHtml", hit.textHtml());
        json.put("speaker", hit.speaker().orElse(null));
        json.put("role", hit.role().orElse(null));
        json.put("itemId", hit.itemId());
        json.put("itemTitle", hit.itemTitle());
        json.put("date", hit.date().map(LocalDate::toString).orElse(null));
        return json;
    }

    static Map<String, Object> person(Person person) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", person.name());
        json.put("role", person.role().orElse(null));
        return json;
    }

    static Map<String, Object> stats(IndexStats stats) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("documents", stats.documents());
        json.put("facetValues", stats.facetValues());
        json.put("lastReindex", stats.lastReindex().orElse(null));
        json.put("reindexSummary", stats.reindexReport().orElse(null));
        json.put("indexSizeBytes", stats.sizeBytes());
        return json;
    }

    private static Map<String, Object> facets(Map<String, List<FacetCount>> facets) {
        Map<String, Object> json = new LinkedHashMap<>();
        facets.forEach((dim, counts) -> json.put(dim, counts.stream().map(JsonViews::facetCount).toList()));
        return json;
    }

    private static Map<String, Object> facetCount(FacetCount count) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("value", count.value());
        json.put("count", count.count());
        return json;
    }

    /** How the query's time and place words were read: what the page shows as chips. */
    private static Map<String, Object> interpretation(Interpretation reading) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", reading.query());
        json.put("from", reading.from().map(Object::toString).orElse(null));
        json.put("to", reading.to().map(Object::toString).orElse(null));
        json.put("country", reading.countries());
        json.put("phrases", reading.phrases());
        return json;
    }

    static Map<String, Object> health(Health health) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", health.status());
        json.put("documents", health.documents());
        json.putAll(health.details());
        // Keyword search serves while the model loads, or without it: the status stays "up" either way.
        json.put("semantic", SemanticModel.shared().status());
        return json;
    }
}

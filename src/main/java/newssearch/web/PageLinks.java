package newssearch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.javalin.http.Context;

import newssearch.index.NewsSchema;
import newssearch.search.SearchRequest;
import newssearch.search.SortOrder;

/**
 * Links to the search page for a request, as the page itself writes its URL ({@code state.js}): the query, the
 * filters, the dates and the sort, then {@code item=<id>} for an open item.
 */
final class PageLinks {

    /** Facet dimension -> the page's parameter, in the page's order. */
    private static final Map<String, String> PAGE_PARAMETERS = pageParameters();

    private PageLinks() {
    }

    /** {@code http://host:port} as the client reached the server. */
    static String site(Context ctx) {
        String host = ctx.host() == null ? "127.0.0.1:" + ctx.port() : ctx.host();
        return ctx.scheme() + "://" + host;
    }

    /** {@code q=border&country=Moldova&sort=date}: the search without its page. */
    static String searchQuery(SearchRequest request, SortOrder sort) {
        List<String> pairs = new ArrayList<>();
        if (request.hasQuery()) {
            pairs.add(pair("q", request.query()));
        }
        PAGE_PARAMETERS.forEach((dim, parameter) ->
                request.filters().getOrDefault(dim, List.of()).forEach(value -> pairs.add(pair(parameter, value))));
        request.from().ifPresent(date -> pairs.add(pair("from", date.toString())));
        request.to().ifPresent(date -> pairs.add(pair("to", date.toString())));
        if (sort == SortOrder.DATE) {
            pairs.add(pair("sort", "date"));
        }
        return String.join("&", pairs);
    }

    static String search(String site, SearchRequest request, SortOrder sort) {
        String query = searchQuery(request, sort);
        return site + "/" + (query.isEmpty() ? "" : "?" + query);
    }

    static String item(String site, SearchRequest request, SortOrder sort, String id) {
        String query = searchQuery(request, sort);
        return site + "/?" + (query.isEmpty() ? "" : query + "&") + pair("item", id);
    }

    private static String pair(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static Map<String, String> pageParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(NewsSchema.DIM_FIELD_OF_WORK, "field");
        parameters.put(NewsSchema.DIM_COUNTRY, "country");
        parameters.put(NewsSchema.DIM_ISSUER, "issuer");
        parameters.put(NewsSchema.DIM_PERSON, "person");
        parameters.put(NewsSchema.DIM_YEAR, "year");
        return parameters;
    }
}

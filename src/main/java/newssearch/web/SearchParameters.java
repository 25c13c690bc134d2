package newssearch.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.javalin.http.Context;

import newssearch.index.NewsSchema;
import newssearch.search.InvalidRequestException;
import newssearch.search.SearchMode;
import newssearch.search.SearchRequest;
import newssearch.search.SortOrder;

/**
 * Reads a {@link SearchRequest} from the query string of {@code /api/search} and {@code /api/quotes}. Every malformed value is an
 * {@link InvalidRequestException} naming its parameter.
 */
final class SearchParameters {

    /** URL parameter -> facet dimension. {@code field} is the short name the API has always accepted. */
    private static final Map<String, String> FILTERS = filters();

    private SearchParameters() {
    }

    /** The request of {@code /api/search}: best match first unless {@code sort} says otherwise. */
    static SearchRequest read(Context ctx) {
        return read(ctx, SortOrder.RELEVANCE);
    }

    /** A request whose order, when {@code sort} is absent, is {@code defaultSort} ({@code /api/quotes}: newest). */
    static SearchRequest read(Context ctx, SortOrder defaultSort) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        FILTERS.forEach((parameter, dim) -> {
            List<String> values = ctx.queryParams(parameter);
            if (!values.isEmpty()) {
                filters.computeIfAbsent(dim, d -> new ArrayList<>()).addAll(values);
            }
        });
        filters.getOrDefault(NewsSchema.DIM_YEAR, List.of()).forEach(year -> {
            if (!year.strip().matches("\\d{4}")) {
                throw new InvalidRequestException("year", "year must be four digits, like 2024, got '" + year + "'");
            }
        });
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("");
        return new SearchRequest(query, filters, date(ctx, "from"), date(ctx, "to"),
                Optional.ofNullable(ctx.queryParam("sort")).filter(s -> !s.isBlank()).map(SortOrder::parse)
                        .orElse(defaultSort),
                integer(ctx, "page", 1),
                integer(ctx, "size", SearchRequest.DEFAULT_SIZE),
                limit("facetLimit", ctx.queryParam("facetLimit")),
                facetLimits(ctx),
                Optional.ofNullable(ctx.queryParam("mode")).filter(m -> !m.isBlank()).map(SearchMode::parse)
                        .orElse(SearchMode.DEFAULT),
                bool(ctx, "interpret", true));
    }

    /** {@code facetLimit.year=all}: a limit for one dimension. */
    private static Map<String, Integer> facetLimits(Context ctx) {
        Map<String, Integer> limits = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (name.startsWith("facetLimit.") && !values.isEmpty()) {
                String facet = name.substring("facetLimit.".length());
                limits.put(FILTERS.getOrDefault(facet, facet), limit(name, values.get(0)));
            }
        });
        return limits;
    }

    /** {@code true}/{@code false} (or 1/0); absent gives {@code fallback}. */
    private static boolean bool(Context ctx, String name, boolean fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidRequestException(name, name + " must be true or false, got '" + value + "'");
        };
    }

    static int integer(Context ctx, String name, int fallback) {
        return integer(name, ctx.queryParam(name), fallback);
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, name + " must be a whole number, got '" + value + "'");
        }
    }

    private static int limit(String name, String value) {
        if (value != null && value.strip().equalsIgnoreCase("all")) {
            return 0;
        }
        return integer(name, value, SearchRequest.DEFAULT_FACET_LIMIT);
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(name, name + " must be a date as YYYY-MM-DD, got '" + value + "'");
        }
    }

    private static Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("field", NewsSchema.DIM_FIELD_OF_WORK);
        filters.put("fieldOfWork", NewsSchema.DIM_FIELD_OF_WORK);
        filters.put("country", NewsSchema.DIM_COUNTRY);
        filters.put("issuer", NewsSchema.DIM_ISSUER);
        filters.put("person", NewsSchema.DIM_PERSON);
        filters.put("year", NewsSchema.DIM_YEAR);
        return filters;
    }
}

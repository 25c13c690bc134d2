package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The JSON API through the real server, the same for every backend, over the two seed pages and small pages made for one behaviour each. */
public abstract class SearchApiContract extends ServedContract {

    /** What both engines mark for "infrastructure", then for "terrorism", over the seeds and the fixture pages. */
    private static final String EXPECTED_SPANS = " [infrastructure]  |  [Infrastructure]  |  [infrastructure]. | "
            + " [infrastructure], |  [infrastructure]  |  [infrastructure], |  [infrastructure]  |  [infrastructure]  | "
            + " [infrastructure]  ||  [terrorism]  | -[Terrorism]  | “[Terrorism]  | -[terrorism]  | [Terrorism]  | "
            + " [terrorism]  |  [terrorism], |  [terrorism],";

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static List<String> facet(JsonNode result, String dim) {
        List<String> values = new ArrayList<>();
        result.get("facets").get(dim).forEach(v -> values.add(v.get("value").asText() + " (" + v.get("count").asInt() + ")"));
        return values;
    }

    @Test
    void terrorismFindsBothSeeds() throws Exception {
        JsonNode result = server.json("/api/search?q=terrorism");
        assertTrue(ids(result).containsAll(List.of("000_a91628f60ba626d3", "002_1899501280fdbaa4")), ids(result).toString());
        JsonNode hit = result.get("hits").get(0);
        for (String key : List.of("id", "title", "date", "issuers", "fieldsOfWork", "countries", "snippet")) {
            assertTrue(hit.has(key), "hit has " + key);
        }
        assertTrue(result.get("tookMs").isNumber());
    }

    @Test
    void criticalInfrastructureRanksTheConferencePageFirst() throws Exception {
        JsonNode result = server.json("/api/search?q=critical+infrastructure");
        assertEquals("002_1899501280fdbaa4", ids(result).get(0));
        assertTrue(result.get("hits").get(0).get("titleHtml").asText().contains("<mark>critical infrastructure</mark>"));
    }

    @Test
    void countriesComeFromTheArticleNotTheNavigation() throws Exception {
        JsonNode all = server.json("/api/search?q=&facetLimit=all");
        List<String> countries = facet(all, "country");
        assertTrue(countries.contains("Turkmenistan (2)"), countries.toString());
        assertFalse(countries.stream().anyMatch(c -> c.startsWith("Andorra") || c.startsWith("Iceland")),
                countries.toString());
    }

    @Test
    void fieldFilterKeepsOnlyItsItems() throws Exception {
        List<String> terrorism = ids(server.json("/api/search?q=&field=Countering+terrorism"));
        assertTrue(terrorism.containsAll(List.of("000_a91628f60ba626d3", "002_1899501280fdbaa4")));
        assertFalse(terrorism.contains("two-issuers"));
        assertEquals(0, server.json("/api/search?q=&field=Youth&country=Turkmenistan").get("total").asInt());
    }

    @Test
    void selectingACountryKeepsTheOtherCountriesCounts() throws Exception {
        JsonNode germany = server.json("/api/search?q=&country=Germany&facetLimit=all");
        for (JsonNode hit : germany.get("hits")) {
            List<String> countries = new ArrayList<>();
            hit.get("countries").forEach(c -> countries.add(c.asText()));
            assertTrue(countries.contains("Germany"), countries.toString());
        }
        JsonNode all = server.json("/api/search?q=&facetLimit=all");
        assertEquals(facet(all, "country"), facet(germany, "country"));
    }

    @Test
    void emptyQueryListsEverythingNewestFirst() throws Exception {
        JsonNode result = server.json("/api/search?q=");
        List<String> dates = new ArrayList<>();
        result.get("hits").forEach(hit -> dates.add(hit.get("date").isNull() ? "" : hit.get("date").asText()));
        List<String> dated = dates.stream().filter(d -> !d.isEmpty()).toList();
        assertEquals(dated.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dated);
        assertEquals(result.get("total").asInt(), result.get("hits").size());
    }

    @Test
    void badParametersAreA400NamingTheParameter() throws Exception {
        for (String[] bad : new String[][] {{"size=-1", "size"}, {"size=101", "100"}, {"page=abc", "page"},
                {"from=yesterday", "from"}, {"sort=random", "sort"}, {"year=20x4", "year"},
                {"facetLimit=-3", "facetLimit"}}) {
            HttpResponse<String> response = server.get("/api/search?q=x&" + bad[0]);
            assertEquals(400, response.statusCode(), bad[0]);
            JsonNode body = TestServer.parse(response.body());
            assertEquals("invalid_parameter", body.get("error").asText());
            assertTrue(body.get("message").asText().contains(bad[1]), body.get("message").asText());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        }
    }

    @Test
    void unknownItemAndEndpointAre404s() throws Exception {
        HttpResponse<String> item = server.get("/api/items/nope");
        assertEquals(404, item.statusCode());
        assertEquals("not_found", TestServer.parse(item.body()).get("error").asText());
        assertEquals(404, server.get("/api/nothing-here").statusCode());
        assertEquals(404, server.get("/api/items/..%2F..%2Fpom.xml").statusCode());
    }

    @Test
    void itemHasAllItsFieldsAndRelatedItems() throws Exception {
        JsonNode item = server.json("/api/items/000_a91628f60ba626d3");
        assertEquals("News Item", item.get("contentType").asText());
        assertTrue(item.get("title").asText().startsWith("OSCE helps keep soft targets safe"));
        assertEquals("OSCE Secretariat, Transnational Threats Department", item.get("issuers").get(0).asText());
        assertTrue(item.get("body").isArray() && item.get("body").size() > 3);
        assertFalse(item.get("body").get(0).asText().equals(item.get("lead").asText()), "lead not repeated");
        assertTrue(item.get("related").size() >= 1);
        assertTrue(item.has("people") && item.has("places") && item.has("dateSource"));
    }

    @Test
    void healthStatsAndSuggest() throws Exception {
        JsonNode health = server.json("/health");
        assertEquals("up", health.get("status").asText());
        int documents = health.get("documents").asInt();
        assertTrue(documents >= 4, "documents " + documents);
        JsonNode stats = server.json("/api/stats");
        assertEquals(documents, stats.get("documents").asInt());
        assertTrue(stats.get("indexSizeBytes").asLong() > 0);
        assertTrue(stats.get("reindexSummary").asText().contains("added"));
        JsonNode suggest = server.json("/api/suggest?q=turkm");
        assertTrue(suggest.get("suggestions").toString().contains("Turkmenistan"), suggest.toString());
    }

    @Test
    void didYouMeanWhenNothingMatches() throws Exception {
        JsonNode result = server.json("/api/search?q=terorism");
        assertEquals(0, result.get("total").asInt());
        assertEquals("terrorism", result.get("didYouMean").asText());
    }

    @Test
    void pageShipsWithSecurityHeadersAndNoExternalScripts() throws Exception {
        HttpResponse<String> page = server.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<input"), "the page has a search box");
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(page.body().contains("http://") || page.body().contains("https://"));
    }

    @Test
    void titleMarkupIsEscaped() throws Exception {
        JsonNode hit = server.json("/api/search?q=script+alert").get("hits").get(0);
        assertTrue(hit.get("title").asText().contains("<script>"));
        assertFalse(hit.get("titleHtml").asText().contains("<script>"), hit.get("titleHtml").asText());
        assertTrue(hit.get("titleHtml").asText().contains("&lt;"));
    }

    @Test
    void peopleWithRolesPlacesAndYearAreServedAndFilterable() throws Exception {
        JsonNode item = server.json("/api/items/000_a91628f60ba626d3");
        List<String> people = new ArrayList<>();
        item.get("people").forEach(p -> people.add(p.get("name").asText() + " | " + p.get("role").asText()));
        assertTrue(people.contains("John McGregor | Head of the OSCE Centre in Ashgabat"), people.toString());
        List<String> places = new ArrayList<>();
        item.get("places").forEach(p -> places.add(p.asText()));
        assertTrue(places.contains("Ashgabat"), places.toString());

        JsonNode byPerson = server.json("/api/search?q=&person=" + TestServer.encode("Bernd Heinze"));
        assertEquals(List.of("000_a91628f60ba626d3"), ids(byPerson));
        assertTrue(facet(server.json("/api/search?q=&facetLimit=all"), "person").contains("John McGregor (2)"));
        assertEquals(List.of("000_a91628f60ba626d3"), ids(server.json("/api/search?q=person:heinze")));
        assertEquals(List.of("000_a91628f60ba626d3"), ids(server.json("/api/search?q=&year=2025")));
    }

    /** Every {@code <mark>} span of the titles, snippets and quotations a search answers with, in order. */
    private List<String> markedSpans(String query) throws Exception {
        List<String> html = new ArrayList<>();
        server.json("/api/search?size=100&q=" + TestServer.encode(query)).get("hits").forEach(hit -> {
            html.add(hit.get("titleHtml").asText());
            html.add(hit.get("snippet").asText());
        });
        server.json("/api/quotes?size=100&q=" + TestServer.encode(query)).get("quotes")
                .forEach(quote -> html.add(quote.get("textHtml").asText()));
        List<String> spans = new ArrayList<>();
        for (String text : html) {
            Matcher mark = MARK.matcher(text);
            while (mark.find()) {
                // With the character either side, so that the comparison shows where punctuation stands.
                String before = mark.start() > 0 ? text.substring(mark.start() - 1, mark.start()) : "";
                String after = mark.end() < text.length() ? text.substring(mark.end(), mark.end() + 1) : "";
                spans.add(before + "[" + mark.group(1) + "]" + after);
            }
        }
        return spans;
    }

    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

    @Test
    void highlightsMarkWordsWithoutThePunctuationBesideThem() throws Exception {
        // The seeds write "infrastructure," "infrastructure." "Infrastructure”" "“Terrorism" "security,": the same
        // spans on every engine, each a word or a phrase of words and nothing beside them.
        for (String query : List.of("infrastructure", "terrorism", "security", "critical infrastructure",
                "\"soft targets\"", "co-operation")) {
            List<String> spans = markedSpans(query);
            assertFalse(spans.isEmpty(), query);
            for (String span : spans) {
                String marked = span.substring(span.indexOf('[') + 1, span.lastIndexOf(']'));
                assertTrue(Character.isLetterOrDigit(marked.charAt(0))
                        && Character.isLetterOrDigit(marked.charAt(marked.length() - 1)), query + ": " + spans);
            }
        }
        assertEquals(EXPECTED_SPANS, String.join(" | ", markedSpans("infrastructure")) + " || "
                + String.join(" | ", markedSpans("terrorism")));
    }
}

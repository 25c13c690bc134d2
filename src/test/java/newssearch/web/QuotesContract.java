package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Who said what: {@code /api/quotes} and the quotations of an item, through the real server, on every backend. */
public abstract class QuotesContract extends ServedContract {

    private static final String SOFT_TARGETS = "000_a91628f60ba626d3";
    private static final String CONFERENCE = "002_1899501280fdbaa4";

    private List<String> lines(String query) throws Exception {
        List<String> lines = new ArrayList<>();
        server.json("/api/quotes?" + query).get("quotes").forEach(quote -> lines.add(
                quote.get("speaker").asText() + " | " + quote.get("itemId").asText() + " | " + quote.get("date").asText()));
        return lines;
    }

    @Test
    void aSpeakersQuotationsComeFromEveryItemNewestFirst() throws Exception {
        assertEquals(List.of(
                "John McGregor | " + SOFT_TARGETS + " | 2025-04-01",
                "John McGregor | " + SOFT_TARGETS + " | 2025-04-01",
                "John McGregor | " + CONFERENCE + " | 2024-11-22"), lines("person=" + TestServer.encode("John McGregor")));
        JsonNode quote = server.json("/api/quotes?person=" + TestServer.encode("John McGregor")).get("quotes").get(2);
        assertEquals("Head of the OSCE Centre in Ashgabat", quote.get("role").asText());
        assertTrue(quote.get("itemTitle").asText().startsWith("OSCE fosters dialogue"), quote.toString());
    }

    @Test
    void theQuotedWordsAreSearchedAndMarked() throws Exception {
        JsonNode result = server.json("/api/quotes?q=terrorism&sort=relevance");
        List<String> speakers = new ArrayList<>();
        result.get("quotes").forEach(q -> speakers.add(q.get("speaker").asText()));
        assertTrue(speakers.contains("Bernd Heinze"), speakers.toString());
        assertEquals(result.get("total").asInt(), speakers.size());
        for (JsonNode quote : result.get("quotes")) {
            assertTrue(quote.get("textHtml").asText().matches("(?s).*<mark>[Tt]error[^<]*</mark>.*"), quote.toString());
            assertTrue(!quote.get("text").asText().contains("<mark>"), quote.toString());
        }
        assertEquals(0, server.json("/api/quotes?q=terrorism+-terrorism").get("total").asInt());
    }

    @Test
    void speakersAndYearsAreCountedAndItemFiltersNarrowQuotations() throws Exception {
        JsonNode all = server.json("/api/quotes?q=&facetLimit=all");
        List<String> people = new ArrayList<>();
        all.get("facets").get("person").forEach(v -> people.add(v.get("value").asText() + " (" + v.get("count").asInt() + ")"));
        assertTrue(people.contains("John McGregor (3)") && people.contains("Bernd Heinze (1)"), people.toString());
        List<String> years = new ArrayList<>();
        all.get("facets").get("year").forEach(v -> years.add(v.get("value").asText() + " (" + v.get("count").asInt() + ")"));
        assertEquals(List.of("2025 (4)", "2024 (3)"), years);
        assertEquals(4, server.json("/api/quotes?q=&year=2025").get("total").asInt());
        assertEquals(0, server.json("/api/quotes?q=&country=Czechia").get("total").asInt());
        assertEquals(3, server.json("/api/quotes?q=&field=" + TestServer.encode("Countering terrorism") + "&from=2024-01-01"
                + "&to=2024-12-31").get("total").asInt());
        JsonNode twoSpeakers = server.json("/api/quotes?q=&person=" + TestServer.encode("Bernd Heinze") + "&person="
                + TestServer.encode("Alena Kupchyna"));
        assertEquals(2, twoSpeakers.get("total").asInt());
    }

    @Test
    void titleNarrowsQuotationsToThoseOfTheItemsItFinds() throws Exception {
        int quotesOfConference = server.json("/api/items/" + CONFERENCE).get("quotes").size();
        assertTrue(quotesOfConference > 0);
        for (String query : List.of("title:resilience", "title:\"critical infrastructure\"", "title:infrastructur*")) {
            JsonNode result = server.json("/api/quotes?q=" + TestServer.encode(query));
            assertEquals(quotesOfConference, result.get("total").asInt(), query);
            result.get("quotes").forEach(quote -> assertEquals(CONFERENCE, quote.get("itemId").asText(), query));
        }
        assertEquals(List.of("John McGregor | " + CONFERENCE + " | 2024-11-22"),
                lines("q=" + TestServer.encode("title:resilience person:McGregor")));
        assertEquals(0, server.json("/api/quotes?q=" + TestServer.encode("title:resilience terrorism -terrorism"))
                .get("total").asInt());
    }

    @Test
    void badParametersAreTheSame400sAsForSearch() throws Exception {
        for (String bad : List.of("size=0", "page=x", "sort=loudest", "year=20x4", "from=soon")) {
            HttpResponse<String> response = server.get("/api/quotes?q=x&" + bad);
            assertEquals(400, response.statusCode(), bad);
            assertEquals("invalid_parameter", TestServer.parse(response.body()).get("error").asText());
        }
    }

    @Test
    void anItemListsItsQuotationsWithTheirSpeakers() throws Exception {
        JsonNode quotes = server.json("/api/items/" + SOFT_TARGETS).get("quotes");
        assertEquals(4, quotes.size());
        List<String> speakers = new ArrayList<>();
        quotes.forEach(q -> speakers.add(q.get("speaker").asText() + " | " + q.get("role").asText()));
        assertTrue(speakers.contains("John McGregor | Head of the OSCE Centre in Ashgabat"), speakers.toString());
        assertTrue(quotes.get(0).get("text").asText().length() > 40);
    }

    @Test
    void quotationsAreNoItems() throws Exception {
        assertEquals(5, server.json("/api/search?q=").get("total").asInt());
        assertEquals(5, server.json("/api/stats").get("documents").asInt());
        assertEquals(5, server.json("/health").get("documents").asInt());
    }
}

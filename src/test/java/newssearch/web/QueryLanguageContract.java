package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The query language, analysis, ranking, sorting, paging and filters, through the real server, on every backend. */
public abstract class QueryLanguageContract extends ServedContract {

    private static final String SOFT_TARGETS = "000_a91628f60ba626d3";
    private static final String CONFERENCE = "002_1899501280fdbaa4";
    private static final String BORDER = "czech-turkey";
    private static final String YOUTH = "two-issuers";
    private static final String SCRIPT = "script-title";

    private List<String> ids(String query) throws Exception {
        JsonNode result = server.json("/api/search?" + query);
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private List<String> q(String text) throws Exception {
        return ids("q=" + TestServer.encode(text));
    }

    @Test
    void itemsWithEveryWordComeFirstAndOrWidens() throws Exception {
        List<String> some = q("terrorism invacuation");
        assertEquals(SOFT_TARGETS, some.get(0));
        assertTrue(some.size() > 1, "items with some of the words follow: " + some);
        assertEquals(List.of(SOFT_TARGETS), q("+terrorism +invacuation"));
        assertEquals(List.of(SOFT_TARGETS), q("terrorism AND invacuation"));
        List<String> either = q("forged OR resilience");
        assertTrue(either.containsAll(List.of(BORDER, CONFERENCE)) && either.size() == 2, either.toString());
    }

    @Test
    void phrasesExclusionsFieldsAndPrefixes() throws Exception {
        assertEquals(List.of(SOFT_TARGETS), q("\"soft targets\""));
        assertFalse(q("terrorism -Ashgabat").contains(SOFT_TARGETS));
        assertEquals(List.of(CONFERENCE), q("title:resilience"));
        assertEquals(List.of(BORDER), q("place:Prague"));
        assertEquals(List.of(BORDER), q("country:Czechia"));
        assertEquals(List.of(YOUTH), q("issuer:\"Office of the Secretary General\""));
        assertEquals(List.of(BORDER), q("forg*"));
    }

    @Test
    void anyInputIsValid() throws Exception {
        for (String input : List.of("\"unbalanced", "AND", "title:", "(((", "*rorism", "/ter.*/", "[a TO z]", "~",
                "\\", "a:b:c", "%00", "OR OR", "))")) {
            HttpResponse<String> response = server.get("/api/search?q=" + TestServer.encode(input));
            assertEquals(200, response.statusCode(), input + " -> " + response.body());
        }
        assertEquals(List.of(SOFT_TARGETS), q("\"soft targets"));
        List<String> terrorism = q("terrorism");
        for (String dangling : List.of("terrorism AND", "OR terrorism", "terrorism OR", "NOT terrorism AND",
                "terrorism~")) {
            assertEquals(terrorism, q(dangling), dangling);
        }
    }

    @Test
    void analysisFoldsFormsCaseDiacriticsHyphensAndCountryNames() throws Exception {
        assertTrue(q("training").contains(BORDER));
        assertTrue(q("cooperation").contains(SOFT_TARGETS));
        assertEquals(List.of(BORDER), q("czechia"));
        assertEquals(List.of(BORDER), q("TÜRKIYE"));
        assertEquals(List.of(BORDER), q("Republic of Türkiye"));
        assertTrue(q("OSCE's").size() >= 4);
    }

    @Test
    void titleRanksAboveBodyAndPhraseLiftsAHit() throws Exception {
        assertEquals(CONFERENCE, q("critical infrastructure").get(0));
        assertEquals(BORDER, q("border").get(0));
    }

    @Test
    void sortByDateAndPaging() throws Exception {
        List<String> newest = ids("q=&sort=date");
        assertEquals(List.of(SOFT_TARGETS, CONFERENCE, YOUTH, SCRIPT, BORDER), newest);
        JsonNode second = server.json("/api/search?q=&page=2&size=2");
        assertEquals(5, second.get("total").asInt());
        assertEquals(List.of(YOUTH, SCRIPT), ids("q=&page=2&size=2"));
        assertEquals(0, server.json("/api/search?q=&page=9&size=2").get("hits").size());
    }

    @Test
    void yearAndDateRangeFilters() throws Exception {
        assertEquals(List.of(CONFERENCE, YOUTH), ids("q=&year=2024"));
        assertEquals(List.of(CONFERENCE, SCRIPT), ids("q=&from=2023-01-01&to=2024-12-31&issuer="
                + TestServer.encode("OSCE Secretariat, Transnational Threats Department") + "&issuer="
                + TestServer.encode("OSCE Mission to Moldova")));
    }

    @Test
    void facetsAreDisjunctiveAndLimited() throws Exception {
        JsonNode one = server.json("/api/search?q=&facetLimit=1");
        assertEquals(1, one.get("facets").get("country").size());
        JsonNode perDimension = server.json("/api/search?q=&facetLimit=1&facetLimit.year=all");
        assertEquals(1, perDimension.get("facets").get("country").size());
        assertTrue(perDimension.get("facets").get("year").size() >= 4, perDimension.get("facets").toString());
        assertEquals(400, server.get("/api/search?q=&facetLimit.planet=3").statusCode());
        assertEquals(400, server.get("/api/search?q=&facetLimit.year=-1").statusCode());
        JsonNode selected = server.json("/api/search?q=&field=Youth&facetLimit=all");
        assertEquals(1, selected.get("total").asInt());
        List<String> fields = new ArrayList<>();
        selected.get("facets").get("fieldOfWork").forEach(v -> fields.add(v.get("value").asText()));
        assertTrue(fields.containsAll(List.of("Youth", "Countering terrorism", "Border management")), fields.toString());
    }

    @Test
    void snippetsMarkEveryMatchedForm() throws Exception {
        JsonNode hit = server.json("/api/search?q=forgery").get("hits").get(0);
        assertTrue(hit.get("snippet").asText().matches("(?s).*<mark>(forgers|forgery|forged)</mark>.*"),
                hit.get("snippet").asText());
        assertTrue(hit.get("snippet").asText().length() < 600);
    }

    @Test
    void anIssuerFilterByAnotherNameOfTheBodyFindsItsItems() throws Exception {
        // The seeds and a fixture write "OSCE Secretariat, Transnational Threats Department" in full.
        List<String> full = ids("q=&issuer=" + TestServer.encode("OSCE Secretariat, Transnational Threats Department"));
        assertEquals(3, full.size(), full.toString());
        assertEquals(full, ids("q=&issuer=" + TestServer.encode("Transnational Threats Department")));
        assertEquals(full, ids("q=&issuer=TNTD"));
    }
}

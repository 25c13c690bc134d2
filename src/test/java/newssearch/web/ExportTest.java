package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/export}: every match of a search as CSV or JSON lines, compared with the API's own items. */
class ExportTest {

    @TempDir
    static Path work;

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.overSeedsAndFixtures(work);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<CSVRecord> csv(String body) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            return parser.getRecords();
        }
    }

    private static List<String> searchIds(String query) throws Exception {
        List<String> ids = new ArrayList<>();
        server.json("/api/search?" + query + "&size=100").get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    private static String joined(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(value -> texts.add(value.asText()));
        return String.join("; ", texts);
    }

    @Test
    void csvHoldsEveryMatchWithTheItemsFacts() throws Exception {
        HttpResponse<String> response = server.get("/api/export?q=terrorism&format=csv");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("100000", response.headers().firstValue("X-Export-Limit").orElse(""));
        assertEquals("attachment; filename=\"news-search.csv\"",
                response.headers().firstValue("Content-Disposition").orElse(""));
        List<CSVRecord> rows = csv(response.body());
        assertEquals(new TreeSet<>(searchIds("q=terrorism")), new TreeSet<>(rows.stream().map(r -> r.get("id")).toList()));
        for (CSVRecord row : rows) {
            JsonNode item = server.json("/api/items/" + row.get("id"));
            assertEquals(item.get("title").asText(), row.get("title").replaceFirst("^'", ""));
            assertEquals(item.get("date").isNull() ? "" : item.get("date").asText(), row.get("date"));
            assertEquals(item.get("dateSource").asText(), row.get("dateSource"));
            assertEquals(joined(item.get("issuers")), row.get("issuers"));
            assertEquals(joined(item.get("fieldsOfWork")), row.get("fieldsOfWork"));
            assertEquals(joined(item.get("countries")), row.get("countries"));
            List<String> people = new ArrayList<>();
            item.get("people").forEach(p -> people.add(p.get("role").isNull() ? p.get("name").asText()
                    : p.get("name").asText() + " (" + p.get("role").asText() + ")"));
            assertEquals(String.join("; ", people), row.get("people"));
            assertEquals("http://127.0.0.1:" + server.port() + "/?item=" + row.get("id"), row.get("link"));
        }
    }

    @Test
    void theExportIsNotOnePage() throws Exception {
        int documents = server.json("/api/stats").get("documents").asInt();
        assertTrue(documents > 2);
        assertEquals(documents, csv(server.get("/api/export?size=1&page=2").body()).size(),
                "page and size do not apply to an export");
    }

    @Test
    void filtersAndDatesNarrowTheExportAsTheSearch() throws Exception {
        for (String query : List.of("country=Germany", "year=2024", "from=2023-01-01&to=2024-12-31",
                "q=terrorism&field=Countering+terrorism", "q=zzzzqqqq")) {
            List<CSVRecord> rows = csv(server.get("/api/export?" + query).body());
            assertEquals(new TreeSet<>(searchIds(query)), new TreeSet<>(rows.stream().map(r -> r.get("id")).toList()),
                    query);
        }
    }

    @Test
    void jsonLinesAreOneObjectPerMatch() throws Exception {
        HttpResponse<String> response = server.get("/api/export?q=terrorism&format=jsonl");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/jsonl"));
        List<String> ids = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            ids.add(TestServer.parse(line).get("id").asText());
        }
        assertEquals(new TreeSet<>(searchIds("q=terrorism")), new TreeSet<>(ids));
    }

    @Test
    void aBadParameterIsTheJsonErrorAndNoDownload() throws Exception {
        for (String query : List.of("format=xlsx", "from=soon", "q=" + "x".repeat(1001))) {
            HttpResponse<String> response = server.get("/api/export?" + query);
            assertEquals(400, response.statusCode(), query);
            assertEquals("invalid_parameter", TestServer.parse(response.body()).get("error").asText());
            assertFalse(response.headers().firstValue("Content-Disposition").isPresent(), query);
        }
    }
}

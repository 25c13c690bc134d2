package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.export.ExportFormat;
import newssearch.search.SearchRequest;

/** {@code /api/openapi.json}: an OpenAPI parser reads it, its limits are the code's, and real answers meet it. */
class OpenApiTest {

    private static final Set<String> ENDPOINTS = Set.of("/api/search", "/api/quotes", "/api/items/{id}",
            "/api/people/{name}", "/api/offices", "/api/offices/{office}", "/api/suggest", "/api/stats", "/health",
            "/api/search.atom", "/api/export", "/api/openapi.json");
    /** Paths with a parameter, as the endpoints' test asks them. */
    private static final String MCGREGOR = "/api/people/John%20McGregor";
    private static final String ASHGABAT = "/api/offices/Head%20of%20the%20OSCE%20Centre%20in%20Ashgabat";

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

    private static SwaggerParseResult parse() throws IOException {
        String text;
        try (InputStream in = OpenApiTest.class.getResourceAsStream(OpenApiContract.RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    @Test
    void anOpenApiParserReadsTheDocumentWithoutMessages() throws IOException {
        SwaggerParseResult result = parse();
        assertEquals(List.of(), result.getMessages());
        OpenAPI api = result.getOpenAPI();
        assertEquals("3.1.0", api.getOpenapi());
        assertEquals(new TreeSet<>(ENDPOINTS), new TreeSet<>(api.getPaths().keySet()));
        api.getPaths().forEach((path, item) ->
                assertFalse(item.getGet().getResponses().get("200") == null, path + " documents its 200"));
    }

    @Test
    void theServedDocumentIsTheResource() throws Exception {
        HttpResponse<String> response = server.get("/api/openapi.json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(OpenApiContract.DOCUMENT, TestServer.parse(response.body()));
    }

    @Test
    void theDocumentedLimitsAndDefaultsAreTheCodes() throws IOException {
        OpenAPI api = parse().getOpenAPI();
        Map<String, Parameter> search = api.getComponents().getParameters();
        Schema<?> size = parameter(search, "size").getSchema();
        assertEquals(SearchRequest.MAX_SIZE, size.getMaximum().intValue());
        assertEquals(SearchRequest.DEFAULT_SIZE, ((Number) size.getDefault()).intValue());
        assertEquals(SearchRequest.MAX_QUERY_LENGTH, parameter(search, "q").getSchema().getMaxLength());
        assertTrue(parameter(search, "page").getDescription().contains(Integer.toString(SearchRequest.MAX_WINDOW)));
        assertEquals(SearchRequest.DEFAULT_FACET_LIMIT,
                ((Number) parameter(search, "facetLimit").getSchema().getDefault()).intValue());
        Schema<?> facetLimit = (Schema<?>) parameter(search, "facetLimit").getSchema().getOneOf().get(0);
        assertEquals(SearchRequest.MAX_FACET_LIMIT, facetLimit.getMaximum().intValue());
        Schema<?> limit = (Schema<?>) api.getPaths().get("/api/export").getGet().getResponses().get("200")
                .getHeaders().get(ExportEndpoint.LIMIT_HEADER).getSchema();
        assertEquals(ExportFormat.MAX_ROWS, ((Number) limit.getConst()).intValue());
    }

    private static Parameter parameter(Map<String, Parameter> parameters, String name) {
        Parameter parameter = parameters.get(name);
        assertEquals(name, parameter == null ? null : parameter.getName());
        return parameter;
    }

    @Test
    void searchAnswersMeetTheirSchema() throws Exception {
        for (String query : List.of("/api/search?q=terrorism", "/api/search?q=terorism",
                "/api/search?q=&country=Germany&facetLimit=all&sort=date", "/api/search?q=border&page=2&size=1",
                "/api/search?q=zzzzqqq")) {
            assertConforms("/api/search", query, 200);
        }
    }

    @Test
    void quotesAnswersMeetTheirSchema() throws Exception {
        for (String query : List.of("/api/quotes?q=terrorism", "/api/quotes?person=John+McGregor&facetLimit=all",
                "/api/quotes?q=&sort=relevance&page=2&size=1", "/api/quotes?q=zzzzqqq")) {
            assertConforms("/api/quotes", query, 200);
        }
        assertConforms("/api/quotes", "/api/quotes?size=500", 400);
    }

    @Test
    void itemSuggestStatsAndHealthAnswersMeetTheirSchemas() throws Exception {
        String id = server.json("/api/search?q=terrorism").get("hits").get(0).get("id").asText();
        assertConforms("/api/items/{id}", "/api/items/" + id, 200);
        assertConforms("/api/suggest", "/api/suggest?q=turkm", 200);
        assertConforms("/api/suggest", "/api/suggest?q=", 200);
        assertConforms("/api/stats", "/api/stats", 200);
        assertConforms("/health", "/health", 200);
    }

    @Test
    void personAndOfficeAnswersMeetTheirSchemas() throws Exception {
        assertConforms("/api/people/{name}", MCGREGOR, 200);
        assertConforms("/api/offices", "/api/offices?q=ashgabat", 200);
        assertConforms("/api/offices", "/api/offices", 200);
        assertConforms("/api/offices/{office}", ASHGABAT, 200);
        assertConforms("/api/people/{name}", "/api/people/Nobody", 404);
        assertConforms("/api/offices/{office}", "/api/offices/Nothing", 404);
    }

    @Test
    void errorAnswersMeetTheirSchemas() throws Exception {
        assertConforms("/api/search", "/api/search?size=500", 400);
        assertConforms("/api/search", "/api/search?from=yesterday", 400);
        assertConforms("/api/search", "/api/search?page=0", 400);
        assertConforms("/api/suggest", "/api/suggest?size=0", 400);
        assertConforms("/api/items/{id}", "/api/items/no-such-item", 404);
        assertConforms("/api/export", "/api/export?format=xml", 400);
        assertConforms("/api/search.atom", "/api/search.atom?year=24", 400);
    }

    @Test
    void anAnswerThatLeavesTheDocumentIsCaught() throws Exception {
        ObjectNode answer = (ObjectNode) server.json("/api/search?q=terrorism");
        answer.remove("total");
        ((ObjectNode) answer.get("hits").get(0)).put("score", "high");
        List<String> violations = OpenApiContract.violations("/api/search", 200, answer);
        assertEquals(2, violations.size(), violations.toString());
    }

    @Test
    void everyDocumentedEndpointAnswers() throws Exception {
        String id = server.json("/api/search?q=terrorism").get("hits").get(0).get("id").asText();
        for (String path : ENDPOINTS) {
            HttpResponse<String> response = server.get(path.replace("{id}", id)
                    .replace("/api/people/{name}", MCGREGOR).replace("/api/offices/{office}", ASHGABAT));
            assertEquals(200, response.statusCode(), path + ": " + response.body());
        }
    }

    @Test
    void exportedJsonLinesMeetTheExportRowSchema() throws Exception {
        HttpResponse<String> response = server.get("/api/export?format=jsonl");
        assertEquals(200, response.statusCode());
        List<String> problems = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            problems.addAll(OpenApiContract.componentViolations("ExportRow", TestServer.parse(line)));
        }
        assertEquals(List.of(), problems);
    }

    private static void assertConforms(String documentedPath, String request, int status) throws Exception {
        HttpResponse<String> response = server.get(request);
        assertEquals(status, response.statusCode(), request + ": " + response.body());
        JsonNode body = TestServer.parse(response.body());
        assertEquals(List.of(), OpenApiContract.violations(documentedPath, status, body), request);
    }
}

package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.lucene.LuceneBackend;
import newssearch.lucene.LuceneSearch;

/** Whatever a client sends, the server answers 2xx or 4xx with a JSON error, never a 5xx or a stack trace. */
class HardeningTest {

    private static final List<String> PARAMETERS = List.of("q", "field", "country", "issuer", "person", "year", "from",
            "to", "sort", "page", "size", "facetLimit", "facetLimit.year", "facetLimit.nope", "fieldOfWork", "unknown");
    private static final List<String> VALUES = List.of("", "0", "-1", "1", "2", "100", "101", "99999999999", "abc",
            "2024-02-30", "2024-01-01", "date", "relevance", "all", "%00", "%FF%FE", "%22", "(((", "*", "%3F", "a*",
            "title%3A", "..%2F..%2Fpom.xml", "%3Cscript%3E", "Germany", "T%C3%BCrkiye", "%E2%80%8B", "NaN", "1e9", "%2B1", "+5+");

    @TempDir
    static Path work;

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        LuceneBackend.index(Path.of("seeds"), work.resolve("index"), false);
        server = TestServer.start(work.resolve("index"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void randomParametersNeverGiveAServerError() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 400; i++) {
            StringBuilder query = new StringBuilder("/api/search?");
            for (int n = random.nextInt(5); n >= 0; n--) {
                query.append(PARAMETERS.get(random.nextInt(PARAMETERS.size()))).append('=')
                        .append(VALUES.get(random.nextInt(VALUES.size()))).append('&');
            }
            HttpResponse<String> response = server.get(query.toString());
            assertTrue(response.statusCode() == 200 || response.statusCode() == 400, query + " -> "
                    + response.statusCode() + " " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), response.body());
        }
    }

    @Test
    void overlongQueryIsA400() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=" + "a".repeat(1001));
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("limit is 1000"), response.body());
        assertEquals(400, server.get("/api/search?page=5000&size=100").statusCode());
        StringBuilder manyWords = new StringBuilder();
        for (int i = 0; i < 180; i++) {
            manyWords.append("k").append(i).append('+');
        }
        HttpResponse<String> tooMany = server.get("/api/search?q=" + manyWords);
        assertEquals(400, tooMany.statusCode(), tooMany.body());
        assertTrue(tooMany.body().contains("too many words"), tooMany.body());
        HttpResponse<String> hugeLimit = server.get("/api/search?q=&facetLimit=2147483646");
        assertEquals(400, hugeLimit.statusCode());
        assertTrue(hugeLimit.body().contains("facetLimit must be between 1 and 1000"), hugeLimit.body());
    }

    @Test
    void unknownEndpointsAnswerWithTheJsonErrorBody() throws Exception {
        for (String path : List.of("/api/nope", "/api/search/extra")) {
            HttpResponse<String> response = server.get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
            assertTrue(response.body().startsWith("{\"error\":\"not_found\""), response.body());
        }
    }

    @Test
    void itemIdsCannotReachFiles() throws Exception {
        for (String id : List.of("..%2F..%2Fpom.xml", "%2E%2E%2Fpom.xml", "..%252Fpom.xml", "%2Fetc%2Fpasswd")) {
            HttpResponse<String> response = server.get("/api/items/" + id);
            assertEquals(404, response.statusCode(), id);
            assertFalse(response.body().contains("<project"), id);
        }
        HttpResponse<String> traversal = server.get("/../pom.xml");
        assertFalse(traversal.body().contains("<project"));
    }

    @Test
    void unexpectedFailureIsAGeneric500WithoutDetails() throws Exception {
        Path index = work.resolve("closed-index");
        LuceneBackend.index(Path.of("seeds"), index, false);
        LuceneSearch searcher = LuceneBackend.open(index);
        var app = WebApp.create(searcher, new WebSettings("127.0.0.1", 0, false)).start();
        try {
            searcher.close();
            var client = java.net.http.HttpClient.newHttpClient();
            var response = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/search?q=x")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(500, response.statusCode());
            assertEquals("{\"error\":\"internal_error\",\"message\":\"The server failed to answer; the error is in its log\"}",
                    response.body());
        } finally {
            app.stop();
        }
    }

    @Test
    void requestLogLeavesQueriesOutWhenAsked() {
        assertEquals("GET /api/search?q=secret -> 200 in 3 ms",
                RequestLogLine.format("GET", "/api/search", "q=secret", 200, 3.2f, false));
        assertEquals("GET /api/search -> 200 in 3 ms",
                RequestLogLine.format("GET", "/api/search", "q=secret", 200, 3.2f, true));
    }
}

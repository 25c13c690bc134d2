package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The answers the web server makes itself, sent as raw HTTP/1.1 so that nothing in a client shapes the request:
 * each is the API's error body and meets the OpenAPI document's Error schema.
 */
class EdgeErrorsTest {

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

    /** A status line, lower-cased header names, and the body of one raw exchange. */
    private record RawResponse(int status, Map<String, String> headers, String body) {

        JsonNode json() throws IOException {
            assertTrue(headers.getOrDefault("content-type", "").startsWith("application/json"), headers.toString());
            JsonNode json = TestServer.parse(body);
            assertEquals(List.of(), OpenApiContract.componentViolations("Error", json), body);
            return json;
        }
    }

    private static RawResponse raw(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            StringBuilder request = new StringBuilder(requestLine).append("\r\n")
                    .append("Host: 127.0.0.1:").append(server.port()).append("\r\n")
                    .append("Connection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    private static RawResponse read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        String[] head = text.substring(0, split).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).strip());
        }
        String body = text.substring(split + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }

    @Test
    void aUriTooLongIsJson() throws IOException {
        RawResponse response = raw("GET /api/search?q=" + "a".repeat(20_000) + " HTTP/1.1");
        assertEquals(414, response.status());
        assertEquals("uri_too_long", response.json().get("error").asText());
    }

    @Test
    void headersTooLargeAreJson() throws IOException {
        RawResponse response = raw("GET /api/search?q=border HTTP/1.1", "X-Padding: " + "b".repeat(20_000));
        assertEquals(431, response.status());
        assertEquals("headers_too_large", response.json().get("error").asText());
    }

    @Test
    void aMethodAnEndpointDoesNotTakeIs405WithAllow() throws IOException {
        for (String requestLine : List.of("POST /api/search?q=border HTTP/1.1", "DELETE /api/items/x HTTP/1.1",
                "PUT /api/export HTTP/1.1", "POST /health HTTP/1.1")) {
            RawResponse response = raw(requestLine, "Content-Length: 0");
            if (requestLine.contains("/api/")) {
                assertEquals(405, response.status(), requestLine);
                assertEquals("GET, HEAD", response.headers().get("allow"), requestLine);
                JsonNode json = response.json();
                assertEquals("method_not_allowed", json.get("error").asText());
                assertTrue(json.get("message").asText().startsWith(requestLine.split(" ")[0] + " "), json.toString());
            } else {
                assertEquals(405, response.status(), requestLine);
            }
        }
    }

    @Test
    void pathsNoRouteHasAreJson404s() throws IOException {
        for (String path : List.of("/api/nothing", "/api/items/", "/api/items/a/b", "/api/search/more")) {
            RawResponse response = raw("GET " + path + " HTTP/1.1");
            assertEquals(404, response.status(), path);
            assertEquals("not_found", response.json().get("error").asText(), path);
        }
    }

    @Test
    void anUnknownItemIsStillItsOwnJson404() throws IOException {
        RawResponse response = raw("GET /api/items/no-such-item HTTP/1.1");
        assertEquals(404, response.status());
        assertTrue(response.json().get("message").asText().contains("no-such-item"));
    }

    @Test
    void aRequestJettyCannotParseIsJson() throws IOException {
        RawResponse response = raw("GET /api/search HTTP/1.1", "Bad Header Without Colon");
        assertEquals(400, response.status());
        assertEquals("bad_request", response.json().get("error").asText());
    }
}

package newssearch.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;

import newssearch.lucene.LuceneBackend;
import newssearch.search.NewsSearch;
import newssearch.search.SemanticModel;

/**
 * The real server on a free port over an index on disk, with a client for it: the shape of Javalin's
 * {@code JavalinTest.test(app, (server, client) -> ...)}.
 */
public final class TestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin app;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(Javalin app) {
        this.app = app;
    }

    /** Indexes the seed pages and the fixture pages of {@code pages/corpus} into {@code work}, and serves them. */
    static TestServer overSeedsAndFixtures(Path work) throws IOException {
        return overSeedsAndFixtures(new LuceneTestBackend(work.resolve("index")), work);
    }

    /** Indexes the seed pages and the fixture pages of {@code pages/corpus} into the backend, and serves them. */
    public static TestServer overSeedsAndFixtures(TestBackend backend, Path work) throws IOException {
        return overSeedsAndFixtures(backend, work, List.of());
    }

    /** As {@link #overSeedsAndFixtures(TestBackend, Path)}, with the pages of more folders. */
    public static TestServer overSeedsAndFixtures(TestBackend backend, Path work, List<Path> more) throws IOException {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        List<Path> folders = new ArrayList<>(List.of(Path.of("seeds"),
                Path.of("src/test/resources/pages/corpus")));
        folders.addAll(more);
        for (Path folder : folders) {
            try (var pages = Files.list(folder)) {
                for (Path page : pages.toList()) {
                    Files.copy(page, corpus.resolve(page.getFileName()));
                }
            }
        }
        backend.index(corpus, false);
        return start(backend.open());
    }

    static TestServer start(Path indexDir) throws IOException {
        return start(LuceneBackend.open(indexDir));
    }

    /** Serves the index that {@code searcher} opens; stopping the server closes it. */
    public static TestServer start(NewsSearch searcher) {
        // Searches in the default mode answer by words until the model has loaded: the tests want one answer.
        SemanticModel.shared().awaitLoaded();
        return new TestServer(WebApp.create(searcher, new WebSettings("127.0.0.1", 0, false)).start());
    }

    public int port() {
        return app.port();
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + pathAndQuery)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static JsonNode parse(String body) throws IOException {
        return JSON.readTree(body);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        app.stop();
    }
}

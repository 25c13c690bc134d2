package newssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import newssearch.cli.NewsSearchCommand;
import newssearch.index.IndexReport;
import newssearch.web.TestServer;

/**
 * The cluster under faults, through the real server: a full rebuild and a node going away while people search,
 * an unreachable cluster, a cluster that goes away while serving, and a collection of another layout. The
 * cluster is this suite's own, since it stops nodes and finally the whole cluster.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path work;

    private static LocalSolrCloudProcess cluster;
    private static SolrSettings settings;
    private static Path corpus;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        LocalSolrCloudProcess.requireRunnable();
        cluster = LocalSolrCloudProcess.start(3);
        settings = new SolrSettings(cluster.nodeUrls(), "faults", 2, 2);
        corpus = Files.createDirectories(work.resolve("corpus"));
        for (Path folder : List.of(Path.of("seeds"), Path.of("src/test/resources/pages/corpus"))) {
            try (var pages = Files.list(folder)) {
                for (Path page : pages.toList()) {
                    Files.copy(page, corpus.resolve(page.getFileName()));
                }
            }
        }
        SolrBackend.index(corpus, settings, false);
        server = TestServer.start(SolrBackend.open(settings));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Searches from four clients until stopped: every status and total they saw. */
    private static final class Searchers implements AutoCloseable {
        final ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        Searchers() {
            for (int i = 0; i < 4; i++) {
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        answers.add(answer("/api/search?q=&facetLimit=1"));
                    }
                });
                thread.start();
                threads.add(thread);
            }
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /** "200 total=5", or the status and body of anything else. */
    private static String answer(String pathAndQuery) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).timeout(Duration.ofSeconds(10))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    ? "200 total=" + JSON.readTree(response.body()).get("total").asInt()
                    : response.statusCode() + " " + response.body();
        } catch (IOException e) {
            return "failed " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static Map<String, Long> distinctAnswers(Searchers searchers) {
        Map<String, Long> counts = new HashMap<>();
        searchers.answers.forEach(a -> counts.merge(a, 1L, Long::sum));
        return counts;
    }

    @Test
    @Order(1)
    void fullRebuildUnderSearchesMovesTheAliasInOneStep() throws Exception {
        SolrCollections collections = new SolrCollections(new SolrNodes(settings.nodes()));
        String before = collections.aliasTarget("faults").orElseThrow();
        IndexReport report;
        try (Searchers searchers = new Searchers()) {
            report = SolrBackend.index(corpus, settings, true);
            Thread.sleep(300);
            searchers.close();
            assertEquals(Map.of("200 total=5", (long) searchers.answers.size()), distinctAnswers(searchers));
        }
        assertEquals(5, report.added());
        String after = collections.aliasTarget("faults").orElseThrow();
        assertNotEquals(before, after);
        assertFalse(collections.collectionExists(before), "the replaced collection is deleted");
    }

    @Test
    @Order(2)
    void aStoppedNodeLosesNoAnswerAndNoItem() throws Exception {
        try (Searchers searchers = new Searchers()) {
            cluster.stopNode(1);
            Thread.sleep(1500);
            searchers.close();
            assertEquals(Map.of("200 total=5", (long) searchers.answers.size()), distinctAnswers(searchers));
        }
        Files.writeString(corpus.resolve("added-while-a-node-was-down.txt"),
                Files.readString(Path.of("seeds/000_a91628f60ba626d3.txt")) + "\nOne more paragraph.");
        IndexReport report = SolrBackend.index(corpus, settings, false);
        assertEquals(1, report.added());
        assertEquals("200 total=6", answer("/api/search?q="));

        cluster.startNode(1);
        SolrCollections collections = new SolrCollections(new SolrNodes(settings.nodes()));
        String target = collections.aliasTarget("faults").orElseThrow();
        Map<String, Long> perShard = new HashMap<>();
        for (Replica replica : collections.replicas(target)) {
            assertTrue(replica.isActive(), replica.toString());
            JsonNode count = new SolrNodes(List.of(replica.baseUrl())).getFrom(replica.baseUrl(),
                    "/" + replica.core() + "/select", Map.of("q", "kind:item", "rows", "0", "distrib", "false"),
                    Duration.ofSeconds(5));
            long found = count.path("response").path("numFound").asLong();
            Long other = perShard.putIfAbsent(replica.shard(), found);
            assertTrue(other == null || other == found, "the replicas of " + replica.shard() + " agree");
        }
        assertEquals(6, perShard.values().stream().mapToLong(Long::longValue).sum(), perShard.toString());
        assertEquals("up", JSON.readTree(server.get("/health").body()).get("status").asText());
    }

    @Test
    @Order(3)
    void aCollectionOfAnotherLayoutAsksForAFullRebuild() throws Exception {
        SolrCollections collections = new SolrCollections(new SolrNodes(settings.nodes()));
        collections.setAliasProperties("faults", Map.of(SolrIndexSink.PROPERTY_LAYOUT, "1"));
        try {
            IOException serving = assertThrows(IOException.class, () -> SolrBackend.open(settings));
            assertTrue(serving.getMessage().contains("another schema layout (1")
                    && serving.getMessage().contains("--full"), serving.getMessage());
            IOException indexing = assertThrows(IOException.class, () -> SolrBackend.index(corpus, settings, false));
            assertEquals(serving.getMessage(), indexing.getMessage());
        } finally {
            collections.setAliasProperties("faults", Map.of(SolrIndexSink.PROPERTY_LAYOUT,
                    newssearch.index.NewsSchema.LAYOUT_VERSION));
        }
    }

    @Test
    @Order(4)
    void anUnreachableClusterAtStartIsOneLineNamingTheUrl() {
        StringWriter err = new StringWriter();
        CommandLine cmd = NewsSearchCommand.commandLine();
        cmd.setOut(new PrintWriter(new StringWriter()));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("search", "--solr", "http://127.0.0.1:9/solr", "terrorism");
        assertNotEquals(0, code);
        String message = err.toString().strip();
        assertFalse(message.contains("\n") || message.contains("\tat "), message);
        assertTrue(message.startsWith("newssearch: SolrCloud does not answer at http://127.0.0.1:9/solr")
                && message.contains("tools/solr-cluster"), message);
    }

    @Test
    @Order(5)
    void aClusterThatGoesAwayIsA503NotAHang() throws Exception {
        cluster.close();
        long start = System.nanoTime();
        HttpResponse<String> response = server.get("/api/search?q=terrorism");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("backend_unavailable", body.get("error").asText());
        assertTrue(body.get("message").asText().contains("start the cluster"), body.toString());
        assertTrue(millis < 10_000, "answered in " + millis + " ms");
        assertEquals(503, server.get("/api/items/000_a91628f60ba626d3").statusCode());
        assertEquals("down", JSON.readTree(server.get("/health").body()).get("status").asText());
    }
}

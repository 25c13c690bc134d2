package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.lucene.LuceneBackend;

/** A reindex while the server runs: the server follows it without a restart and never shows a half index. */
class LiveReindexTest {

    @TempDir
    Path work;

    @Test
    void serverAnswersFromTheNewIndexAndNeverFromAHalfOne() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path index = work.resolve("index");
        Path seed = Path.of("seeds/000_a91628f60ba626d3.txt");
        Files.copy(seed, corpus.resolve(seed.getFileName()));
        LuceneBackend.index(corpus, index, false);
        String text = Files.readString(seed);
        for (int i = 0; i < 20; i++) {
            Files.writeString(corpus.resolve("copy-" + i + ".txt"), text.replace("soft targets", "soft targets " + i));
        }
        try (TestServer server = TestServer.start(index)) {
            assertEquals(1, server.json("/api/search?q=").get("total").asInt());
            Set<Integer> totalsSeen = ConcurrentHashMap.newKeySet();
            AtomicBoolean reindexing = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            Future<?>[] load = new Future<?>[4];
            for (int c = 0; c < load.length; c++) {
                load[c] = clients.submit(() -> {
                    for (int n = 0; n < 2000 && reindexing.get(); n++) {
                        HttpResponse<String> response = server.get("/api/search?q=soft+targets");
                        assertEquals(200, response.statusCode(), response.body());
                        totalsSeen.add(TestServer.parse(response.body()).get("total").asInt());
                    }
                    return null;
                });
            }
            LuceneBackend.index(corpus, index, false);
            reindexing.set(false);
            for (Future<?> client : load) {
                client.get();
            }
            clients.shutdown();
            assertTrue(Set.of(1, 21).containsAll(totalsSeen), "only complete indexes answered: " + totalsSeen);

            // The server looks for a new commit every quarter second; give it a bounded while.
            JsonNode after = null;
            for (int tries = 0; tries < 40; tries++) {
                after = server.json("/api/search?q=");
                if (after.get("total").asInt() == 21) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals(21, after.get("total").asInt());
        }
    }
}

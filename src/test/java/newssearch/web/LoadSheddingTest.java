package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bounded queue in front of the search endpoints, on a real server with handlers that wait to be let go. */
class LoadSheddingTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch letGo = new CountDownLatch(1);
    private Javalin app;

    @AfterEach
    void stop() {
        letGo.countDown();
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void requestsBeyondTheQueueAreRefusedAtOnceAndTheQueuedOnesAnswered() throws Exception {
        LoadShedding queue = new LoadShedding(1, 1, TimeUnit.MINUTES.toMillis(1));
        start(queue);
        CompletableFuture<HttpResponse<String>> running = getAsync("/slow");
        assertTrue(entered.await(30, TimeUnit.SECONDS), "the first request never reached its handler");
        CompletableFuture<HttpResponse<String>> waiting = getAsync("/slow");
        for (int tries = 0; tries < 3000 && queue.waiting() == 0; tries++) {
            Thread.sleep(10);
        }
        assertEquals(1, queue.waiting(), "the second request should wait for its turn");

        HttpResponse<String> refused = get("/slow");
        assertEquals(503, refused.statusCode());
        assertEquals("1", refused.headers().firstValue("Retry-After").orElse(""));
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("overloaded", TestServer.parse(refused.body()).get("error").asText());

        letGo.countDown();
        assertEquals(200, running.get(30, TimeUnit.SECONDS).statusCode());
        assertEquals(200, waiting.get(30, TimeUnit.SECONDS).statusCode());
        assertEquals(200, get("/slow").statusCode());
    }

    @Test
    void aRequestThatWaitedTooLongIsRefused() throws Exception {
        LoadShedding queue = new LoadShedding(1, 1, 50);
        start(queue);
        CompletableFuture<HttpResponse<String>> running = getAsync("/slow");
        assertTrue(entered.await(30, TimeUnit.SECONDS), "the first request never reached its handler");

        HttpResponse<String> late = get("/slow");
        assertEquals(503, late.statusCode());
        assertEquals("overloaded", TestServer.parse(late.body()).get("error").asText());
        letGo.countDown();
        assertEquals(200, running.get(30, TimeUnit.SECONDS).statusCode());
    }

    @Test
    void aFailedRequestGivesItsPlaceBack() throws Exception {
        LoadShedding queue = new LoadShedding(1, 0, 0);
        start(queue);
        assertEquals(500, get("/fail").statusCode());
        assertEquals(500, get("/fail").statusCode());
        letGo.countDown();
        assertEquals(200, get("/slow").statusCode());
    }

    private void start(LoadShedding queue) {
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = 0;
            config.routes.get("/slow", queue.guard(ctx -> {
                entered.countDown();
                letGo.await(30, TimeUnit.SECONDS);
                ctx.result("done");
            }));
            config.routes.get("/fail", queue.guard(ctx -> {
                throw new IllegalStateException("failed on purpose");
            }));
        }).start();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private CompletableFuture<HttpResponse<String>> getAsync(String path) {
        return client.sendAsync(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    }
}

package newssearch.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.lucene.LuceneBackend;

class OpeningSearchTest {

    @TempDir
    Path work;

    @Test
    void aSearchAskedWhileTheIndexOpensWaitsForIt() throws Exception {
        CountDownLatch mayOpen = new CountDownLatch(1);
        try (OpeningSearch opening = openingOnceAllowed(mayOpen)) {
            CompletableFuture<SearchResult> asked = CompletableFuture.supplyAsync(() -> {
                try {
                    return opening.search(SearchRequest.of("critical infrastructure"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertFalse(asked.isDone(), "the index cannot be open yet");

            mayOpen.countDown();
            assertEquals(1, asked.get(30, TimeUnit.SECONDS).total());
            assertSame(opening.opened(), opening.opened(), "opened once");
        }
    }

    @Test
    void whatOpeningThrewIsThrownAsItWas() throws IOException {
        IOException missing = new IOException("No index in nowhere/: run ./newssearch index");
        OpeningSearch opening = OpeningSearch.start(() -> {
            throw missing;
        });

        assertSame(missing, assertThrows(IOException.class, () -> opening.search(SearchRequest.of("x"))));
        assertSame(missing, assertThrows(IOException.class, opening::health));
        assertDoesNotThrow(opening::close, "an index that never opened has nothing to close");
    }

    @Test
    void anErrorWhileOpeningEndsTheWaitToo() {
        OutOfMemoryError error = new OutOfMemoryError("unable to create native thread");
        OpeningSearch opening = OpeningSearch.start(() -> {
            throw error;
        });

        IOException failed = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(IOException.class, () -> opening.search(SearchRequest.of("x"))));
        assertSame(error, failed.getCause());
    }

    @Test
    void aCallWaitingForTheOpeningOrUnderWayIsBusyAndIdlenessWaitsForItsAnswer() throws Exception {
        CountDownLatch mayOpen = new CountDownLatch(1);
        try (OpeningSearch opening = openingOnceAllowed(mayOpen)) {
            assertFalse(opening.busy(), "nothing asked yet");
            assertTimeoutPreemptively(Duration.ofSeconds(30), opening::awaitIdle, "idle while nothing is asked");

            CompletableFuture<SearchResult> asked = CompletableFuture.supplyAsync(() -> {
                try {
                    return opening.search(SearchRequest.of("critical infrastructure"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                while (!opening.busy()) {
                    Thread.sleep(1);
                }
            });
            CompletableFuture<Void> idle = CompletableFuture.runAsync(() -> {
                try {
                    opening.awaitIdle();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertFalse(idle.isDone(), "the search still waits for the opening");

            mayOpen.countDown();
            assertEquals(1, asked.get(30, TimeUnit.SECONDS).total());
            idle.get(30, TimeUnit.SECONDS);
            assertFalse(opening.busy(), "answered");
        }
    }

    /** The seeds' index, opened on another thread once {@code mayOpen} is counted down. */
    private OpeningSearch openingOnceAllowed(CountDownLatch mayOpen) throws IOException {
        Path index = work.resolve("index");
        LuceneBackend.index(Path.of("seeds"), index, true);
        return OpeningSearch.start(() -> {
            try {
                mayOpen.await();
            } catch (InterruptedException e) {
                throw new InterruptedIOException();
            }
            return LuceneBackend.open(index);
        });
    }
}

package newssearch.web;

import static newssearch.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.cli.CommandRun;
import newssearch.cli.NewsSearchCommand;
import newssearch.index.NewsSchema;
import newssearch.index.SeedVariants;
import newssearch.item.ItemIds;

/**
 * A reindex on a disk that fills up half-way, for real: the index lives on a 1 MB tmpfs, and the new pages need
 * more than that.
 */
class DiskFullTest {

    private static final int KEPT_PAGES = 40;
    private static final int NEW_PAGES = 500;

    @TempDir
    Path work;

    @Test
    void aFullDiskStopsTheReindexWithOneLineAndThePreviousIndexKeepsServing() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path index = work.resolve("index");
        String seed = SeedVariants.seed();
        SeedVariants.write(corpus, "kept-", KEPT_PAGES, i -> "resilience " + i);
        try (TmpfsMount disk = TmpfsMount.mount(index, "1m")) {
            assertEquals(0, run("index", "--no-vectors", "--seeds", corpus.toString(), "--index", index.toString())
                    .code());
            addPagesTooLargeForTheDisk(corpus, seed);

            CommandRun full;
            List<String> answers;
            try (TestServer server = TestServer.start(index)) {
                ConcurrentLinkedQueue<String> seen = new ConcurrentLinkedQueue<>();
                AtomicBoolean indexing = new AtomicBoolean(true);
                Thread client = new Thread(() -> {
                    while (indexing.get()) {
                        seen.add(answer(server, "/api/search?size=1"));
                        pause();
                    }
                });
                client.start();
                try {
                    full = run("index", "--no-vectors", "--seeds", corpus.toString(), "--index", index.toString());
                } finally {
                    indexing.set(false);
                    client.join();
                }
                seen.add(answer(server, "/api/search?size=1"));
                answers = List.copyOf(seen);
                for (int i = 0; i < KEPT_PAGES; i++) {
                    String id = ItemIds.fromFile("kept-" + i + ".txt");
                    assertEquals(id, server.json("/api/items/" + id).get("id").asText());
                }
            }

            assertEquals(NewsSearchCommand.EXIT_DISK_FULL, full.code(), full.out() + full.err());
            assertEquals("newssearch: the disk holding " + index + " is full: free space and run the index again"
                    + System.lineSeparator(), full.err());
            assertFalse(full.out().contains("skipped"), full.out());
            assertTrue(answers.stream().allMatch(("200 total=" + KEPT_PAGES)::equals),
                    "the server answered while the disk filled: " + answers.stream().distinct().toList());
            assertPreviousIndexWhole(index);

            disk.resize("64m");
            CommandRun again = run("index", "--no-vectors", "--seeds", corpus.toString(), "--index", index.toString());
            assertEquals(0, again.code(), again.err());
            assertTrue(again.out().contains("indexed: " + (KEPT_PAGES + NEW_PAGES) + " documents: " + NEW_PAGES
                    + " added"), again.out());
        }
    }

    /** Pages with a few hundred words each, in an order of their own, so that they compress badly. */
    private static void addPagesTooLargeForTheDisk(Path corpus, String seed) throws Exception {
        List<String> words = List.of(seed.split("\\s+"));
        Random random = new Random(15);
        for (int i = 0; i < NEW_PAGES; i++) {
            StringBuilder filler = new StringBuilder("endurance ").append(i);
            for (int w = 0; w < 300; w++) {
                filler.append(' ').append(words.get(random.nextInt(words.size()))).append(random.nextInt(1000));
            }
            Files.writeString(corpus.resolve("new-" + i + ".txt"), seed.replace("resilience", filler));
        }
    }

    private static void assertPreviousIndexWhole(Path index) throws Exception {
        try (Directory dir = FSDirectory.open(index)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(KEPT_PAGES, new IndexSearcher(reader).count(
                        new TermQuery(new Term(NewsSchema.KIND, NewsSchema.KIND_ITEM))));
            }
            try (CheckIndex check = new CheckIndex(dir)) {
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                assertTrue(check.checkIndex().clean, log.toString(StandardCharsets.UTF_8));
            }
        }
    }

    /** "200 total=N", or the status and body of any other answer, or the failure. */
    private static String answer(TestServer server, String pathAndQuery) {
        try {
            HttpResponse<String> response = server.get(pathAndQuery);
            return response.statusCode() == 200
                    ? "200 total=" + TestServer.parse(response.body()).get("total").asLong()
                    : response.statusCode() + " " + response.body();
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** Leaves the cores to the reindex between two requests. */
    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

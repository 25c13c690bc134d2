package newssearch.web;

import static newssearch.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.cli.CommandRun;
import newssearch.cli.NewsSearchCommand;
import newssearch.lucene.LuceneBackend;

/** An index whose files are damaged on disk: a flipped byte, a truncated file, bytes overwritten under a server. */
class DamagedIndexTest {

    @TempDir
    Path work;

    private Path index;

    @BeforeEach
    void index() throws IOException {
        index = work.resolve("index");
        LuceneBackend.index(Path.of("seeds"), index, false);
    }

    @Test
    void aFlippedByteMakesSearchAndServeNameTheIndexAndTheRemedy() throws Exception {
        flipByte(segmentFile(".si"), 40);

        for (CommandRun run : List.of(run("search", "osce", "--index", index.toString()),
                run("serve", "--index", index.toString(), "--port", "0"))) {
            assertEquals(NewsSearchCommand.EXIT_INDEX_DAMAGED, run.code(), run.out() + run.err());
            assertOneLineNamingTheRemedy(run.err());
        }
    }

    @Test
    void aTruncatedSegmentFileMakesSearchAndServeNameTheIndexAndTheRemedy() throws Exception {
        Path largest = segmentFile(".cfs");
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }

        for (CommandRun run : List.of(run("search", "osce", "--index", index.toString()),
                run("serve", "--index", index.toString(), "--port", "0"))) {
            assertEquals(NewsSearchCommand.EXIT_INDEX_DAMAGED, run.code(), run.out() + run.err());
            assertOneLineNamingTheRemedy(run.err());
        }
    }

    @Test
    void checkSaysInPlainWordsWhetherTheIndexIsWhole() throws Exception {
        CommandRun healthy = run("check", "--index", index.toString());
        assertEquals(0, healthy.code(), healthy.err());
        assertTrue(healthy.out().startsWith(index + " is healthy: 2 items ("), healthy.out());

        // A byte in the middle of the data, which opening the index does not read but CheckIndex's checksums do.
        Path data = segmentFile(".cfs");
        flipByte(data, Files.size(data) / 2);
        CommandRun damaged = run("check", "--index", index.toString());
        assertEquals(NewsSearchCommand.EXIT_INDEX_DAMAGED, damaged.code(), damaged.out() + damaged.err());
        assertTrue(damaged.out().startsWith(index + " is damaged: 1 problem found in "), damaged.out());
        // The segment holds one item and the documents of its quotations.
        assertTrue(damaged.out().matches("(?s).*segment " + data.getFileName().toString().replace(".cfs", "")
                + " \\(\\d+ documents\\) is damaged: .*"), damaged.out());
        assertTrue(damaged.out().strip().endsWith("rebuild it with ./newssearch index --full --index " + index),
                damaged.out());

        CommandRun rebuilt = run("index", "--full", "--no-vectors", "--seeds", "seeds", "--index", index.toString());
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertEquals(0, run("check", "--index", index.toString()).code());
    }

    @Test
    void checkOfAFolderWithoutAnIndexSaysSo() {
        CommandRun missing = run("check", "--index", work.resolve("nothing").toString());
        assertEquals(NewsSearchCommand.EXIT_FAILURE, missing.code());
        assertTrue(missing.err().contains("run ./newssearch index"), missing.err());
    }

    @Test
    void aServerWhoseIndexIsDamagedUnderItAnswers503Json() throws Exception {
        try (TestServer server = TestServer.start(index)) {
            JsonNode before = server.json("/api/search?q=");
            assertEquals(2, before.get("total").asInt());
            String id = before.get("hits").get(0).get("id").asText();
            for (Path segment : segmentFiles(".cfs")) {
                overwriteBody(segment);
            }
            // Lucene reads the zeroed bytes without verifying them; the first search fails oddly, the server then
            // verifies the checksums, and from then on every request is told the index is damaged.
            for (String path : List.of("/api/search?q=osce", "/api/items/" + id, "/api/search?q=")) {
                HttpResponse<String> response = server.get(path);
                assertEquals(503, response.statusCode(), path + ": " + response.body());
                assertTrue(response.headers().firstValue("Retry-After").isPresent(), path);
                JsonNode body = TestServer.parse(response.body());
                assertEquals("backend_unavailable", body.get("error").asText(), path);
                assertTrue(body.get("message").asText().startsWith("the index in " + index + " is damaged ("),
                        body.get("message").asText());
                assertTrue(body.get("message").asText().endsWith("rebuild it with ./newssearch index --full"),
                        body.get("message").asText());
            }
        }
    }

    private static void assertOneLineNamingTheRemedy(String err) {
        assertTrue(err.startsWith("newssearch: the index in "), err);
        assertTrue(err.endsWith("): rebuild it with ./newssearch index --full" + System.lineSeparator()), err);
        assertEquals(1, err.lines().count(), err);
        assertFalse(err.contains("\tat "), err);
    }

    /** The largest file of the index ending in {@code suffix}. */
    private Path segmentFile(String suffix) throws IOException {
        return segmentFiles(suffix).get(0);
    }

    private List<Path> segmentFiles(String suffix) throws IOException {
        try (var files = Files.list(index)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparingLong(DamagedIndexTest::size).reversed()).toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0xFF);
        }
    }

    /** Zeroes a file in place, all but its first and last bytes (the header and checksum footer). */
    private static void overwriteBody(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(100);
            raf.write(new byte[(int) raf.length() - 116]);
        }
    }
}

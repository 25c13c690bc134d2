package newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import newssearch.lucene.LuceneBackend;
import newssearch.item.ItemIds;

/** A reindex killed with SIGKILL in a real child process leaves the previous index whole and usable. */
class CrashSafetyTest {

    private static final int KEPT_PAGES = 40;
    private static final int NEW_PAGES = 2500;

    @TempDir
    Path work;

    @Test
    void killedReindexLeavesThePreviousCommitIntact() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path index = work.resolve("index");
        SeedVariants.write(corpus, "kept-", KEPT_PAGES, i -> "resilience " + i);
        LuceneBackend.index(corpus, index, false);
        SeedVariants.write(corpus, "new-", NEW_PAGES, i -> "endurance " + i);

        Process child = CommandRun.inChildProcess("index", "--no-vectors", "--seeds", corpus.toString(), "--index",
                index.toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("child.log").toFile())
                .start();
        waitForWriting(index, child);
        assertTrue(child.isAlive(), "the reindex finished before it could be killed: give it more pages");
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (Directory dir = FSDirectory.open(index)) {
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                assertEquals(KEPT_PAGES, new IndexSearcher(reader).count(
                        new TermQuery(new Term(NewsSchema.KIND, NewsSchema.KIND_ITEM))));
                IndexSearcher searcher = new IndexSearcher(reader);
                for (int i = 0; i < KEPT_PAGES; i++) {
                    String id = ItemIds.fromFile("kept-" + i + ".txt");
                    assertEquals(1, searcher.count(new TermQuery(new Term(NewsSchema.ID, id))), id);
                }
            }
            // The killed writer's lock file stays behind; it is not held, so CheckIndex may take it.
            try (CheckIndex check = new CheckIndex(dir)) {
                ByteArrayOutputStream log = new ByteArrayOutputStream();
                check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
                CheckIndex.Status status = check.checkIndex();
                assertTrue(status.clean, log.toString(StandardCharsets.UTF_8));
            }
        }

        IndexReport next = LuceneBackend.index(corpus, index, false);
        assertEquals(KEPT_PAGES + NEW_PAGES, next.documents());
        assertEquals(NEW_PAGES, next.added());
        assertEquals(KEPT_PAGES, next.unchanged());
    }

    /** Waits, boundedly, until the child has opened the index for writing, then lets it add pages a while. */
    private static void waitForWriting(Path index, Process child) throws IOException, InterruptedException {
        for (int tries = 0; tries < 800 && child.isAlive(); tries++) {
            if (list(index).contains("write.lock")) {
                Thread.sleep(400);
                return;
            }
            Thread.sleep(25);
        }
    }

    private static List<String> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}

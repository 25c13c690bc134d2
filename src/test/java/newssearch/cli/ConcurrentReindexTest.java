package newssearch.cli;

import static newssearch.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.index.SeedVariants;

/** A second reindex of an index that a first one, in another process, is writing. */
class ConcurrentReindexTest {

    private static final int PAGES = 1500;

    @TempDir
    Path work;

    @Test
    void theSecondReindexSaysTheFirstIsRunningAndTheFirstCompletes() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Path index = work.resolve("index");
        SeedVariants.write(corpus, "page-", PAGES, i -> "resilience " + i);
        Path firstOut = work.resolve("first.out");
        Process first = CommandRun.inChildProcess("index", "--no-vectors", "--seeds", corpus.toString(), "--index",
                index.toString())
                .redirectOutput(firstOut.toFile())
                .redirectError(work.resolve("first.err").toFile())
                .start();
        try {
            // The folder is new: its write.lock appears when the first reindex has taken the lock.
            for (int tries = 0; tries < 6000 && first.isAlive() && !Files.exists(index.resolve("write.lock"));
                    tries++) {
                Thread.sleep(10);
            }
            assertTrue(first.isAlive(), "the first reindex ended before the second could start: give it more pages");

            CommandRun second = run("index", "--no-vectors", "--seeds", corpus.toString(), "--index", index.toString());
            CommandRun check = run("check", "--index", index.toString());
            assertTrue(first.isAlive(), "the first reindex ended while the second ran: give it more pages");

            assertEquals(NewsSearchCommand.EXIT_REINDEX_RUNNING, second.code(), second.out() + second.err());
            assertEquals("newssearch: a reindex of " + index + " is running: wait for it to finish and try again"
                    + System.lineSeparator(), second.err());
            assertEquals(NewsSearchCommand.EXIT_REINDEX_RUNNING, check.code(), check.out() + check.err());

            assertTrue(first.waitFor(10, TimeUnit.MINUTES), "the first reindex did not end");
            assertEquals(0, first.exitValue(), Files.readString(work.resolve("first.err")));
            assertTrue(Files.readString(firstOut).contains("indexed: " + PAGES + " documents: " + PAGES + " added"),
                    Files.readString(firstOut));
        } finally {
            first.destroyForcibly();
        }
        CommandRun healthy = run("check", "--index", index.toString());
        assertEquals(0, healthy.code(), healthy.out() + healthy.err());
        assertTrue(healthy.out().contains("is healthy: " + PAGES + " items"), healthy.out());
    }
}

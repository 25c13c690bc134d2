package newssearch.cli;

import static newssearch.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path work;


    @Test
    void indexPrintsASummaryAndSearchPrintsATable() {
        String index = work.resolve("index").toString();
        CommandRun indexed = run("index", "--seeds", "seeds", "--index", index);
        assertEquals(0, indexed.code(), indexed.err());
        assertTrue(indexed.out().contains("indexed: 2 documents: 2 added"), indexed.out());
        assertTrue(indexed.out().contains("; vectors: 2 embedded"), indexed.out());

        CommandRun found = run("search", "critical", "infrastructure", "--index", index);
        assertEquals(0, found.code(), found.err());
        assertTrue(found.out().startsWith("1 hits in"), found.out());
        assertTrue(found.out().contains("002_1899501280fdbaa4"));

        CommandRun filtered = run("search", "--country", "Germany", "--field", "Youth", "--index", index);
        assertTrue(filtered.out().startsWith("0 hits"), filtered.out());
    }

    @Test
    void skippedPagesGiveTheirOwnExitCode() throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        Files.copy(Path.of("seeds/002_1899501280fdbaa4.txt"), corpus.resolve("good.txt"));
        Files.write(corpus.resolve("bad.txt"), new byte[] {0, 1, 2});
        CommandRun run = run("index", "--seeds", corpus.toString(), "--index", work.resolve("index").toString(),
                "--no-vectors");
        assertEquals(IndexCommand.EXIT_SKIPPED_PAGES, run.code());
        assertTrue(run.out().contains("; no vectors"), run.out());
        assertTrue(run.out().contains("skipped bad.txt: is binary"), run.out());

        Files.delete(corpus.resolve("good.txt"));
        CommandRun nothing = run("index", "--seeds", corpus.toString(), "--index", work.resolve("index2").toString(),
                "--no-vectors");
        assertEquals(IndexCommand.EXIT_NOTHING_INDEXED, nothing.code());
    }

    @Test
    void aSubcommandIsBuiltAloneAndTheUsageListsEveryOne() {
        assertEquals(List.of("serve", "help"), List.copyOf(NewsSearchCommand.commandLineFor("serve", "--help")
                .getSubcommands().keySet()));
        assertEquals(List.of("index", "serve", "search", "check", "extract", "eval", "relevance", "help"),
                List.copyOf(NewsSearchCommand.commandLineFor("--help").getSubcommands().keySet()));
        CommandRun usage = run("--help");
        assertTrue(usage.out().contains("extract"), usage.out());
        CommandRun mistyped = run("serv");
        assertEquals(2, mistyped.code());
        assertTrue(mistyped.err().contains("Did you mean: newssearch serve"), mistyped.err());
        // An option every subcommand inherits reaches one that was built alone.
        CommandRun verbose = run("search", "--verbose", "x", "--index", work.resolve("missing").toString());
        assertTrue(verbose.err().contains("\tat "), verbose.err());
    }

    @Test
    void failuresAreOneLineWithoutAStackTrace() {
        CommandRun run = run("search", "x", "--index", work.resolve("missing").toString());
        assertEquals(NewsSearchCommand.EXIT_FAILURE, run.code());
        assertTrue(run.err().startsWith("newssearch: No index in"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        CommandRun corpus = run("index", "--seeds", work.resolve("nowhere").toString(), "--index",
                work.resolve("i").toString());
        assertEquals(NewsSearchCommand.EXIT_FAILURE, corpus.code());
        assertTrue(corpus.err().contains("nowhere"), corpus.err());
        assertEquals(1, corpus.err().strip().lines().count(), corpus.err());
    }

    @Test
    void aNegativeNumberOfCachedResultsIsAUsageError() {
        CommandRun run = run("serve", "--cached-results", "-1", "--index", work.resolve("index").toString());
        assertEquals(2, run.code(), run.out() + run.err());
        assertTrue(run.err().contains("--cached-results must be 0 or more, got -1"), run.err());
        assertFalse(Files.exists(work.resolve("index")), "nothing is indexed before the options are checked");
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"index", "serve", "search"}) {
            CommandRun help = run(sub, "--help");
            assertEquals(0, help.code());
            assertTrue(help.out().contains("Usage: newssearch " + sub), help.out());
        }
        assertTrue(run("serve", "--help").out().contains("default: 127.0.0.1"));
    }
}

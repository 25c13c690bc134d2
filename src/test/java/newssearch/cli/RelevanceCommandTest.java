package newssearch.cli;

import static newssearch.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newssearch relevance} over the seeds: the table, the summary line, the run file and bad input. */
class RelevanceCommandTest {

    private static final String SOFT_TARGETS = "000_a91628f60ba626d3";
    private static final String INFRASTRUCTURE = "002_1899501280fdbaa4";

    @TempDir
    Path work;

    private Path collection() throws IOException {
        Files.writeString(work.resolve("topics.tsv"), "t1\tprotecting crowded places\tnatural\n"
                + "t2\tcritical infrastructure\tkeyword\n");
        Files.writeString(work.resolve("qrels.txt"), "t1 0 " + SOFT_TARGETS + " 3\nt1 0 " + INFRASTRUCTURE + " 0\n"
                + "t2 0 " + INFRASTRUCTURE + " 3\nt2 0 " + SOFT_TARGETS + " 1\n");
        String index = work.resolve("index").toString();
        assertEquals(0, run("index", "--seeds", "seeds", "--index", index).code());
        return work;
    }

    @Test
    void printsATablePerKindTheSummaryAndATrecRun() throws IOException {
        Path dir = collection();
        Path runFile = dir.resolve("run.txt");
        CommandRun scored = run("relevance", dir.resolve("topics.tsv").toString(), dir.resolve("qrels.txt").toString(),
                "--index", dir.resolve("index").toString(), "--mode", "keyword", "--run", runFile.toString());
        assertEquals(0, scored.code(), scored.err());
        List<String> lines = scored.out().lines().toList();
        assertTrue(lines.get(0).startsWith("mode") && lines.get(0).contains("nDCG@10"), lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.matches("keyword\\s+natural\\s+1\\s.*")), scored.out());
        String summary = lines.get(lines.size() - 1);
        assertTrue(summary.matches("relevance: mode=keyword queries=2 ndcg@10=[01]\\.\\d{4} .* mrr@10=1\\.0000 nohit=0"),
                summary);
        List<String> run = Files.readAllLines(runFile);
        assertTrue(run.get(0).matches("t1 Q0 " + SOFT_TARGETS + " 1 [0-9.]+ newssearch-keyword"), run.get(0));
    }

    @Test
    void plainBm25OverThePagesIsTheAnchorRow() throws IOException {
        Path dir = collection();
        Path runFile = dir.resolve("run.txt");
        CommandRun scored = run("relevance", dir.resolve("topics.tsv").toString(), dir.resolve("qrels.txt").toString(),
                "--index", dir.resolve("index").toString(), "--mode", "keyword", "--bm25", "seeds",
                "--run", runFile.toString());
        assertEquals(0, scored.code(), scored.err());
        assertTrue(scored.out().lines().anyMatch(line -> line.matches("bm25\\s+all\\s+2\\s.*")), scored.out());
        assertTrue(scored.out().contains("relevance: mode=bm25 queries=2"), scored.out());
        assertTrue(Files.readAllLines(Path.of(runFile + ".bm25")).get(0).endsWith(" newssearch-bm25"));
        assertTrue(Files.exists(Path.of(runFile + ".keyword")));
    }

    @Test
    void aMalformedTopicsFileIsOneLineThatSaysWhere() throws IOException {
        Path dir = collection();
        Files.writeString(dir.resolve("topics.tsv"), "t1 no tabs here\n");
        CommandRun failed = run("relevance", dir.resolve("topics.tsv").toString(), dir.resolve("qrels.txt").toString(),
                "--index", dir.resolve("index").toString());
        assertEquals(1, failed.code());
        assertEquals("newssearch: " + dir.resolve("topics.tsv") + " line 1 is not id<TAB>query<TAB>kind: "
                + "'t1 no tabs here'", failed.err().strip());
    }

    @Test
    void anUnknownModeIsRefused() throws IOException {
        Path dir = collection();
        CommandRun failed = run("relevance", dir.resolve("topics.tsv").toString(), dir.resolve("qrels.txt").toString(),
                "--index", dir.resolve("index").toString(), "--mode", "fuzzy");
        assertTrue(failed.code() != 0);
        assertTrue(failed.err().contains("mode must be keyword, semantic or hybrid, got 'fuzzy'"), failed.err());
    }
}

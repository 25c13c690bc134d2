package newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import newssearch.lucene.PlainBm25;
import newssearch.relevance.Qrels;
import newssearch.relevance.RankedDoc;
import newssearch.relevance.RelevanceReport;
import newssearch.relevance.Topic;
import newssearch.relevance.TopicRun;
import newssearch.search.NewsSearch;
import newssearch.search.SearchMode;
import newssearch.search.SemanticModel;

/**
 * {@code newssearch relevance}: runs a test collection's topics against the index in each mode asked for and prints
 * trec_eval's measures per mode, overall and per kind of query; the last line of each mode is its summary.
 */
@Command(name = "relevance", mixinStandardHelpOptions = true,
        description = {"Run every topic of TOPICS (id<TAB>query<TAB>kind) against the index, score the rankings",
                "against QRELS (qid 0 docid grade, 0-3) and print nDCG@10, recall@100, P@10 and MRR@10 per mode,",
                "overall and per kind of query, as trec_eval computes them; topics without judgments are left out.",
                "Each mode ends with one line: relevance: mode=M queries=N ndcg@10=... recall@100=... p@10=...",
                "mrr@10=... nohit=K"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the topics were scored",
                "1:a file could not be read, or the index could not be searched (see the message)",
                "2:the options were wrong (usage printed)"})
final class RelevanceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TOPICS", description = "The queries: id<TAB>query<TAB>kind a line.")
    Path topicsFile;

    @Parameters(index = "1", paramLabel = "QRELS", description = "The judgments: qid 0 docid grade a line.")
    Path qrelsFile;

    @Option(names = "--mode", paramLabel = "M",
            description = "keyword, semantic or hybrid; repeat for several (default: the search's default mode).")
    List<String> modes = new ArrayList<>();

    @Option(names = "--run", paramLabel = "FILE",
            description = "Write each mode's ranking as a TREC run file (qid Q0 docid rank score tag) for trec_eval; "
                    + "with several modes, FILE.MODE.")
    Path runFile;

    @Option(names = "--bm25", paramLabel = "PAGES",
            description = "Also rank the topics with plain BM25 (Lucene's defaults, one field, any word may match) "
                    + "over the pages in PAGES, the anchor the modes are read against (the run file FILE.bm25).")
    Path bm25Pages;

    @Mixin
    BackendOptions backend;

    @Override
    public Integer call() throws IOException {
        List<Topic> topics = Topic.read(topicsFile);
        Qrels qrels = Qrels.read(qrelsFile);
        LinkedHashSet<SearchMode> asked = new LinkedHashSet<>();
        modes.forEach(mode -> asked.add(SearchMode.parse(mode)));
        if (asked.isEmpty()) {
            asked.add(SearchMode.DEFAULT);
        }
        if (asked.stream().anyMatch(mode -> mode != SearchMode.KEYWORD)) {
            SemanticModel.shared().awaitLoaded();
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RelevanceReport> reports = new ArrayList<>();
        try (NewsSearch searcher = backend.open()) {
            for (SearchMode mode : asked) {
                TopicRun run = TopicRun.search(searcher, topics, mode);
                if (runFile != null) {
                    writeRun(run, asked.size() == 1 && bm25Pages == null ? runFile
                            : Path.of(runFile + "." + mode.id()));
                }
                reports.add(new RelevanceReport(run, topics, qrels));
            }
        }
        if (bm25Pages != null) {
            TopicRun anchor = bm25(topics);
            if (runFile != null) {
                writeRun(anchor, Path.of(runFile + ".bm25"));
            }
            reports.add(new RelevanceReport(anchor, topics, qrels));
        }
        RelevanceReport.printHeader(out);
        reports.forEach(report -> report.printRows(out));
        reports.forEach(report -> out.println(report.summaryLine()));
        out.flush();
        return 0;
    }

    private TopicRun bm25(List<Topic> topics) throws IOException {
        Map<String, List<RankedDoc>> rankings = new LinkedHashMap<>();
        try (PlainBm25 anchor = PlainBm25.over(bm25Pages)) {
            for (Topic topic : topics) {
                rankings.put(topic.id(), anchor.search(topic.query(), TopicRun.DEPTH).stream()
                        .map(hit -> new RankedDoc(hit.id(), hit.score())).toList());
            }
        }
        return new TopicRun("bm25", rankings);
    }

    private static void writeRun(TopicRun run, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            run.write(writer, "newssearch-" + run.system());
        }
    }
}

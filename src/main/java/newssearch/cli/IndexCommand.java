package newssearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.index.SkippedPage;

/** {@code newssearch index}: brings the index in step with the corpus folder and prints what it did. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Index every page under the corpus folder; only added, changed or deleted pages are touched.",
                "Safe while the server runs: it answers from the new index within a second."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every page was indexed",
                "1:the index could not be written (see the message)",
                "2:the options were wrong (usage printed)",
                "3:indexed, but some pages were skipped (listed with the reason)",
                "4:no page could be indexed",
                "5:the disk holding the index is full: the previous index is kept; free space and run it again",
                "6:the index is damaged: rebuild it with --full",
                "7:another reindex of this index is running: wait for it to finish"})
final class IndexCommand implements Callable<Integer> {

    static final int DEFAULT_SHARDS = 2;
    static final int DEFAULT_REPLICAS = 2;
    static final int EXIT_SKIPPED_PAGES = 3;
    static final int EXIT_NOTHING_INDEXED = 4;

    @Spec
    CommandSpec spec;

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "Folder of saved pages (default: ${DEFAULT-VALUE}).")
    Path seeds;

    @Mixin
    BackendOptions backend;

    @Option(names = "--shards", defaultValue = "" + DEFAULT_SHARDS,
            description = "With --solr: shards of a new collection (default: ${DEFAULT-VALUE}).")
    int shards;

    @Option(names = "--replicas", defaultValue = "" + DEFAULT_REPLICAS,
            description = "With --solr: replicas of each shard of a new collection (default: ${DEFAULT-VALUE}).")
    int replicas;

    @Option(names = "--full", description = "Rebuild from nothing instead of touching only what changed "
            + "(unchanged pages keep their vectors).")
    boolean full;

    @Option(names = "--no-vectors", description = "Index without the items' embeddings: faster, but no semantic "
            + "search. Indexing with them again (the default) rebuilds the index.")
    boolean noVectors;

    @Override
    public Integer call() throws Exception {
        IndexReport report = backend.index(seeds, new IndexSettings(full, !noVectors), shards, replicas,
                ProgressLine.on(System.console()));
        PrintWriter out = spec.commandLine().getOut();
        print(report, out);
        out.flush();
        return exitCode(report);
    }

    static void print(IndexReport report, PrintWriter out) {
        for (SkippedPage skipped : report.skipped()) {
            out.println("skipped " + skipped);
        }
        for (SkippedPage duplicate : report.duplicates()) {
            out.println("duplicate " + duplicate);
        }
        report.warnings().forEach(warning -> out.println("warning " + warning));
        out.println("indexed: " + report.summary());
    }

    static int exitCode(IndexReport report) {
        boolean anyGood = report.added() + report.updated() + report.unchanged() > 0;
        if (!anyGood && !report.skipped().isEmpty()) {
            return EXIT_NOTHING_INDEXED;
        }
        return report.skipped().isEmpty() ? 0 : EXIT_SKIPPED_PAGES;
    }
}

package newssearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import newssearch.lucene.IndexCheck;

/** {@code newssearch check}: runs Lucene's CheckIndex over the embedded index and says whether it is whole. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Read every file of the index and verify its checksums and structure (Lucene's CheckIndex).",
                "Takes the index's write lock: run it when no reindex is running."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the index is healthy",
                "1:there is no index, or it could not be read (see the message)",
                "2:the options were wrong (usage printed)",
                "6:the index is damaged: rebuild it with ./newssearch index --full",
                "7:a reindex of this index is running: check it after"})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--index", paramLabel = "DIR", defaultValue = "index",
            description = "The embedded index's folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Override
    public Integer call() throws Exception {
        IndexCheck check = IndexCheck.of(index);
        PrintWriter out = spec.commandLine().getOut();
        if (check.healthy()) {
            out.printf("%s is healthy: %d items (%d documents with their quotations) in %d segments, every file read "
                    + "and its checksum verified%n", index, check.items(), check.documents(), check.segments());
            out.flush();
            return 0;
        }
        out.printf("%s is damaged: %d %s found in %d segments%n", index, check.problems().size(),
                check.problems().size() == 1 ? "problem" : "problems", check.segments());
        check.problems().forEach(problem -> out.println("  " + problem));
        out.println("rebuild it with ./newssearch index --full --index " + index);
        out.flush();
        return NewsSearchCommand.EXIT_INDEX_DAMAGED;
    }
}

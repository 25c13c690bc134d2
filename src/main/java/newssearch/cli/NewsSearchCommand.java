package newssearch.cli;

import java.util.logging.Logger;
import java.util.logging.Level;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import newssearch.index.DiskFullException;
import newssearch.index.ReindexRunningException;
import newssearch.search.IndexDamagedException;

/** The {@code newssearch} command and its subcommands. */
@Command(name = "newssearch", mixinStandardHelpOptions = true, version = "news-search 0.1.0",
        description = "Full-text, faceted search over saved OSCE news pages.",
        subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, CheckCommand.class,
                ExtractCommand.class, EvalCommand.class, CommandLine.HelpCommand.class})
public final class NewsSearchCommand {

    /** Exit code when the command failed (bad input, missing index, I/O). */
    public static final int EXIT_FAILURE = 1;
    /** Exit code when the disk holding the index filled up during a reindex; the previous index is kept. */
    public static final int EXIT_DISK_FULL = 5;
    /** Exit code when the index's files are damaged: rebuild it with {@code index --full}. */
    public static final int EXIT_INDEX_DAMAGED = 6;
    /** Exit code when another reindex of the same index is running. */
    public static final int EXIT_REINDEX_RUNNING = 7;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of failures.")
    boolean verbose;

    /** Lucene reports how it uses SIMD through java.util.logging; this service does no vector search. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(Level.SEVERE);
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, as {@code main} runs it; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        NewsSearchCommand root = new NewsSearchCommand();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println("newssearch: " + message(e));
            if (root.verbose) {
                e.printStackTrace(cmd.getErr());
            }
            cmd.getErr().flush();
            return exitCode(e);
        });
        return commandLine;
    }

    /** The exit code of a failure: a code of its own for each fault a script may want to tell apart. */
    static int exitCode(Exception e) {
        if (e instanceof DiskFullException) {
            return EXIT_DISK_FULL;
        }
        if (e instanceof IndexDamagedException) {
            return EXIT_INDEX_DAMAGED;
        }
        if (e instanceof ReindexRunningException) {
            return EXIT_REINDEX_RUNNING;
        }
        return EXIT_FAILURE;
    }

    private static String message(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist" + (missing.getReason() == null ? ""
                    : " or " + missing.getReason()) + ": check the path";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

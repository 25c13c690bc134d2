package newssearch.cli;

import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import newssearch.index.DiskFullException;
import newssearch.index.ReindexRunningException;
import newssearch.search.IndexDamagedException;

/** The {@code newssearch} command and its subcommands. */
@Command(name = "newssearch", mixinStandardHelpOptions = true, version = "news-search 0.1.0",
        description = "Full-text, faceted search over saved OSCE news pages.")
public final class NewsSearchCommand {

    /** The subcommands in the order the usage lists them; {@code help} comes last. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(IndexCommand.class, ServeCommand.class,
            SearchCommand.class, CheckCommand.class, ExtractCommand.class, EvalCommand.class,
            RelevanceCommand.class);

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
        System.exit(commandLineFor(args).execute(args));
    }

    /** The configured command line with every subcommand; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line that {@code args} need: when the first names a subcommand, only that one is built, since
     * picocli reads the options of every subcommand it is given (about 0.2 s of each start); otherwise
     * all of them, for the usage, {@code help} and suggestions for a mistyped name.
     */
    static CommandLine commandLineFor(String... args) {
        return commandLine(args.length == 0 ? "" : args[0]);
    }

    private static CommandLine commandLine(String first) {
        NewsSearchCommand root = new NewsSearchCommand();
        CommandLine commandLine = new CommandLine(root);
        boolean named = SUBCOMMANDS.stream().anyMatch(type -> nameOf(type).equals(first));
        for (Class<?> type : SUBCOMMANDS) {
            if (!named || nameOf(type).equals(first)) {
                commandLine.addSubcommand(type);
            }
        }
        commandLine.addSubcommand(CommandLine.HelpCommand.class);
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

    private static String nameOf(Class<?> subcommand) {
        return subcommand.getAnnotation(Command.class).name();
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

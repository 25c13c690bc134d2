package newssearch.cli;

import java.util.logging.Logger;
import java.util.logging.Level;
import java.nio.file.NoSuchFileException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code newssearch} command and its subcommands. */
@Command(name = "newssearch", mixinStandardHelpOptions = true, version = "news-search 0.1.0",
        description = "Full-text, faceted search over saved OSCE news pages.",
        subcommands = {IndexCommand.class, ServeCommand.class, SearchCommand.class, ExtractCommand.class,
                EvalCommand.class, CommandLine.HelpCommand.class})
public final class NewsSearchCommand {

    /** Exit code when the command failed (bad input, missing index, I/O). */
    public static final int EXIT_FAILURE = 1;

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
            return EXIT_FAILURE;
        });
        return commandLine;
    }

    private static String message(Exception e) {
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist" + (missing.getReason() == null ? ""
                    : " or " + missing.getReason()) + ": check the path";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}

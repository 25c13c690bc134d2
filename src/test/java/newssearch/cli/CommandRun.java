package newssearch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/**
 * One run of {@code newssearch} in this JVM with its output captured, as picocli's testing guide runs a command:
 * the exit code and what went to standard output and standard error.
 */
public record CommandRun(int code, String out, String err) {

    public static CommandRun run(String... args) {
        CommandLine cmd = NewsSearchCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}

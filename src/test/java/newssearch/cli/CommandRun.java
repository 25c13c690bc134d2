package newssearch.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;

/**
 * One run of {@code newssearch} in this JVM with its output captured, as picocli's testing guide runs a command:
 * the exit code and what went to standard output and standard error.
 */
public record CommandRun(int code, String out, String err) {

    public static CommandRun run(String... args) {
        CommandLine cmd = NewsSearchCommand.commandLineFor(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /**
     * The same command in a JVM of its own, on this JVM's class path, for what needs a real process (a signal, a
     * kill, a second writer); the caller sets where its output goes and starts it.
     */
    public static ProcessBuilder inChildProcess(String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), NewsSearchCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}

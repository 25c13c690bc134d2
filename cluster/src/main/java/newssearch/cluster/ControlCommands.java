package newssearch.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/**
 * The commands a test in another JVM sends on standard input, one a line: {@code stop I} stops node {@code I}
 * (0-based) and answers {@code stopped: URL} once it is down; {@code start I} starts it again on the same port and
 * answers {@code started: URL} once it is live with its cores; {@code shutdown} ends the cluster. A command that
 * cannot be done answers one line {@code error: <what is wrong>}, so that the sender never waits in vain.
 */
final class ControlCommands {

    private final SolrNodes nodes;
    private final PrintStream out;

    ControlCommands(SolrNodes nodes, PrintStream out) {
        this.nodes = nodes;
        this.out = out;
    }

    /** Runs the commands in {@code in} until {@code shutdown} (returns true) or the end of input (false). */
    boolean run(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            String[] words = line.trim().split("\\s+");
            if (words[0].equals("shutdown")) {
                return true;
            }
            if (!words[0].isEmpty()) {
                answer(words);
            }
        }
        return false;
    }

    private void answer(String[] words) {
        try {
            String command = words[0];
            if (!command.equals("stop") && !command.equals("start") || words.length != 2) {
                throw new IllegalArgumentException("unknown command '" + String.join(" ", words)
                        + "': use stop I, start I or shutdown");
            }
            int index = index(words[1]);
            if (command.equals("stop")) {
                nodes.stop(index);
                say("stopped: " + nodes.url(index));
            } else {
                nodes.start(index);
                say("started: " + nodes.url(index));
            }
        } catch (Exception e) {
            say("error: " + e.getMessage());
        }
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a node is named by its number, not '" + text + "'");
        }
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}

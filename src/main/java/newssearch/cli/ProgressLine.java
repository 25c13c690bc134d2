package newssearch.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

import newssearch.index.IndexProgress;

/**
 * The line {@code index} keeps up to date while it runs on a terminal: pages read of all, pages per second,
 * the time left and, when it writes vectors, how many items it has embedded, rewritten in place twice a second
 * and wiped at the end so that the summary stands alone. When the output is no terminal (a pipe, a file, a test)
 * there is no line at all.
 */
final class ProgressLine implements IndexProgress {

    private static final long EVERY_NANOS = 500_000_000L;

    private final PrintWriter terminal;
    private final LongSupplier clock;
    private final long start;
    private long lastShown;
    private int width;
    /** Items embedded so far; -1 while the run writes no vectors. */
    private int embedded = -1;

    ProgressLine(PrintWriter terminal, LongSupplier clock) {
        this.terminal = terminal;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastShown = start;
    }

    /** A progress line on the console, or nothing when the output is not a terminal. */
    static IndexProgress on(Console console) {
        return isTerminal(console) ? new ProgressLine(console.writer(), System::nanoTime) : IndexProgress.NONE;
    }

    /**
     * Up to Java 21 a console exists only on a terminal; from Java 22 there is one even when the output goes
     * to a pipe or a file, and {@code Console.isTerminal()} (not in the Java 21 API this is built against) tells.
     */
    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException beforeJava22) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    @Override
    public void itemsEmbedded(int embedded) {
        this.embedded = embedded;
    }

    @Override
    public void pagesRead(int done, int total) {
        long now = clock.getAsLong();
        if (done >= total) {
            if (width > 0) {
                terminal.print("\r" + " ".repeat(width) + "\r");
                terminal.flush();
                width = 0;
            }
            return;
        }
        if (now - lastShown < EVERY_NANOS) {
            return;
        }
        lastShown = now;
        double seconds = (now - start) / 1e9;
        double perSecond = done / seconds;
        String left = perSecond > 0 ? duration((long) Math.ceil((total - done) / perSecond)) : "?";
        String line = String.format(Locale.ROOT, "indexing: %,d of %,d pages, %,.0f pages/s, %s left",
                done, total, perSecond, left)
                + (embedded >= 0 ? String.format(Locale.ROOT, ", %,d embedded", embedded) : "");
        terminal.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        terminal.flush();
        width = Math.max(width, line.length());
    }

    private static String duration(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}

package newssearch.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A small tmpfs mounted on a folder, to fill a disk for real. Mounting needs root: where it is not permitted the
 * test is skipped with the reason, except under {@code CI=true}, where the tests run as root and it fails.
 */
final class TmpfsMount implements AutoCloseable {

    private final Path dir;

    private TmpfsMount(Path dir) {
        this.dir = dir;
    }

    static TmpfsMount mount(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Run run = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        if (run.code != 0) {
            String reason = "cannot mount a tmpfs on " + dir + " (" + run.output.strip()
                    + "): run the tests as root to fill a disk for real";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            Assumptions.abort(reason);
        }
        return new TmpfsMount(dir);
    }

    /** Gives the mount more room, as a user who freed space would. */
    void resize(String size) throws IOException, InterruptedException {
        Run run = run("mount", "-o", "remount,size=" + size, dir.toString());
        if (run.code != 0) {
            throw new IOException("could not resize the tmpfs on " + dir + ": " + run.output);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        Run run = run("umount", dir.toString());
        if (run.code != 0) {
            throw new IOException("could not unmount the tmpfs on " + dir + ": " + run.output);
        }
    }

    private record Run(int code, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return new Run(-1, e.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(-1, String.join(" ", command) + " did not end");
        }
        return new Run(process.exitValue(), output);
    }
}

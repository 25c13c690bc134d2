package newssearch.solr;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * A real local SolrCloud for the tests: {@code tools/solr-cluster --nodes N}, started as a child process (Solr 9
 * brings Lucene 9, which must not share this JVM's classpath). It waits for the {@code ready:} line, gives the
 * nodes' base URLs, stops and starts single nodes through the command's standard input, and shuts the cluster
 * down on {@link #close()}. The cluster's log goes to a file under {@code target/}, so no pipe ever fills.
 */
public final class LocalSolrCloudProcess implements AutoCloseable {

    /** The first start builds the cluster's module, and on a fresh machine downloads Solr. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);
    /** Put in the answers when the process's output ends. */
    private static final String EXITED = "(exited)";

    private final Process process;
    private final Writer commands;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Path log;
    private final Thread stopAtExit;
    private List<String> nodeUrls = List.of();
    private Optional<Path> credentials = Optional.empty();
    private Optional<Path> trustStore = Optional.empty();

    private LocalSolrCloudProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        this.commands = process.outputWriter(StandardCharsets.UTF_8);
        // Should the test JVM end without close(), SIGTERM still stops the cluster cleanly.
        this.stopAtExit = new Thread(process::destroy, "solr-cluster-stop");
        Runtime.getRuntime().addShutdownHook(stopAtExit);
        Thread reader = new Thread(this::readAnswers, "solr-cluster-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts a cluster of {@code nodes} Solr nodes and returns once every node is live. */
    public static LocalSolrCloudProcess start(int nodes) throws IOException, InterruptedException {
        return start(nodes, List.of());
    }

    /**
     * Starts a cluster of {@code nodes} Solr nodes as a protected one runs: {@code --auth --tls}, users
     * {@code admin} and {@code reader}, HTTPS with a certificate of its own.
     */
    public static LocalSolrCloudProcess startSecured(int nodes) throws IOException, InterruptedException {
        return start(nodes, List.of("--auth", "--tls"));
    }

    private static LocalSolrCloudProcess start(int nodes, List<String> options)
            throws IOException, InterruptedException {
        Path root = projectRoot();
        Path log = root.resolve("target").resolve("solr-cluster-" + ProcessHandle.current().pid() + "-"
                + System.currentTimeMillis() + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(root.resolve("tools/solr-cluster").toString(),
                "--nodes", Integer.toString(nodes)));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectError(log.toFile());
        // The same Java as the tests, as ./newssearch test found it.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        LocalSolrCloudProcess cluster = new LocalSolrCloudProcess(builder.start(), log);
        try {
            // ready: URL,URL,... [credentials=FILE] [truststore=FILE]
            String[] parts = cluster.await("ready: ", READY_TIMEOUT).split(" ");
            cluster.nodeUrls = List.of(parts[0].split(","));
            for (String part : Arrays.asList(parts).subList(1, parts.length)) {
                if (part.startsWith("credentials=")) {
                    cluster.credentials = Optional.of(Path.of(part.substring("credentials=".length())));
                } else if (part.startsWith("truststore=")) {
                    cluster.trustStore = Optional.of(Path.of(part.substring("truststore=".length())));
                }
            }
            return cluster;
        } catch (IOException | RuntimeException | InterruptedException e) {
            cluster.close();
            throw e;
        }
    }

    /**
     * Why the cluster cannot run on this machine, or empty when it can: building it needs Maven, unless it is
     * built already.
     */
    public static Optional<String> whyNotRunnable() {
        Path root = projectRoot();
        if (Files.isRegularFile(root.resolve("cluster/target/news-search-solr-cluster.jar"))) {
            return Optional.empty();
        }
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "mvn"))) {
                return Optional.empty();
            }
        }
        return Optional.of("the local SolrCloud (tools/solr-cluster) is built with Maven, which is not on the PATH:"
                + " install it, e.g. 'apt-get install maven'");
    }

    /** Skips the calling tests when the cluster cannot run here, or fails them in CI ({@code CI=true}). */
    public static void requireRunnable() {
        Optional<String> reason = whyNotRunnable();
        if (reason.isEmpty()) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail(reason.get() + " (CI must run the cluster tests)");
        }
        Assumptions.abort(reason.get());
    }

    /** The nodes' base URLs, such as {@code http://127.0.0.1:8983/solr}, in node order. */
    public List<String> nodeUrls() {
        return nodeUrls;
    }

    /** The user's password, from the file a cluster started with {@code --auth} wrote. */
    public String password(String user) throws IOException {
        Path file = credentials.orElseThrow(() -> new IllegalStateException("the cluster runs without --auth"));
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith(user + "=")) {
                return line.substring(user.length() + 1);
            }
        }
        throw new IllegalArgumentException("no user " + user + " in " + file);
    }

    /** The file with the users' passwords, with {@code --auth}. */
    public Optional<Path> credentialsFile() {
        return credentials;
    }

    /** The PKCS12 trust store (password {@code changeit}) with the nodes' certificate, with {@code --tls}. */
    public Optional<Path> trustStore() {
        return trustStore;
    }

    /** Stops node {@code index} (0-based); returns once the cluster no longer counts it live. */
    public void stopNode(int index) throws IOException, InterruptedException {
        send("stop " + index);
        await("stopped: ", COMMAND_TIMEOUT);
    }

    /** Starts the stopped node {@code index} again on its old URL; returns once it and its cores are back. */
    public void startNode(int index) throws IOException, InterruptedException {
        send("start " + index);
        await("started: ", COMMAND_TIMEOUT);
    }

    /** Shuts the cluster down, and kills it when it does not end in time. */
    @Override
    public void close() throws InterruptedException {
        try {
            send("shutdown");
        } catch (IOException alreadyGone) {
            // The process has ended, or is ending: its input is closed.
        }
        if (!process.waitFor(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopAtExit);
        } catch (IllegalStateException exiting) {
            // The JVM is shutting down and runs the hook anyway; the process is gone by now.
        }
    }

    private void send(String command) throws IOException {
        commands.write(command + "\n");
        commands.flush();
    }

    /** The rest of the next answer line that starts with {@code prefix}; an {@code error:} line throws. */
    private String await(String prefix, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new IOException("tools/solr-cluster gave no '" + prefix.strip() + "' line within "
                        + timeout.toSeconds() + " s" + (process.isAlive() ? "" : " and exited with "
                        + process.exitValue()) + ": see " + log);
            }
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
            if (line.equals(EXITED)) {
                lines.add(EXITED);
                process.waitFor(SHUTDOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                throw new IOException("tools/solr-cluster ended before its '" + prefix.strip() + "' line"
                        + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")") + ": see " + log);
            }
            if (line.startsWith("error: ")) {
                throw new IOException("tools/solr-cluster: " + line + ": see " + log);
            }
        }
    }

    private void readAnswers() {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // The process has ended.
        }
        lines.add(EXITED);
    }

    private static Path projectRoot() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath();
    }
}

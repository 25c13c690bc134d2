package newssearch.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real server, started as a second process with {@code ./newssearch serve} on 127.0.0.1, and what can be
 * read of it from outside: time to its first answer, resident memory from {@code /proc}, heap from
 * {@code jstat}.
 */
final class ServerProcess implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final Process process;
    private final int port;
    private final long startNanos;

    private ServerProcess(Process process, int port, long startNanos) {
        this.process = process;
        this.port = port;
        this.startNanos = startNanos;
    }

    /** Starts {@code ./newssearch serve} (the launcher's JVM flags, unchanged) on a free loopback port. */
    static ServerProcess start(Path repo, Path index, Path log) throws IOException {
        return start(repo, List.of("--index", index.toString()), log);
    }

    /** Starts {@code ./newssearch serve} with the backend's options ({@code --index DIR}, {@code --solr URLS}). */
    static ServerProcess start(Path repo, List<String> backend, Path log) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(repo.resolve("newssearch").toString(), "serve"));
        command.addAll(backend);
        command.addAll(List.of("--host", "127.0.0.1", "--port", Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long start = System.nanoTime();
        return new ServerProcess(builder.start(), port, start);
    }

    /** Milliseconds from the start of the process to its first search answered with 200. */
    double awaitFirstAnswer(String query, double maxSeconds) throws IOException, InterruptedException {
        long deadline = startNanos + (long) (maxSeconds * 1e9);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + " before answering");
            }
            try {
                if (get("/api/search?" + query).statusCode() == 200) {
                    return (System.nanoTime() - startNanos) / 1e6;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(5);
        }
        throw new IOException("the server did not answer within " + maxSeconds + " s");
    }

    HttpResponse<byte[]> get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The server refused a request with 503 to shed load. */
    static final class Refused extends IOException {
        Refused(String query) {
            super("HTTP 503 for " + query);
        }
    }

    /** A search that must answer 200 with a JSON object, else it throws ({@link Refused} for a 503). */
    void search(QueryMix.Query query, int page) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get("/api/search?" + query.httpQuery(page));
        if (response.statusCode() == 503) {
            throw new Refused(query.httpQuery(page));
        }
        if (response.statusCode() != 200 || response.body().length == 0 || response.body()[0] != '{') {
            throw new IOException("HTTP " + response.statusCode() + " for " + query.httpQuery(page));
        }
    }

    int port() {
        return port;
    }

    /** The server's base URL, {@code http://127.0.0.1:PORT}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** VmRSS, VmHWM, RssAnon and RssFile of the server, MB. */
    Map<String, Object> residentMemory() throws IOException {
        Map<String, Object> memory = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
            for (String key : List.of("VmRSS", "VmHWM", "RssAnon", "RssFile")) {
                if (line.startsWith(key + ":")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    memory.put(key + "Mb", Latencies.round(kb * 1024 / 1e6));
                }
            }
        }
        return memory;
    }

    /** Heap in use and committed, MB, from {@code jstat -gc} (young, survivor and old generations). */
    Map<String, Object> heap() throws IOException, InterruptedException {
        String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        Process p = new ProcessBuilder(jstat, "-gc", Long.toString(pid())).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        String[] lines = output.strip().split("\n");
        Map<String, Object> heap = new LinkedHashMap<>();
        if (lines.length < 2) {
            heap.put("error", output.strip());
            return heap;
        }
        String[] names = lines[0].strip().split("\\s+");
        String[] values = lines[1].strip().split("\\s+");
        double used = 0;
        double committed = 0;
        for (int i = 0; i < names.length && i < values.length; i++) {
            switch (names[i]) {
                case "S0U", "S1U", "EU", "OU" -> used += Double.parseDouble(values[i]);
                case "S0C", "S1C", "EC", "OC" -> committed += Double.parseDouble(values[i]);
                default -> { }
            }
        }
        heap.put("usedMb", Latencies.round(used * 1024 / 1e6));
        heap.put("committedMb", Latencies.round(committed * 1024 / 1e6));
        return heap;
    }

    /** Asks the server's JVM for a full collection (jcmd GC.run), to read its live heap after. */
    void collectGarbage() throws IOException, InterruptedException {
        jcmd("GC.run");
    }

    /** Starts a flight recording in the server (JFR's profile settings), dumped to {@code file} by {@link #dumpFlightRecording}. */
    void startFlightRecording() throws IOException, InterruptedException {
        jcmd("JFR.start", "name=bench", "settings=profile");
    }

    void dumpFlightRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.dump", "name=bench", "filename=" + file.toAbsolutePath());
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid())));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return output;
    }

    /** Stops the server as Ctrl-C would, and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}

package newssearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP load from {@code wrk}, a native client outside the JVM, so that the client costs the server's cores as
 * little as possible: a Lua script cycles every connection through the query mix (and result pages) or another
 * list of paths, and the figures are read from wrk's own output, its latency distribution ({@code --latency})
 * included. {@link WrkStream} walks a long stream instead, never asking a path twice.
 */
final class WrkLoad {

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|75|90|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s|m)\\s*$");
    private static final Pattern PER_SECOND = Pattern.compile("^Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("^\\s*(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final Path script;

    private WrkLoad(Path script) {
        this.script = script;
    }

    /** Writes the Lua script that requests {@code /api/search} with each query of the mix, pages 1 to {@code pages}. */
    static WrkLoad forMix(Path workDir, String name, List<QueryMix.Query> mix, int pages) throws IOException {
        List<String> paths = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            for (QueryMix.Query query : mix) {
                paths.add("/api/search?" + query.httpQuery(page));
            }
        }
        return forPaths(workDir, name, paths);
    }

    /** Writes the Lua script that cycles every connection through {@code paths}. */
    static WrkLoad forPaths(Path workDir, String name, List<String> paths) throws IOException {
        StringBuilder lua = new StringBuilder("-- the benchmark's paths, cycled by every connection\n");
        lua.append("local paths = {\n");
        for (String path : paths) {
            lua.append("  \"").append(path.replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
        }
        lua.append("}\n")
                .append("local n = 0\n")
                .append("request = function()\n")
                .append("  n = n + 1\n")
                .append("  return wrk.format(\"GET\", paths[(n - 1) % #paths + 1])\n")
                .append("end\n");
        Path script = workDir.resolve(name + ".lua");
        Files.writeString(script, lua);
        return new WrkLoad(script);
    }

    /**
     * {@code connections} connections (from up to two wrk threads) for {@code seconds} against {@code baseUrl}:
     * requests/s, p50/p75/p90/p99 ms, requests, errors.
     */
    Map<String, Object> run(String baseUrl, int connections, int seconds) throws IOException, InterruptedException {
        int threads = Math.min(connections, 2);
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), baseUrl);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("wrk failed: " + String.join(" ", command) + "\n" + output);
        }
        return parse(output, connections);
    }

    static Map<String, Object> parse(String output, int connections) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("connections", connections);
        long errors = 0;
        for (String line : output.lines().toList()) {
            Matcher m;
            if ((m = PERCENTILE.matcher(line)).matches()) {
                result.put("p" + m.group(1) + "Ms", Latencies.round(millis(m.group(2), m.group(3))));
            } else if ((m = PER_SECOND.matcher(line)).find()) {
                result.put("perSecond", Latencies.round(Double.parseDouble(m.group(1))));
            } else if ((m = TOTAL.matcher(line)).find()) {
                result.put("requests", Long.parseLong(m.group(1)));
            } else if ((m = NON_2XX.matcher(line)).find()) {
                errors += Long.parseLong(m.group(1));
            } else if ((m = SOCKET_ERRORS.matcher(line)).find()) {
                for (int g = 1; g <= 4; g++) {
                    errors += Long.parseLong(m.group(g));
                }
            }
        }
        result.put("errors", errors);
        return result;
    }

    private static double millis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            default -> v * 60_000;
        };
    }

    /** Whether {@code wrk} is on the PATH ({@code bench/run} installs it or says how). */
    static boolean available() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}

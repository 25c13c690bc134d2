package newssearch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long list of paths walked by {@code wrk} so that no path is asked twice: wrk thread {@code k} of {@code T}
 * asks paths {@code k}, {@code k + T}, {@code k + 2T}... of the list (the connections of a thread share its
 * place), and each run, warm-up included, starts where the previous run over the same stream stopped. Only a run
 * that walks past the end of the list comes round to its start; the figures say so ({@code streamRepeats}).
 */
final class WrkStream {

    private static final Pattern NEXT = Pattern.compile("^stream-next (\\d+)", Pattern.MULTILINE);
    private static final String SCRIPT = """
            -- a stream of paths: wrk thread k of T asks paths offset + k, offset + k + T, ... of the file
            -- (arguments after --: the file, the offset, T); done() prints where the next run should start
            local threads = {}
            local created = 0

            function setup(thread)
              thread:set("id", created)
              created = created + 1
              table.insert(threads, thread)
            end

            function init(args)
              paths = {}
              for line in io.lines(args[1]) do
                paths[#paths + 1] = line
              end
              step = tonumber(args[3])
              position = tonumber(args[2]) + id
            end

            function request()
              local path = paths[position % #paths + 1]
              position = position + step
              return wrk.format("GET", path)
            end

            function done(summary, latency, requests)
              local next = 0
              for _, thread in ipairs(threads) do
                local position = thread:get("position")
                if position > next then
                  next = position
                end
              end
              io.write(string.format("stream-next %d\\n", next))
            end
            """;

    private final Path script;
    private final Path paths;
    private final int size;
    private long next;

    private WrkStream(Path script, Path paths, int size) {
        this.script = script;
        this.paths = paths;
        this.size = size;
    }

    /** Writes {@code paths}, one a line, and the script that walks them, as {@code name.paths} and {@code name.lua}. */
    static WrkStream over(Path workDir, String name, List<String> paths) throws IOException {
        Path list = workDir.resolve(name + ".paths");
        Files.write(list, paths);
        Path script = workDir.resolve("stream.lua");
        Files.writeString(script, SCRIPT);
        return new WrkStream(script, list, paths.size());
    }

    /**
     * {@code connections} connections (from up to two wrk threads) for {@code seconds}, from where the last run
     * stopped: the figures of {@link WrkLoad#parse}, and the part of the stream asked ({@code streamFrom},
     * {@code streamTo}) and whether it came round to paths already asked ({@code streamRepeats}).
     */
    Map<String, Object> run(String baseUrl, int connections, int seconds) throws IOException, InterruptedException {
        int threads = Math.min(connections, 2);
        List<String> command = List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "10s", "--latency", "-s", script.toString(), baseUrl, "--", paths.toString(),
                Long.toString(next), Integer.toString(threads));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("wrk failed: " + String.join(" ", command) + "\n" + output);
        }
        Matcher m = NEXT.matcher(output);
        if (!m.find()) {
            throw new IOException("wrk did not say where the stream stopped: " + String.join(" ", command) + "\n"
                    + output);
        }
        Map<String, Object> result = WrkLoad.parse(output, connections);
        result.put("streamFrom", next);
        next = Long.parseLong(m.group(1));
        result.put("streamTo", next);
        result.put("streamRepeats", next > size);
        return result;
    }
}

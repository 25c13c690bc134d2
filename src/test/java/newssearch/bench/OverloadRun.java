package newssearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The overload phase: {@code wrk} with far more connections than the server has cores, each sending the query
 * mix and the heavy queries of issue 15 (phrases of common words, four-word ORs, a one-letter prefix, deep
 * date-sorted pages, every facet value) one after the other. A Lua script counts the answers by status and
 * times the 200s; wrk's timeout counts a request that hangs. One connection per wrk thread, so that each
 * thread's response follows its own request and can be timed.
 */
final class OverloadRun {

    /** wrk's timeout: an answer later than this counts as a request that hung. */
    static final int TIMEOUT_SECONDS = 10;

    private OverloadRun() {
    }

    static Map<String, Object> run(Path work, int port, List<String> paths, int connections, int seconds)
            throws IOException, InterruptedException {
        Path script = work.resolve("overload.lua");
        Files.writeString(script, script(paths));
        List<String> command = List.of("wrk", "-t" + connections, "-c" + connections, "-d" + seconds + "s",
                "--timeout", TIMEOUT_SECONDS + "s", "-s", script.toString(), "http://127.0.0.1:" + port);
        Process wrk;
        try {
            wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IOException("wrk is needed for the overload phase: install it (apt-get install wrk)", e);
        }
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!wrk.waitFor(seconds + 120L, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        Files.writeString(work.resolve("overload-wrk.txt"), output);
        String json = output.lines().filter(line -> line.startsWith("{\"overload\"")).reduce((a, b) -> b)
                .orElseThrow(() -> new IOException("wrk printed no summary: " + output));
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = new ObjectMapper().readValue(json, LinkedHashMap.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> result = new LinkedHashMap<>((Map<String, Object>) parsed.get("overload"));
        result.put("connections", connections);
        result.put("seconds", seconds);
        long requests = ((Number) result.get("requests")).longValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> statuses = (Map<String, Object>) result.get("statuses");
        Map<String, Object> shares = new LinkedHashMap<>();
        statuses.forEach((status, count) -> shares.put(status, requests == 0 ? 0
                : Latencies.round(100.0 * ((Number) count).longValue() / requests)));
        result.put("statusSharePercent", shares);
        return result;
    }

    /** The heavy queries, over the words of the synthetic corpus. */
    static List<String> heavyPaths(Vocabulary vocabulary) {
        String common1 = QueryMix.wordFrom(vocabulary, 14);
        String common2 = QueryMix.wordFrom(vocabulary, 22);
        String common3 = QueryMix.wordFrom(vocabulary, 30);
        String common4 = QueryMix.wordFrom(vocabulary, 40);
        return List.of(
                "/api/search?q=" + encode("\"" + common1 + " " + common2 + "\""),
                "/api/search?q=" + encode(common1 + " OR " + common2 + " OR " + common3 + " OR " + common4),
                "/api/search?q=s*",
                "/api/search?q=&sort=date&page=100&size=100",
                "/api/search?q=" + encode(common3) + "&sort=date&page=50&size=100",
                "/api/search?q=" + encode(common1) + "&facetLimit=all");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String script(List<String> paths) {
        List<String> quoted = new ArrayList<>();
        for (String path : paths) {
            quoted.add("  \"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\",");
        }
        return """
                -- The overload phase of bench/run: counts answers by status and times the 200s.
                local ffi = require("ffi")
                ffi.cdef[[
                  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
                  int clock_gettime(int clock, bench_timespec *time);
                ]]
                local time = ffi.new("bench_timespec")
                local function now_ms()
                  ffi.C.clock_gettime(1, time)
                  return tonumber(time.tv_sec) * 1000 + tonumber(time.tv_nsec) / 1e6
                end

                local paths = {
                %s
                }
                local threads = {}
                local next_path = 0
                local sent_at = 0
                statuses = {}
                ok_ms = {}
                no_retry_after = 0

                setup = function(thread)
                  table.insert(threads, thread)
                end

                init = function(args)
                  next_path = math.random(#paths)
                end

                request = function()
                  next_path = next_path %% #paths + 1
                  sent_at = now_ms()
                  return wrk.format("GET", paths[next_path])
                end

                response = function(status, headers, body)
                  local key = tostring(status)
                  statuses[key] = (statuses[key] or 0) + 1
                  if status == 200 then
                    ok_ms[#ok_ms + 1] = now_ms() - sent_at
                  elseif status == 503 and headers["Retry-After"] == nil then
                    no_retry_after = no_retry_after + 1
                  end
                end

                local function percentile(sorted, p)
                  if #sorted == 0 then return 0 end
                  local index = math.ceil(p * #sorted)
                  if index < 1 then index = 1 end
                  return sorted[index]
                end

                done = function(summary, latency, requests)
                  local all_statuses = {}
                  local all_ok = {}
                  local missing_retry_after = 0
                  for _, thread in ipairs(threads) do
                    for status, count in pairs(thread:get("statuses")) do
                      all_statuses[status] = (all_statuses[status] or 0) + count
                    end
                    for _, ms in ipairs(thread:get("ok_ms")) do
                      all_ok[#all_ok + 1] = ms
                    end
                    missing_retry_after = missing_retry_after + thread:get("no_retry_after")
                  end
                  table.sort(all_ok)
                  local parts = {}
                  for status, count in pairs(all_statuses) do
                    parts[#parts + 1] = string.format('"%%s":%%d', status, count)
                  end
                  local e = summary.errors
                  io.write(string.format('{"overload":{"requests":%%d,"statuses":{%%s},' ..
                    '"ok":{"count":%%d,"p50Ms":%%.1f,"p99Ms":%%.1f,"maxMs":%%.1f},' ..
                    '"allP99Ms":%%.1f,"allMaxMs":%%.1f,"refusedWithoutRetryAfter":%%d,' ..
                    '"errors":{"connect":%%d,"read":%%d,"write":%%d,"timeout":%%d}}}\\n',
                    summary.requests, table.concat(parts, ","),
                    #all_ok, percentile(all_ok, 0.5), percentile(all_ok, 0.99), percentile(all_ok, 1.0),
                    latency:percentile(99) / 1000, latency.max / 1000, missing_retry_after,
                    e.connect, e.read, e.write, e.timeout))
                end
                """.formatted(String.join("\n", quoted));
    }
}

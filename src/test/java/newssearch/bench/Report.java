package newssearch.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's figures as a Markdown table: one column per corpus size, one row per figure, and the target. */
final class Report {

    /** A row: its label, the dotted path of its value in a run, the unit, and the target (or ""). */
    private record Row(String label, String path, String target) {
    }

    private static final List<Row> ROWS = List.of(
            new Row("Corpus (saved pages), MB", "corpusMb", ""),
            new Row("**Indexing** news-search (parse + extract + index), docs/s", "indexOurs.docsPerSecond", ""),
            new Row("  raw Lucene baseline (split title + article, one writer thread per core), docs/s",
                    "indexBaseline.docsPerSecond", ""),
            new Row("  ratio ours / baseline, docs/s", "indexSpeedRatio", ">= 0.5"),
            new Row("  news-search reading and extracting alone (no index), docs/s", "indexExtractOnly.docsPerSecond",
                    ""),
            new Row("  ratio reachable if our index cost the baseline's: extract / (extract + baseline)",
                    "indexSpeedRatioReachable", ""),
            new Row("  news-search, MB/s of saved pages", "indexOurs.mbPerSecond", ""),
            new Row("  baseline, MB/s of saved pages", "indexBaseline.mbPerSecond", ""),
            new Row("  news-search, seconds", "indexOurs.seconds", ""),
            new Row("  baseline, seconds", "indexBaseline.seconds", ""),
            new Row("  news-search peak heap / peak heap after a GC, MB", "indexOurs.peakHeapMb|indexOurs.peakLiveHeapMb", ""),
            new Row("  baseline peak heap / peak heap after a GC, MB", "indexBaseline.peakHeapMb|indexBaseline.peakLiveHeapMb",
                    ""),
            new Row("**Index size** news-search, MB", "indexOurs.indexMb", ""),
            new Row("  baseline, MB", "indexBaseline.indexMb", ""),
            new Row("  ratio ours / baseline", "indexSizeRatio", "<= 1.3"),
            new Row("**In-process search** news-search, facets + highlighting, c=1, p50 / p95 / p99 ms",
                    "inProcess.oursSerial.p50Ms|inProcess.oursSerial.p95Ms|inProcess.oursSerial.p99Ms", ""),
            new Row("  news-search, 2 threads, searches/s", "inProcess.oursTwoThreads.perSecond", ""),
            new Row("  baseline, no facets or highlighting, c=1, p50 / p95 / p99 ms",
                    "inProcess.baselineSerial.p50Ms|inProcess.baselineSerial.p95Ms|inProcess.baselineSerial.p99Ms", ""),
            new Row("  baseline with facets, c=1, p50 / p95 / p99 ms", "inProcess.baselineFacetsSerial.p50Ms"
                    + "|inProcess.baselineFacetsSerial.p95Ms|inProcess.baselineFacetsSerial.p99Ms", ""),
            new Row("  baseline with facets, 2 threads, searches/s", "inProcess.baselineFacetsTwoThreads.perSecond", ""),
            new Row("  news-search, hardest kind (phrases), c=1, p50 / p99 ms",
                    "inProcess.oursSerial.byKind.phrase.p50Ms|inProcess.oursSerial.byKind.phrase.p99Ms", "p99 <= 20"),
            new Row("**HTTP search, every answer made, over a stream that never repeats** (serve --cached-results 0; "
                    + "wrk; facets + highlighting; see the stream below the table): keyword mode, 1 connection, "
                    + "p50 / p90 / p99 ms",
                    "http.stream.keyword.concurrency1.p50Ms|http.stream.keyword.concurrency1.p90Ms"
                            + "|http.stream.keyword.concurrency1.p99Ms", "p99 <= 20 (1,000,000 pages: <= 50)"),
            new Row("  keyword, 1 connection, requests/s", "http.stream.keyword.concurrency1.perSecond", ""),
            new Row("  keyword, 8 connections, p50 / p90 / p99 ms", "http.stream.keyword.concurrency8.p50Ms"
                    + "|http.stream.keyword.concurrency8.p90Ms|http.stream.keyword.concurrency8.p99Ms", ""),
            new Row("  keyword, 8 connections, requests/s", "http.stream.keyword.concurrency8.perSecond", ">= 400"),
            new Row("  keyword, 1 connection, one kind at a time, p99 ms: common / mid / rare / and / phrase",
                    "http.stream.keywordByKind.common.p99Ms|http.stream.keywordByKind.mid.p99Ms"
                            + "|http.stream.keywordByKind.rare.p99Ms|http.stream.keywordByKind.and.p99Ms"
                            + "|http.stream.keywordByKind.phrase.p99Ms", ""),
            new Row("  default mode (hybrid; the model's state, which decides it)", "http.stream.defaultModeSemantic",
                    ""),
            new Row("  default mode, 1 connection, p50 / p90 / p99 ms", "http.stream.default.concurrency1.p50Ms"
                    + "|http.stream.default.concurrency1.p90Ms|http.stream.default.concurrency1.p99Ms", "p99 <= 30"),
            new Row("  default mode, 1 connection, requests/s", "http.stream.default.concurrency1.perSecond", ""),
            new Row("  default mode, 8 connections, p50 / p90 / p99 ms", "http.stream.default.concurrency8.p50Ms"
                    + "|http.stream.default.concurrency8.p90Ms|http.stream.default.concurrency8.p99Ms", ""),
            new Row("  default mode, 8 connections, requests/s", "http.stream.default.concurrency8.perSecond", ""),
            new Row("  errors, keyword at 1 / 8, default at 1 / 8 connections",
                    "http.stream.keyword.concurrency1.errors|http.stream.keyword.concurrency8.errors|http.stream.default.concurrency1.errors"
                    + "|http.stream.default.concurrency8.errors", "0"),
            new Row("  stream came round to queries already asked (keyword at 8 / default at 8 connections)",
                    "http.stream.keyword.concurrency8.streamRepeats|http.stream.default.concurrency8.streamRepeats",
                    "false"),
            new Row("**Person and office views** (wrk, 1 connection, every answer made): people named / asked",
                    "http.views.peopleNamed|http.views.peopleAsked", ""),
            new Row("  person view (/api/people/{name}), p50 / p99 ms; requests/s",
                    "http.views.person.p50Ms|http.views.person.p99Ms|http.views.person.perSecond", "p99 <= 50"),
            new Row("  offices found (/api/offices?q=), p50 / p99 ms; requests/s",
                    "http.views.officeList.p50Ms|http.views.officeList.p99Ms|http.views.officeList.perSecond",
                    "p99 <= 50"),
            new Row("  office view (/api/offices/{office}), p50 / p99 ms; requests/s",
                    "http.views.office.p50Ms|http.views.office.p99Ms|http.views.office.perSecond", "p99 <= 50"),
            new Row("  errors, person / offices found / office",
                    "http.views.person.errors|http.views.officeList.errors|http.views.office.errors", "0"),
            new Row("**Serve start -> first answer**, median of 5 starts, ms", "http.firstAnswerMs", "<= 1500"),
            new Row("  each start, ms", "http.firstAnswerEachMs", ""),
            new Row("**HTTP search, repeated 30-query stream, answer cache on** (as serve runs by default), "
                    + "1 connection, p50 / p90 / p99 ms",
                    "http.concurrency1.p50Ms|http.concurrency1.p90Ms|http.concurrency1.p99Ms", ""),
            new Row("  1 connection, requests/s", "http.concurrency1.perSecond", ""),
            new Row("  8 connections, p50 / p90 / p99 ms",
                    "http.concurrency8.p50Ms|http.concurrency8.p90Ms|http.concurrency8.p99Ms", ""),
            new Row("  8 connections, requests/s", "http.concurrency8.perSecond", ""),
            new Row("  errors at 1 / 8 connections", "http.concurrency1.errors|http.concurrency8.errors", "0"),
            new Row("  ratio 8 connections / baseline 2-thread in-process with facets", "httpEightVsBaselineTwoThreads",
                    ""),
            new Row("  repeated 30-query stream, every answer made, 1 connection, p50 / p90 / p99 ms",
                    "http.uncached.concurrency1.p50Ms|http.uncached.concurrency1.p90Ms"
                            + "|http.uncached.concurrency1.p99Ms", ""),
            new Row("  repeated 30-query stream, every answer made, 1 connection, requests/s",
                    "http.uncached.concurrency1.perSecond", ""),
            new Row("  repeated 30-query stream, every answer made, 8 connections, p50 / p90 / p99 ms",
                    "http.uncached.concurrency8.p50Ms|http.uncached.concurrency8.p90Ms"
                            + "|http.uncached.concurrency8.p99Ms", ""),
            new Row("  repeated 30-query stream, every answer made, 8 connections, requests/s",
                    "http.uncached.concurrency8.perSecond", ""),
            new Row("**Search modes** (--vectors; every answer made, each mode over its own stream that never "
                    + "repeats): indexing with each item's embedding, docs/s",
                    "modes.indexDocsPerSecond", ""),
            new Row("  index with vectors, MB", "modes.indexMb", ""),
            new Row("  keyword, 1 connection p50 / p99 ms; 8 connections requests/s",
                    "modes.keyword.concurrency1.p50Ms|modes.keyword.concurrency1.p99Ms|modes.keyword.concurrency8.perSecond",
                    ""),
            new Row("  semantic, 1 connection p50 / p99 ms; 8 connections requests/s",
                    "modes.semantic.concurrency1.p50Ms|modes.semantic.concurrency1.p99Ms|modes.semantic.concurrency8.perSecond",
                    ""),
            new Row("  hybrid (default), 1 connection p50 / p99 ms; 8 connections requests/s",
                    "modes.hybrid.concurrency1.p50Ms|modes.hybrid.concurrency1.p99Ms|modes.hybrid.concurrency8.perSecond",
                    "p99 <= 30"),
            new Row("  first answer / model ready after it, ms", "modes.firstAnswerMs|modes.modelReadyAfterFirstAnswerMs",
                    "<= 1500"),
            new Row("  server memory with the model loaded, after the runs, MB (RSS; anon / file)",
                    "modes.residentAfterRuns.VmRSSMb|modes.residentAfterRuns.RssAnonMb|modes.residentAfterRuns.RssFileMb",
                    "anon <= 600"),
            new Row("**Server resident memory** after the 1 and 8 connection runs, MB (RSS; anon / file)",
                    "http.residentAfterRuns.VmRSSMb|http.residentAfterRuns.RssAnonMb|http.residentAfterRuns.RssFileMb",
                    "anon <= 400"),
            new Row("  after the load test, MB (RSS; anon / file)",
                    "http.load.residentAfter.VmRSSMb|http.load.residentAfter.RssAnonMb|http.load.residentAfter.RssFileMb",
                    "anon <= 400"),
            new Row("  peak RSS (VmHWM), MB", "http.load.residentAfter.VmHWMMb", ""),
            new Row("**Load test** (wrk) connections / seconds", "http.load.connections|http.load.seconds", ""),
            new Row("  requests / errors", "http.load.requests|http.load.errors", ""),
            new Row("  p50 / p99 ms", "http.load.p50Ms|http.load.p99Ms", ""),
            new Row("  requests/s", "http.load.perSecond", ""),
            new Row("  server heap used before / after, MB", "http.load.heapBefore.usedMb|http.load.heapAfter.usedMb", ""),
            new Row("  server heap committed before / after, MB",
                    "http.load.heapBefore.committedMb|http.load.heapAfter.committedMb", ""),
            new Row("  server heap live after a full GC, MB", "http.load.heapAfterFullGc.usedMb", ""),
            new Row("**Overload** (wrk) connections / seconds / requests",
                    "http.overload.connections|http.overload.seconds|http.overload.requests", ""),
            new Row("  share of 200 / 503, %", "http.overload.statusSharePercent.200|http.overload.statusSharePercent.503",
                    ""),
            new Row("  200s: p50 / p99 / max ms", "http.overload.ok.p50Ms|http.overload.ok.p99Ms|http.overload.ok.maxMs",
                    ""),
            new Row("  hung (wrk timeout) / socket errors (connect, read, write)",
                    "http.overload.errors.timeout|http.overload.errors.connect|http.overload.errors.read"
                            + "|http.overload.errors.write", "0"),
            new Row("  503s without Retry-After", "http.overload.refusedWithoutRetryAfter", "0"),
            new Row("  a search right after answers", "http.statusAfterOverload", "200"),
            new Row("**SolrCloud** (3 local nodes, 2 shards x 2 replicas) indexing, docs/s", "solr.indexDocsPerSecond",
                    ""),
            new Row("  indexing, seconds", "solr.indexSeconds", ""),
            new Row("  HTTP 1 connection, p50 / p90 / p99 ms",
                    "solr.concurrency1.p50Ms|solr.concurrency1.p90Ms|solr.concurrency1.p99Ms", ""),
            new Row("  HTTP 1 connection, requests/s", "solr.concurrency1.perSecond", ""),
            new Row("  HTTP 8 connections, p50 / p90 / p99 ms",
                    "solr.concurrency8.p50Ms|solr.concurrency8.p90Ms|solr.concurrency8.p99Ms", ""),
            new Row("  HTTP 8 connections, requests/s", "solr.concurrency8.perSecond", ""),
            new Row("  errors at 1 / 8 connections", "solr.concurrency1.errors|solr.concurrency8.errors", ""),
            new Row("  serve start -> first answer, ms", "solr.firstAnswerMs", ""),
            new Row("  serve's resident memory (without the cluster), MB (RSS; anon / file)",
                    "solr.serverResident.VmRSSMb|solr.serverResident.RssAnonMb|solr.serverResident.RssFileMb", ""));

    private Report() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        List<Map<String, Object>> runs = (List<Map<String, Object>>) report.get("runs");
        StringBuilder md = new StringBuilder();
        md.append("| Figure |");
        for (Map<String, Object> run : runs) {
            md.append(String.format(Locale.ROOT, " %,d pages |", ((Number) run.get("documents")).intValue()));
        }
        md.append(" Target (100k) |\n|---|");
        md.append("---:|".repeat(runs.size())).append("---|\n");
        for (Row row : ROWS) {
            md.append("| ").append(row.label()).append(" |");
            for (Map<String, Object> run : runs) {
                List<String> values = new ArrayList<>();
                for (String path : row.path().split("\\|")) {
                    values.add(format(value(run, path)));
                }
                md.append(' ').append(String.join(" / ", values)).append(" |");
            }
            md.append(' ').append(row.target()).append(" |\n");
        }
        Map<String, Object> machine = (Map<String, Object>) report.get("machine");
        md.append("\n").append(String.format(Locale.ROOT,
                "%s cores, %s GB, Java %s, %s; seed %s; run %s; load average at start of each size: %s, at end: %s.%n",
                machine.get("cores"), machine.get("memoryGb"), machine.get("java"), machine.get("os"),
                ((Map<String, Object>) report.get("settings")).get("seed"), report.get("date"),
                runs.stream().map(run -> String.valueOf(run.get("loadAverageAtStart"))).toList(),
                report.get("loadAverageAtEnd")));
        if (report.get("stream") instanceof Map<?, ?> stream) {
            md.append(String.format(Locale.ROOT, "%nThe stream: %s queries drawn like the 30-query mix (%s distinct: "
                    + "only single common words come round), walked from where the last run stopped; every mode and "
                    + "kind draws its own.%n", format(stream.get("queries")), format(stream.get("distinct"))));
        }
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static Object value(Map<String, Object> run, String path) {
        Object current = run;
        for (String key : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return current;
    }

    private static String format(Object value) {
        if (value == null) {
            return "-";
        }
        if (value instanceof List<?> values) {
            return String.join(", ", values.stream().map(Report::format).toList());
        }
        if (value instanceof Integer || value instanceof Long) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (d == Math.rint(d) && Math.abs(d) >= 100) {
                return String.format(Locale.ROOT, "%,d", (long) d);
            }
            return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.2f", d);
        }
        return value.toString();
    }
}

package newssearch.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import newssearch.solr.LocalSolrCloudProcess;

/**
 * {@code bench/run}: for each corpus size, generates the synthetic corpus (once; it is reused), indexes it with
 * news-search and with the raw Lucene baseline (each in its own JVM), measures searches in-process and over HTTP
 * ({@code wrk}) against {@code ./newssearch serve} started as a second process (the headline: every answer made,
 * over a {@link QueryStream} that never repeats; then the person and office views, and the repeated 30-query mix
 * with and without the answer cache), runs the load test, does the same over a local SolrCloud (unless
 * {@code --no-solr}), and writes
 * {@code bench/results/latest.md} and {@code latest.json}.
 *
 * <pre>BenchMain [--docs N]... [--seed S] [--passes P] [--duration S] [--load-seconds S] [--load-concurrency C]
 *     [--overload-connections C] [--overload-seconds S] [--no-solr] [--jfr]</pre>
 * The overload phase (wrk, see {@link OverloadRun}) runs after the load test; {@code --overload-seconds 0} leaves
 * it out.
 */
public final class BenchMain {

    /** The launcher's JVM flags, used for the index and search jobs too, so that both sides run alike. */
    static final List<String> JVM_FLAGS = List.of(
            "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Xms64m", "-Xmx1g");
    private static final double PHASE_MAX_SECONDS = 300;
    /** Queries in each stream: more than the fastest run asks (about 5,000 a second with every answer made). */
    private static final int STREAM_QUERIES = 50_000;
    /** Queries in each one-kind stream, for the per-kind figures. */
    private static final int KIND_STREAM_QUERIES = 10_000;
    private static final int FIRST_ANSWER_STARTS = 5;
    /** People asked in the person view, spread from the most named to the least. */
    private static final int VIEWED_PEOPLE = 100;

    private final Path repo = Path.of("").toAbsolutePath();
    private final Path work = repo.resolve("bench/work");
    private final Path results = repo.resolve("bench/results");
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<Integer> sizes = new ArrayList<>();
    private long seed = 42;
    private int passes = 10;
    private int duration = 20;
    private int loadSeconds = 30;
    private int loadConcurrency = 32;
    private int overloadConnections = 256;
    private int overloadSeconds = 15;
    private boolean jfr;
    private boolean solr = true;
    /** Whether to index a second time with each item's embedding and measure every search mode over it. */
    private boolean vectors;
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final List<QueryMix.Query> mix = QueryMix.standard(vocabulary);
    private WrkLoad firstPages;
    private WrkLoad loadMix;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchMain bench = new BenchMain();
        bench.parse(args);
        bench.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--docs" -> sizes.add(Integer.parseInt(args[++i]));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--passes" -> passes = Integer.parseInt(args[++i]);
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--load-seconds" -> loadSeconds = Integer.parseInt(args[++i]);
                case "--no-solr" -> solr = false;
                case "--load-concurrency" -> loadConcurrency = Integer.parseInt(args[++i]);
                case "--overload-connections" -> overloadConnections = Integer.parseInt(args[++i]);
                case "--overload-seconds" -> overloadSeconds = Integer.parseInt(args[++i]);
                case "--jfr" -> jfr = true;
                case "--vectors" -> vectors = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --docs N (repeatable), --seed S, --passes P, --duration S, --load-seconds S, "
                        + "--load-concurrency C, --overload-connections C, --overload-seconds S, --no-solr, --jfr, "
                        + "--vectors");
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(10_000, 100_000));
        }
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        Files.createDirectories(results);
        if (!WrkLoad.available()) {
            throw new IllegalStateException("wrk is needed for the HTTP figures: apt-get install wrk");
        }
        firstPages = WrkLoad.forMix(work, "mix", mix, 1);
        loadMix = WrkLoad.forMix(work, "mix-pages", mix, 3);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", Instant.now().toString());
        report.put("machine", machine());
        report.put("settings", Map.ofEntries(Map.entry("seed", seed), Map.entry("passes", passes),
                Map.entry("wrkSeconds", duration), Map.entry("loadSeconds", loadSeconds),
                Map.entry("loadConcurrency", loadConcurrency), Map.entry("overloadConnections", overloadConnections),
                Map.entry("overloadSeconds", overloadSeconds), Map.entry("jvmFlags", String.join(" ", JVM_FLAGS)),
                Map.entry("solr", solr)));
        report.put("queries", mix.stream().map(QueryMix.Query::label).toList());
        List<QueryMix.Query> stream = QueryStream.draw(vocabulary, seed, STREAM_QUERIES);
        report.put("stream", Map.of("queries", stream.size(),
                "distinct", stream.stream().map(QueryMix.Query::label).distinct().count(),
                "first", stream.subList(0, 20).stream().map(QueryMix.Query::label).toList()));
        List<Map<String, Object>> runs = new ArrayList<>();
        report.put("runs", runs);
        for (int size : sizes) {
            Map<String, Object> run = new LinkedHashMap<>();
            runs.add(run);
            runSize(size, run, () -> {
                report.put("loadAverageAtEnd", loadAverage());
                write(report);
            });
        }
        String table = Report.markdown(report);
        System.out.println(table);
    }

    /** Writes the figures so far, so that a long run that is stopped keeps what it measured. */
    @FunctionalInterface
    private interface Save {
        void save() throws IOException;
    }

    private void runSize(int size, Map<String, Object> run, Save save) throws Exception {
        run.put("documents", size);
        run.put("loadAverageAtStart", loadAverage());
        log("%d pages: preparing the corpus", size);
        SyntheticCorpus corpus = SyntheticCorpus.prepare(work, size, seed);
        long bytes = corpus.pageBytes();
        run.put("corpusMb", Latencies.round(bytes / 1e6));

        Path ourIndex = work.resolve("index-ours-" + size);
        Path baselineIndex = work.resolve("index-baseline-" + size);
        log("%d pages: indexing with news-search", size);
        Map<String, Object> ours = indexJob("ours", corpus, ourIndex, size);
        log("%d pages: indexing with the raw Lucene baseline", size);
        Map<String, Object> baseline = indexJob("baseline", corpus, baselineIndex, size);
        log("%d pages: reading and extracting with news-search, without an index", size);
        Map<String, Object> extractOnly = indexJob("extract", corpus, work.resolve("index-none-" + size), size);
        for (Map<String, Object> indexing : List.of(ours, baseline, extractOnly)) {
            double seconds = ((Number) indexing.get("seconds")).doubleValue();
            indexing.put("docsPerSecond", Latencies.round(size / seconds));
            indexing.put("mbPerSecond", Latencies.round(bytes / 1e6 / seconds));
        }
        ours.put("indexMb", Latencies.round(directorySize(ourIndex) / 1e6));
        baseline.put("indexMb", Latencies.round(directorySize(baselineIndex) / 1e6));
        run.put("indexOurs", ours);
        run.put("indexBaseline", baseline);
        run.put("indexSpeedRatio", ratio(ours.get("docsPerSecond"), baseline.get("docsPerSecond")));
        run.put("indexExtractOnly", extractOnly);
        run.put("indexSpeedRatioReachable", reachableRatio(extractOnly.get("docsPerSecond"),
                baseline.get("docsPerSecond")));
        run.put("indexSizeRatio", ratio(ours.get("indexMb"), baseline.get("indexMb")));

        log("%d pages: searching in-process", size);
        run.put("inProcess", searchJob(ourIndex, baselineIndex, size));
        save.save();
        run.put("http", http(size, ourIndex));
        @SuppressWarnings("unchecked")
        Map<String, Object> inProcess = (Map<String, Object>) run.get("inProcess");
        @SuppressWarnings("unchecked")
        Map<String, Object> http = (Map<String, Object>) run.get("http");
        run.put("httpEightVsBaselineTwoThreads", ratio(perSecond(http.get("concurrency8")),
                perSecond(inProcess.get("baselineFacetsTwoThreads"))));
        save.save();
        if (vectors) {
            run.put("modes", modes(size, corpus));
            save.save();
        }
        if (solr) {
            try {
                run.put("solr", solr(size, corpus));
            } catch (IOException e) {
                // The embedded figures stand on their own; a cluster that fails costs only its column.
                log("%d pages: SolrCloud failed: %s", size, e.getMessage());
                run.put("solr", Map.of("error", String.valueOf(e.getMessage())));
            }
            save.save();
        }
    }

    private Map<String, Object> http(int size, Path index) throws Exception {
        Map<String, Object> http = new LinkedHashMap<>();
        log("%d pages: %d starts of ./newssearch serve, each to its first answer", size, FIRST_ANSWER_STARTS);
        List<Double> starts = new ArrayList<>();
        for (int i = 0; i < FIRST_ANSWER_STARTS; i++) {
            Path startLog = work.resolve("server-start-" + size + ".log");
            try (ServerProcess server = ServerProcess.start(repo, index, startLog)) {
                starts.add(Latencies.round(server.awaitFirstAnswer(mix.get(0).httpQuery(1), 120)));
            }
        }
        // One start scatters by seconds on a busy machine (the first after a build most): the median of five.
        http.put("firstAnswerMs", starts.stream().sorted().toList().get(starts.size() / 2));
        http.put("firstAnswerEachMs", starts);

        log("%d pages: starting ./newssearch serve --cached-results 0 (every answer made)", size);
        try (ServerProcess server = ServerProcess.start(repo, List.of("--index", index.toString(),
                "--cached-results", "0"), work.resolve("server-uncached-" + size + ".log"))) {
            server.awaitFirstAnswer(mix.get(0).httpQuery(1), 120);
            Map<String, Object> stream = new LinkedHashMap<>();
            stream.put("keyword", measureStream(size, "keyword", server, "&mode=keyword", seed));
            stream.put("defaultModeSemantic", semanticStatus(server));
            stream.put("default", measureStream(size, "default", server, "", seed + 1));
            stream.put("keywordByKind", byKind(size, server));
            http.put("stream", stream);
            Map<String, Object> uncached = new LinkedHashMap<>();
            measure(size, "news-search, every answer made, repeated 30-query stream", server, uncached);
            http.put("uncached", uncached);
            http.put("views", views(size, server));
        }
        Path log = work.resolve("server-" + size + ".log");
        log("%d pages: starting ./newssearch serve", size);
        try (ServerProcess server = ServerProcess.start(repo, index, log)) {
            server.awaitFirstAnswer(mix.get(0).httpQuery(1), 120);
            if (jfr) {
                server.startFlightRecording();
            }
            measure(size, "news-search", server, http);
            http.put("residentAfterRuns", server.residentMemory());

            log("%d pages: load test, wrk with %d connections for %d s", size, loadConcurrency, loadSeconds);
            Map<String, Object> load = new LinkedHashMap<>();
            load.put("heapBefore", server.heap());
            load.put("residentBefore", server.residentMemory());
            load.putAll(loadMix.run(server.baseUrl(), loadConcurrency, loadSeconds));
            load.put("seconds", loadSeconds);
            load.put("heapAfter", server.heap());
            load.put("residentAfter", server.residentMemory());
            if (jfr) {
                server.dumpFlightRecording(work.resolve("server-" + size + ".jfr"));
            }
            server.collectGarbage();
            load.put("heapAfterFullGc", server.heap());
            load.put("residentAfterFullGc", server.residentMemory());
            http.put("load", load);
            if (overloadSeconds > 0) {
                log("%d pages: overload, wrk with %d connections for %d s", size, overloadConnections, overloadSeconds);
                List<String> paths = new ArrayList<>();
                mix.forEach(query -> paths.add("/api/search?" + query.httpQuery(1)));
                paths.addAll(OverloadRun.heavyPaths(Vocabulary.standard()));
                http.put("overload", OverloadRun.run(work, server.port(), paths, overloadConnections,
                        overloadSeconds));
                http.put("statusAfterOverload", server.get("/api/search?" + mix.get(0).httpQuery(1)).statusCode());
            }
        }
        return http;
    }

    /**
     * The search modes over an index with each item's embedding, built by {@code ./newssearch index} (the real
     * command, every page embedded once): indexing docs/s with vectors, then, with every answer made, each mode at
     * 1 and 8 connections once the server says the model is ready, and the server's memory with the model loaded.
     */
    private Map<String, Object> modes(int size, SyntheticCorpus corpus) throws Exception {
        Map<String, Object> modes = new LinkedHashMap<>();
        Path index = work.resolve("index-vectors-" + size);
        log("%d pages: indexing with news-search and each item's embedding", size);
        Path indexLog = work.resolve("index-vectors-" + size + ".log");
        ProcessBuilder builder = new ProcessBuilder(repo.resolve("newssearch").toString(), "index", "--seeds",
                corpus.pagesDir().toString(), "--index", index.toString(), "--full").directory(repo.toFile())
                .redirectErrorStream(true).redirectOutput(indexLog.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        long start = System.nanoTime();
        Process indexing = builder.start();
        if (!indexing.waitFor(6, TimeUnit.HOURS) || indexing.exitValue() != 0) {
            indexing.destroyForcibly();
            throw new IOException("index with vectors failed; see " + indexLog);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        modes.put("indexSeconds", Latencies.round(seconds));
        modes.put("indexDocsPerSecond", Latencies.round(size / seconds));
        modes.put("indexMb", Latencies.round(directorySize(index) / 1e6));
        log("%d pages: starting ./newssearch serve --cached-results 0 over the index with vectors", size);
        try (ServerProcess server = ServerProcess.start(repo, List.of("--index", index.toString(),
                "--cached-results", "0"), work.resolve("server-modes-" + size + ".log"))) {
            modes.put("firstAnswerMs", Latencies.round(server.awaitFirstAnswer(mix.get(0).httpQuery(1), 120)));
            long waited = System.nanoTime();
            while (!new String(server.get("/health").body()).contains("\"semantic\":\"ready\"")) {
                if (System.nanoTime() - waited > TimeUnit.SECONDS.toNanos(120)) {
                    throw new IOException("the embedding model was not ready 120 s after the first answer");
                }
                Thread.sleep(100);
            }
            modes.put("modelReadyAfterFirstAnswerMs", Latencies.round((System.nanoTime() - waited) / 1e6));
            List<String> names = List.of("keyword", "semantic", "hybrid");
            for (int i = 0; i < names.size(); i++) {
                String mode = names.get(i);
                modes.put(mode, measureStream(size, "mode " + mode, server, "&mode=" + mode, seed + 2 + i));
            }
            modes.put("residentAfterRuns", server.residentMemory());
        }
        return modes;
    }

    /**
     * The headline: wrk over a stream of {@value #STREAM_QUERIES} queries drawn like the mix (from {@code
     * streamSeed}), each request with {@code extra}, a short warm-up, then 1 and 8 connections for {@code
     * duration} seconds each; no run asks a query an earlier run asked.
     */
    private Map<String, Object> measureStream(int size, String name, ServerProcess server, String extra,
            long streamSeed) throws Exception {
        List<String> paths = QueryStream.paths(QueryStream.draw(vocabulary, streamSeed, STREAM_QUERIES), extra);
        WrkStream stream = WrkStream.over(work, "stream-" + name.replace(' ', '-'), paths);
        stream.run(server.baseUrl(), 1, Math.max(2, duration / 4));
        Map<String, Object> figures = new LinkedHashMap<>();
        log("%d pages: stream, %s, HTTP (wrk) at 1 connection", size, name);
        figures.put("concurrency1", stream.run(server.baseUrl(), 1, duration));
        log("%d pages: stream, %s, HTTP (wrk) at 8 connections", size, name);
        figures.put("concurrency8", stream.run(server.baseUrl(), 8, duration));
        return figures;
    }

    /** Keyword mode at 1 connection over a stream of one kind at a time, a quarter of {@code duration} each. */
    private Map<String, Object> byKind(int size, ServerProcess server) throws Exception {
        Map<String, Object> kinds = new LinkedHashMap<>();
        for (QueryMix.Kind kind : QueryMix.Kind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            log("%d pages: stream of %s queries only, keyword mode, HTTP (wrk) at 1 connection", size, name);
            List<QueryMix.Query> queries = QueryStream.draw(vocabulary, seed + 10 + kind.ordinal(),
                    KIND_STREAM_QUERIES, List.of(kind));
            WrkStream stream = WrkStream.over(work, "stream-keyword-" + name,
                    QueryStream.paths(queries, "&mode=keyword"));
            kinds.put(name, stream.run(server.baseUrl(), 1, Math.max(2, duration / 4)));
        }
        return kinds;
    }

    /** What {@code /health} says of the embedding model, which decides what the default mode does. */
    private String semanticStatus(ServerProcess server) throws IOException, InterruptedException {
        return json.readTree(server.get("/health").body()).path("semantic").asText("?");
    }

    /**
     * The person and office views with every answer made, wrk at 1 connection for half of {@code duration} each:
     * {@value #VIEWED_PEOPLE} people from the most named to the least (the person facet of a blank query), the
     * office list searched for each of the generator's offices, and each office's view.
     */
    private Map<String, Object> views(int size, ServerProcess server) throws Exception {
        JsonNode people = json.readTree(server.get("/api/search?q=&size=1&facetLimit.person=all").body())
                .path("facets").path("person");
        List<String> personPaths = new ArrayList<>();
        int step = Math.max(1, people.size() / VIEWED_PEOPLE);
        for (int i = 0; i < people.size(); i += step) {
            personPaths.add("/api/people/" + pathSegment(people.get(i).path("value").asText()));
        }
        List<String> officeLists = PeopleProfile.OFFICES.stream()
                .map(office -> "/api/offices?q=" + URLEncoder.encode(office, StandardCharsets.UTF_8)).toList();
        List<String> officeViews = PeopleProfile.OFFICES.stream().map(office -> "/api/offices/" + pathSegment(office))
                .toList();
        Map<String, Object> views = new LinkedHashMap<>();
        views.put("peopleNamed", people.size());
        views.put("peopleAsked", personPaths.size());
        Map<String, List<String>> asked = new LinkedHashMap<>();
        asked.put("person", personPaths);
        asked.put("officeList", officeLists);
        asked.put("office", officeViews);
        for (Map.Entry<String, List<String>> view : asked.entrySet()) {
            if (!view.getValue().isEmpty()) {
                log("%d pages: %s view, HTTP (wrk) at 1 connection", size, view.getKey());
                WrkLoad load = WrkLoad.forPaths(work, "view-" + view.getKey(), view.getValue());
                views.put(view.getKey(), load.run(server.baseUrl(), 1, Math.max(2, duration / 2)));
            }
        }
        return views;
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A short warm-up, then wrk at 1 and at 8 connections, {@code duration} seconds each. */
    private void measure(int size, String name, ServerProcess server, Map<String, Object> into) throws Exception {
        firstPages.run(server.baseUrl(), 1, Math.max(2, duration / 4));
        log("%d pages: %s, HTTP (wrk) at 1 connection", size, name);
        into.put("concurrency1", firstPages.run(server.baseUrl(), 1, duration));
        log("%d pages: %s, HTTP (wrk) at 8 connections", size, name);
        into.put("concurrency8", firstPages.run(server.baseUrl(), 8, duration));
    }

    /**
     * The same corpus and queries through the same API served from a local SolrCloud (three nodes, a collection
     * of 2 shards x 2 replicas): {@code ./newssearch index --solr} and {@code ./newssearch serve --solr}.
     */
    private Map<String, Object> solr(int size, SyntheticCorpus corpus) throws Exception {
        Map<String, Object> solr = new LinkedHashMap<>();
        log("%d pages: starting a local SolrCloud (tools/solr-cluster --nodes 3)", size);
        try (LocalSolrCloudProcess cluster = LocalSolrCloudProcess.start(3)) {
            String urls = String.join(",", cluster.nodeUrls());
            log("%d pages: indexing into SolrCloud", size);
            List<String> command = List.of(repo.resolve("newssearch").toString(), "index", "--solr", urls,
                    "--collection", "bench", "--seeds", corpus.pagesDir().toString(), "--full");
            Path indexLog = work.resolve("index-solr-" + size + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile())
                    .redirectErrorStream(true).redirectOutput(indexLog.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            long start = System.nanoTime();
            Process index = builder.start();
            if (!index.waitFor(60, TimeUnit.MINUTES) || index.exitValue() != 0) {
                index.destroyForcibly();
                throw new IOException("index --solr failed; see " + indexLog);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            solr.put("indexSeconds", Latencies.round(seconds));
            solr.put("indexDocsPerSecond", Latencies.round(size / seconds));
            log("%d pages: starting ./newssearch serve --solr", size);
            try (ServerProcess server = ServerProcess.start(repo, List.of("--solr", urls, "--collection", "bench"),
                    work.resolve("server-solr-" + size + ".log"))) {
                solr.put("firstAnswerMs", Latencies.round(server.awaitFirstAnswer(mix.get(0).httpQuery(1), 120)));
                measure(size, "SolrCloud", server, solr);
                solr.put("serverResident", server.residentMemory());
            }
        }
        return solr;
    }

    private Map<String, Object> indexJob(String kind, SyntheticCorpus corpus, Path index, int size)
            throws IOException, InterruptedException {
        return job("index-" + kind + "-" + size, IndexJob.class, kind, corpus.root().toString(),
                Integer.toString(corpus.pages()), Long.toString(corpus.seed()), index.toString());
    }

    private Map<String, Object> searchJob(Path ours, Path baseline, int size) throws IOException, InterruptedException {
        return job("search-" + size, SearchJob.class, ours.toString(), baseline.toString(), Integer.toString(passes),
                Double.toString(PHASE_MAX_SECONDS));
    }

    /** Runs {@code main} in a child JVM with the launcher's flags and returns the JSON line it prints. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> job(String name, Class<?> main, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        if (jfr) {
            command.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + work.resolve(name + ".jfr"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Path log = work.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(name + " failed (exit " + process.exitValue() + "); see " + log);
        }
        String last = output.strip().lines().reduce((a, b) -> b).orElse("{}");
        return new ObjectMapper().readValue(last, LinkedHashMap.class);
    }

    private void write(Map<String, Object> report) throws IOException {
        Files.writeString(results.resolve("latest.json"), json.writeValueAsString(report) + "\n");
        Files.writeString(results.resolve("latest.md"), Report.markdown(report));
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                machine.put("memoryGb", Latencies.round(Long.parseLong(line.replaceAll("[^0-9]", "")) / 1e6 * 1.024));
            }
        }
        return machine;
    }

    private static String loadAverage() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).strip();
    }

    private static long directorySize(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    @SuppressWarnings("unchecked")
    private static Object perSecond(Object phase) {
        return ((Map<String, Object>) phase).get("perSecond");
    }

    /**
     * The ratio to the baseline that news-search would reach if its index cost no more than the baseline's: a page
     * takes the time of reading and extracting it plus the baseline's time to index it, on the same cores.
     */
    private static double reachableRatio(Object extractDocsPerSecond, Object baselineDocsPerSecond) {
        double extract = ((Number) extractDocsPerSecond).doubleValue();
        double baseline = ((Number) baselineDocsPerSecond).doubleValue();
        return Latencies.round(extract / (extract + baseline));
    }

    private static double ratio(Object a, Object b) {
        return Latencies.round(((Number) a).doubleValue() / ((Number) b).doubleValue());
    }

    private static void log(String format, Object... args) {
        System.err.printf("bench: " + format + "%n", args);
    }
}

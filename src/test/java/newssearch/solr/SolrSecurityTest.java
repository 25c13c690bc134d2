package newssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import newssearch.cli.CommandRun;
import newssearch.search.BackendUnavailableException;
import newssearch.web.TestServer;

/**
 * A SolrCloud that requires users and HTTPS ({@code tools/solr-cluster --auth --tls}), as a newsroom's runs: what
 * people read when the user, its password, its permissions or the certificate are wrong, and that the password
 * shows in no output.
 */
class SolrSecurityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLLECTION = "security";

    @TempDir
    static Path work;

    private static LocalSolrCloudProcess cluster;
    private static String firstNode;

    @BeforeAll
    static void index() throws IOException {
        cluster = SharedSolrCloud.secured();
        firstNode = cluster.nodeUrls().get(0);
        SolrBackend.index(Path.of("seeds"), SolrTestBackend.settings(cluster, COLLECTION, SolrTestBackend.ADMIN),
                false);
    }

    @Test
    void theLocalClusterKeepsThePasswordsToItsOwner() throws IOException {
        Path file = cluster.credentialsFile().orElseThrow();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        List<String> users = Files.readAllLines(file).stream().map(line -> line.substring(0, line.indexOf('=')))
                .toList();
        assertEquals(List.of("admin", "reader"), users);
        assertTrue(cluster.nodeUrls().stream().allMatch(url -> url.startsWith("https://127.0.0.1:")),
                cluster.nodeUrls().toString());
    }

    @Test
    void withoutAUserTheClusterSaysHowToGiveOne() {
        SolrSettings anonymous = new SolrSettings(cluster.nodeUrls(), COLLECTION, 2, 2, Optional.empty(),
                SolrTestBackend.trustStore(cluster));
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> SolrBackend.open(anonymous));
        assertEquals("SolrCloud at " + firstNode + " requires a user (401): give --solr-user NAME, with its password"
                + " in NEWSSEARCH_SOLR_PASSWORD or --solr-password-file FILE", e.getMessage());
    }

    @Test
    void aWrongPasswordNamesTheUser() {
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> SolrBackend.open(as("reader", "not-the-password")));
        assertEquals("SolrCloud refused user reader at " + firstNode + " (401): check the user and its password",
                e.getMessage());
    }

    @Test
    void anUntrustedCertificateNamesTheHostAndTheOption() throws IOException {
        SolrSettings jvmTrustOnly = new SolrSettings(cluster.nodeUrls(), COLLECTION, 2, 2,
                Optional.of(new SolrCredentials("reader", cluster.password("reader"))), Optional.empty());
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class,
                () -> SolrBackend.open(jvmTrustOnly));
        assertEquals("the certificate of 127.0.0.1 at " + firstNode + " does not verify (unable to find valid "
                + "certification path to requested target): give the trust store that holds it with "
                + "--solr-truststore FILE", e.getMessage());
    }

    @Test
    void theReadOnlyUserIsRefusedIndexingInOneLine() throws Exception {
        Run run = command(Map.of("NEWSSEARCH_SOLR_PASSWORD", cluster.password("reader")), "index", "--seeds",
                "seeds", "--no-vectors", "--solr", String.join(",", cluster.nodeUrls()), "--collection", "readonly",
                "--solr-user", "reader", "--solr-truststore", cluster.trustStore().orElseThrow().toString());
        assertEquals(1, run.code(), run.err());
        // The JVM's own warnings (native access, without the launcher's flags) are not the command's output.
        List<String> lines = run.err().lines().filter(line -> !line.startsWith("WARNING: ") && !line.isBlank())
                .toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).matches("newssearch: SolrCloud refused user reader the permission config-read at "
                + "https://127\\.0\\.0\\.1:\\d+/solr \\(403, Configsets API LIST\\): use a user whose role has "
                + "config-read \\(see docs/solrcloud-security.md\\)"), lines.get(0));
    }

    @Test
    void aServerWhoseUserIsRemovedAnswers503WithTheReason() throws Exception {
        SolrNodes admin = SolrNodes.connect(SolrTestBackend.settings(cluster, COLLECTION, SolrTestBackend.ADMIN));
        String password = "expiring-" + System.nanoTime();
        admin.postJson("/admin/authentication", Map.of(), Map.of("set-user", Map.of("expiring", password)),
                SolrNodes.QUERY_TIMEOUT);
        admin.postJson("/admin/authorization", Map.of(), Map.of("set-user-role", Map.of("expiring",
                List.of("reader"))), SolrNodes.QUERY_TIMEOUT);
        SolrSettings expiring = as("expiring", password);
        try (TestServer server = TestServer.start(awaitAccepted(expiring))) {
            assertEquals(200, server.get("/api/search?q=terrorism").statusCode());
            admin.postJson("/admin/authentication", Map.of(), Map.of("delete-user", List.of("expiring")),
                    SolrNodes.QUERY_TIMEOUT);
            awaitRefused(expiring);

            HttpResponse<String> search = server.get("/api/search?q=terrorism");
            assertEquals(503, search.statusCode(), search.body());
            JsonNode body = JSON.readTree(search.body());
            assertEquals("backend_unavailable", body.get("error").asText());
            assertTrue(body.get("message").asText().matches("SolrCloud refused user expiring at https://\\S+ "
                    + "\\(401\\): check the user and its password"), body.toString());
            JsonNode health = JSON.readTree(server.get("/health").body());
            assertEquals("down", health.get("status").asText(), health.toString());
            assertTrue(health.get("message").asText().contains("refused user expiring"), health.toString());
        }
    }

    @Test
    void thePasswordsShowInNoOutput() throws Exception {
        String admin = cluster.password("admin");
        String reader = cluster.password("reader");
        String wrong = "wrong-" + System.nanoTime();
        List<String> outputs = new ArrayList<>();
        String nodes = String.join(",", cluster.nodeUrls());
        String trustStore = cluster.trustStore().orElseThrow().toString();
        Path credentials = cluster.credentialsFile().orElseThrow();

        try (Served served = Served.start(nodes, trustStore, Map.of("NEWSSEARCH_SOLR_PASSWORD", reader))) {
            // The read-only user answers every page and endpoint, as the embedded index does.
            Map<String, Integer> statuses = new LinkedHashMap<>();
            for (String path : List.of("/", "/app.js", "/health", "/api/stats", "/api/search?q=terrorism",
                    "/api/search?q=&country=Turkmenistan&sort=date", "/api/quotes?q=terrorism", "/api/suggest?q=ter",
                    "/api/items/000_a91628f60ba626d3", "/api/items/missing", "/api/search.atom?q=terrorism",
                    "/api/export?format=csv&q=terrorism", "/api/openapi.json")) {
                HttpResponse<String> response = served.get(path);
                statuses.put(path, response.statusCode());
                outputs.add(response.headers().map() + " " + response.body());
            }
            Map<String, Integer> expected = new LinkedHashMap<>();
            statuses.keySet().forEach(path -> expected.put(path, path.endsWith("/missing") ? 404 : 200));
            assertEquals(expected, statuses);
            outputs.add(served.stop());
        }
        Path wrongFile = work.resolve("wrong-password");
        Files.writeString(wrongFile, wrong + "\n");
        outputs.add(command(Map.of(), "--verbose", "search", "--solr", nodes, "--collection", COLLECTION,
                "--solr-truststore", trustStore, "--solr-user", "reader", "--solr-password-file", wrongFile.toString(),
                "terrorism").all());
        outputs.add(command(Map.of(), "--verbose", "index", "--no-vectors", "--solr", nodes, "--collection",
                COLLECTION, "--solr-truststore", trustStore, "--solr-user", "reader", "--solr-password-file",
                credentials.toString()).all());
        outputs.add(command(Map.of("NEWSSEARCH_SOLR_PASSWORD", admin), "--verbose", "index", "--solr", nodes,
                "--collection", COLLECTION, "--solr-user", "admin").all());
        outputs.add(command(Map.of("NEWSSEARCH_SOLR_PASSWORD", reader), "search", "--solr", nodes, "--collection",
                COLLECTION, "--solr-truststore", trustStore, "--solr-user", "reader", "terrorism").all());

        String all = String.join("\n", outputs);
        assertTrue(all.contains("terrorism") && all.contains("refused user reader")
                && all.contains("refused user reader the permission") && all.contains("does not verify")
                && all.contains("\tat "), "the runs did what they should: " + all);
        for (String secret : List.of(admin, reader, wrong)) {
            for (String user : List.of("admin", "reader")) {
                String header = Base64.getEncoder().encodeToString((user + ":" + secret)
                        .getBytes(StandardCharsets.UTF_8));
                assertFalse(all.contains(header), "a Basic authentication header shows in the output");
            }
            assertFalse(all.contains(secret), "a password shows in the output");
        }
    }

    private static SolrSettings as(String user, String password) {
        return new SolrSettings(cluster.nodeUrls(), COLLECTION, 2, 2,
                Optional.of(new SolrCredentials(user, password)), SolrTestBackend.trustStore(cluster));
    }

    /** A change to the users reaches every node through ZooKeeper within moments; this waits for it. */
    private static newssearch.search.NewsSearch awaitAccepted(SolrSettings settings) throws Exception {
        for (int tries = 0; ; tries++) {
            try {
                return SolrBackend.open(settings);
            } catch (BackendUnavailableException refused) {
                if (tries == 100) {
                    throw refused;
                }
                Thread.sleep(100);
            }
        }
    }

    private static void awaitRefused(SolrSettings settings) throws Exception {
        for (int tries = 0; tries < 100; tries++) {
            try {
                SolrBackend.exists(settings);
            } catch (BackendUnavailableException refused) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    /** The command in a JVM of its own, with these environment variables and the trust store's password. */
    private static Run command(Map<String, String> environment, String... args) throws Exception {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder builder = CommandRun.inChildProcess(args).redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("NEWSSEARCH_SOLR_PASSWORD");
        builder.environment().put("NEWSSEARCH_SOLR_TRUSTSTORE_PASSWORD", SolrTestBackend.TRUST_STORE_PASSWORD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("newssearch " + String.join(" ", args) + " did not end in 120 s");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** {@code serve --solr} as {@code reader} in a JVM of its own, its log and answers kept. */
    private record Served(Process process, Path log, int port, HttpClient http) implements AutoCloseable {

        static Served start(String nodes, String trustStore, Map<String, String> environment) throws Exception {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Path log = Files.createTempFile(work, "serve", ".log");
            ProcessBuilder builder = CommandRun.inChildProcess("serve", "--port", Integer.toString(port), "--solr",
                    nodes, "--collection", COLLECTION, "--solr-truststore", trustStore, "--solr-user", "reader")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("NEWSSEARCH_SOLR_TRUSTSTORE_PASSWORD", SolrTestBackend.TRUST_STORE_PASSWORD);
            builder.environment().putAll(environment);
            Served served = new Served(builder.start(), log, port, HttpClient.newHttpClient());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(log).contains("listening on")) {
                if (System.nanoTime() > deadline || !served.process.isAlive()) {
                    served.close();
                    throw new IOException("serve did not start: " + Files.readString(log));
                }
                Thread.sleep(100);
            }
            return served;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Stops the server; gives everything it logged. */
        String stop() throws Exception {
            process.destroy();
            process.waitFor(30, TimeUnit.SECONDS);
            return Files.readString(log);
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}

package newssearch.solr;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.search.BackendUnavailableException;

/**
 * The cluster's nodes as one client of Solr's JSON API over {@code java.net.http}: each request goes to the next
 * node in turn, and a node that refuses the connection, does not answer in time or answers that it cannot serve
 * (503) is skipped for the next one. When no node answers, the request fails with a
 * {@link BackendUnavailableException} that names the nodes and what to do. With credentials every request carries
 * them as Basic authentication; {@code https} nodes are verified against the settings' trust store, or the JVM's,
 * host names included. A refused user (401, 403) or a certificate that does not verify fails the request at once
 * with a {@link SolrAccessException} that says what to change: every node shares the cluster's
 * {@code security.json} and, as a rule, its certificate authority, so another node would answer the same.
 */
final class SolrNodes {

    private static final Logger log = LoggerFactory.getLogger(SolrNodes.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    /** How long a search may take before the node is taken for gone. */
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);
    /** Creating a collection or moving an alias waits for the cluster to settle. */
    static final Duration ADMIN_TIMEOUT = Duration.ofMinutes(3);

    private final List<String> urls;
    private final Optional<SolrCredentials> credentials;
    private final boolean ownTrustStore;
    private final HttpClient http;
    private final AtomicInteger next = new AtomicInteger();

    /** Nodes that need no user, over HTTP or with certificates the JVM trusts. */
    SolrNodes(List<String> urls) {
        this(urls, Optional.empty(), false, HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build());
    }

    private SolrNodes(List<String> urls, Optional<SolrCredentials> credentials, boolean ownTrustStore,
                      HttpClient http) {
        this.urls = List.copyOf(urls);
        this.credentials = credentials;
        this.ownTrustStore = ownTrustStore;
        this.http = http;
    }

    /** The nodes of {@code settings}, asked as its user and verified against its trust store. */
    static SolrNodes connect(SolrSettings settings) throws IOException {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT);
        if (settings.trustStore().isPresent()) {
            http.sslContext(settings.trustStore().get().sslContext());
        }
        return new SolrNodes(settings.nodes(), settings.credentials(), settings.trustStore().isPresent(),
                http.build());
    }

    List<String> urls() {
        return urls;
    }

    /** GET {@code path} (below a node's base URL, e.g. {@code /news/select}) with these parameters. */
    JsonNode get(String path, Map<String, String> params, Duration timeout) throws IOException {
        String query = "?" + form(params);
        return send(base -> request(base + path + query, timeout).GET().build(), path, params);
    }

    /** POST a JSON body to {@code path}. */
    JsonNode postJson(String path, Map<String, String> params, Object body, Duration timeout) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        String query = params.isEmpty() ? "" : "?" + form(params);
        return send(base -> request(base + path + query, timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), path, params);
    }

    /** POST bytes of another type (a zipped configset) to {@code path}. */
    JsonNode postBytes(String path, Map<String, String> params, String contentType, byte[] body, Duration timeout)
            throws IOException {
        String query = "?" + form(params);
        return send(base -> request(base + path + query, timeout)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), path, params);
    }

    /** GET from one node only, for what each node reports of itself (its cores' sizes). */
    JsonNode getFrom(String base, String path, Map<String, String> params, Duration timeout) throws IOException {
        HttpResponse<String> response = exchange(base, request(base + path + "?" + form(params), timeout)
                .GET().build());
        return answer(base, path, params, response);
    }

    private HttpRequest.Builder request(String url, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
        credentials.ifPresent(user -> request.header("Authorization", user.authorization()));
        return request;
    }

    private interface RequestFor {
        HttpRequest to(String base);
    }

    private JsonNode send(RequestFor request, String path, Map<String, String> params) throws IOException {
        int first = Math.floorMod(next.getAndIncrement(), urls.size());
        Exception last = null;
        for (int i = 0; i < urls.size(); i++) {
            String base = urls.get((first + i) % urls.size());
            try {
                HttpResponse<String> response = exchange(base, request.to(base));
                if (response.statusCode() == 503 || response.statusCode() == 502) {
                    last = new SolrException(base + path + " answered " + response.statusCode() + ": "
                            + message(response.body()));
                    log.debug("{} cannot serve {} now: {}", base, path, last.getMessage());
                    continue;
                }
                return answer(base, path, params, response);
            } catch (IOException e) {
                // Refused, timed out, or a stream reset or closed by a node that is stopping (HTTP/2's RST_STREAM):
                // the request did not complete there, so another node is asked.
                log.debug("{} did not answer {}: {}", base, path, e.toString());
                last = e;
            }
        }
        throw new BackendUnavailableException("SolrCloud does not answer at " + String.join(",", urls)
                + " (" + describe(last) + "): start the cluster (tools/solr-cluster) or check --solr", last);
    }

    private HttpResponse<String> exchange(String base, HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (SSLException e) {
            throw new SolrAccessException("the certificate of " + request.uri().getHost() + " at " + base
                    + " does not verify (" + rootMessage(e) + "): " + (ownTrustStore
                    ? "check that --solr-truststore holds the certificate the cluster's nodes are signed with"
                    : "give the trust store that holds it with --solr-truststore FILE"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + request.uri(), e);
        }
    }

    /** The answer's JSON; any status but 200 fails, a refused user with a message on what to change. */
    private JsonNode answer(String base, String path, Map<String, String> params, HttpResponse<String> response)
            throws IOException {
        int status = response.statusCode();
        if (status == 401) {
            throw new SolrAccessException(credentials.map(user -> "SolrCloud refused user " + user.user()
                    + " at " + base + " (401): check the user and its password").orElse("SolrCloud at " + base
                    + " requires a user (401): give --solr-user NAME, with its password in NEWSSEARCH_SOLR_PASSWORD"
                    + " or --solr-password-file FILE"), null);
        }
        if (status == 403) {
            SolrPermission needed = SolrPermission.of(path, params);
            throw new SolrAccessException("SolrCloud refused " + credentials.map(user -> "user "
                    + user.user()).orElse("a request without a user") + " the permission " + needed.name()
                    + " at " + base + " (403, " + needed.action() + "): use a user whose role has "
                    + needed.name() + " (see docs/solrcloud-security.md)", null);
        }
        if (status != 200) {
            throw new SolrException("SolrCloud at " + base + " refused " + path + " (" + status + "): "
                    + message(response.body()), status);
        }
        return JSON.readTree(response.body());
    }

    /** Solr's own error message, or the start of the body when it is not Solr's JSON. */
    private static String message(String body) {
        try {
            JsonNode msg = JSON.readTree(body).path("error").path("msg");
            if (!msg.isMissingNode()) {
                return msg.asText();
            }
        } catch (IOException notJson) {
            // A proxy's or Jetty's own page: its text says more than nothing.
        }
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    /** The innermost reason, which names what failed: "unable to find valid certification path ...". */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String describe(Exception e) {
        if (e == null) {
            return "no node to ask";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer in time";
        }
        return e.getMessage();
    }

    static String form(Map<String, String> params) {
        StringJoiner joined = new StringJoiner("&");
        params.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    static ObjectMapper json() {
        return JSON;
    }
}

package newssearch.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.solr.client.solrj.embedded.SSLConfig;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.cloud.ZkStateReader;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * The running cluster: an embedded ZooKeeper and a fixed list of Solr nodes, each known by its index for as long
 * as the cluster runs. A stopped node keeps its folder and port, so starting it again brings its cores back.
 * Jetty binds every node to 127.0.0.1 and ZooKeeper listens there too: nothing is reachable from outside.
 */
final class SolrNodes implements AutoCloseable {

    private static final String CONTEXT = "/solr";
    private static final int WAIT_SECONDS = 90;

    private final MiniSolrCloudCluster cluster;
    private final List<JettySolrRunner> nodes;

    private SolrNodes(MiniSolrCloudCluster cluster, List<JettySolrRunner> nodes) {
        this.cluster = cluster;
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Starts ZooKeeper and {@code options.nodes()} Solr nodes in {@code folder}; returns once all are live.
     *
     * @param users       when present, the cluster requires these users (Basic authentication)
     * @param certificate when present, every node serves HTTPS with it, and only HTTPS
     */
    static SolrNodes start(ClusterOptions options, Path folder, Optional<ClusterUsers> users,
                           Optional<NodeCertificate> certificate) throws Exception {
        checkPortsFree(options);
        certificate.ifPresent(NodeCertificate::trustInThisJvm);
        SSLConfig ssl = certificate.map(NodeCertificate::sslConfig).orElse(null);
        if (ssl != null) {
            // JettySolrRunner builds an HTTPS connector from its SSLConfig only in this mode; otherwise the
            // connector is plain HTTP whatever the config says.
            System.setProperty("jetty.testMode", "true");
        }
        // No node at first: each node then gets its own port, which the cluster's one JettyConfig cannot give.
        // With HTTPS the cluster also tells ZooKeeper that its nodes' URLs begin with https.
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(0, folder, jettyConfig(0, ssl));
        List<JettySolrRunner> started = new ArrayList<>();
        try {
            if (users.isPresent()) {
                // Before the first node starts, so that no node ever serves a request unauthenticated.
                writeSecurityJson(cluster, users.get().securityJson());
            }
            // The nodes start side by side, as MiniSolrCloudCluster starts its own: most of the time is waiting.
            ExecutorService launcher = Executors.newFixedThreadPool(options.nodes());
            try {
                List<Future<JettySolrRunner>> futures = new ArrayList<>();
                for (int i = 0; i < options.nodes(); i++) {
                    int index = i;
                    futures.add(launcher.submit(() -> cluster.startJettySolrRunner(
                            "node" + index, CONTEXT, jettyConfig(options.portOf(index), ssl))));
                }
                for (Future<JettySolrRunner> future : futures) {
                    started.add(future.get());
                }
            } finally {
                launcher.shutdown();
            }
            for (JettySolrRunner node : started) {
                cluster.waitForNode(node, WAIT_SECONDS);
            }
            return new SolrNodes(cluster, started);
        } catch (Exception e) {
            try {
                cluster.shutdown();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    int size() {
        return nodes.size();
    }

    /** The base URL of node {@code index}, such as {@code http://127.0.0.1:8983/solr}. */
    String url(int index) {
        return nodes.get(index).getBaseUrl().toString();
    }

    List<String> urls() {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            urls.add(url(i));
        }
        return urls;
    }

    /** Stops node {@code index}; returns once ZooKeeper no longer lists it among the live nodes. */
    synchronized void stop(int index) throws Exception {
        JettySolrRunner node = node(index);
        if (!node.isRunning()) {
            throw new IllegalStateException("node " + index + " is already stopped: start it with 'start " + index
                    + "'");
        }
        String name = node.getNodeName();
        cluster.stopJettySolrRunner(node);
        cluster.waitForJettyToStop(node);
        cluster.getZkStateReader().waitForLiveNodes(
                WAIT_SECONDS, TimeUnit.SECONDS, (before, live) -> !live.contains(name));
    }

    /**
     * Starts the stopped node {@code index} again on its old port; returns once it is live and every replica it
     * holds is active again.
     */
    synchronized void start(int index) throws Exception {
        JettySolrRunner node = node(index);
        if (node.isRunning()) {
            throw new IllegalStateException("node " + index + " is already running");
        }
        cluster.startJettySolrRunner(node, true);
        cluster.waitForNode(node, WAIT_SECONDS);
        waitForReplicasOn(node.getNodeName());
    }

    /** Stops every node, then ZooKeeper. */
    @Override
    public synchronized void close() throws Exception {
        cluster.shutdown();
    }

    private void waitForReplicasOn(String nodeName) throws Exception {
        ZkStateReader state = cluster.getZkStateReader();
        for (String collection : state.getClusterState().getCollectionNames()) {
            state.waitForState(collection, WAIT_SECONDS, TimeUnit.SECONDS, (live, docs) -> docs == null
                    || docs.getReplicasOnNode(nodeName).stream().allMatch(replica -> replica.isActive(live)));
        }
    }

    private JettySolrRunner node(int index) {
        if (index < 0 || index >= nodes.size()) {
            throw new IllegalArgumentException("no node " + index + ": the nodes are 0 to " + (nodes.size() - 1));
        }
        return nodes.get(index);
    }

    private static JettyConfig jettyConfig(int port, SSLConfig ssl) {
        // Jetty's own shutdown hook would race ours, which stops the nodes before ZooKeeper.
        return JettyConfig.builder().setContext(CONTEXT).setPort(port).stopAtShutdown(false).withSSLConfig(ssl)
                .build();
    }

    private static void writeSecurityJson(MiniSolrCloudCluster cluster, String json) throws Exception {
        try (SolrZkClient zk = new SolrZkClient.Builder().withUrl(cluster.getZkServer().getZkHost())
                .withTimeout(WAIT_SECONDS, TimeUnit.SECONDS).build()) {
            zk.makePath("/solr/security.json", json.getBytes(StandardCharsets.UTF_8), true);
        }
    }

    /** Fails with a message for people when a fixed port is taken, before anything starts. */
    private static void checkPortsFree(ClusterOptions options) throws PortTakenException {
        if (options.port().isEmpty()) {
            return;
        }
        for (int i = 0; i < options.nodes(); i++) {
            int port = options.portOf(i);
            try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                // Bound and let go at once: the port was free a moment ago, and Jetty takes it next.
            } catch (IOException e) {
                throw new PortTakenException(port, i);
            }
        }
    }

    /** A fixed port that another program holds. */
    static final class PortTakenException extends IOException {
        PortTakenException(int port, int node) {
            super("port " + port + " on 127.0.0.1 (node " + node + ") is taken: stop what listens there or choose"
                    + " another --port");
        }
    }
}

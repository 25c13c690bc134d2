package newssearch.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import sun.misc.Signal;

/**
 * {@code tools/solr-cluster --nodes N [--port P] [--auth] [--tls]}: a local SolrCloud in the foreground. It
 * prints one line {@code ready: URL,URL,...} (the nodes' base URLs, then {@code credentials=FILE} with
 * {@code --auth} and {@code truststore=FILE} with {@code --tls}) on standard output once every node is live, takes
 * the {@link ControlCommands} on standard input, and stops every node and deletes its folder (with the passwords and
 * the certificate) on {@code shutdown}, Ctrl-C or SIGTERM, exiting 0. The end of standard input does not stop it, so it runs with its input closed too.
 */
public final class LocalSolrCloud {

    private final Path folder;
    private volatile SolrNodes nodes;
    private boolean closed;

    private LocalSolrCloud(Path folder) {
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        // Standard output carries the promised lines only; whatever else prints goes where the logs go.
        PrintStream out = System.out;
        System.setOut(System.err);

        ClusterOptions options;
        try {
            options = ClusterOptions.parse(args);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        LocalSolrCloud cloud;
        try {
            cloud = new LocalSolrCloud(TemporaryFolder.create());
        } catch (IOException e) {
            fail("no folder for the nodes in " + System.getProperty("java.io.tmpdir") + " (" + e.getMessage()
                    + "): free some space there");
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(cloud::close, "solr-cluster-shutdown"));
        // Ctrl-C and SIGTERM are the normal way to stop: an exit of 0, with the shutdown hook doing the work.
        for (String signal : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(signal), caught -> System.exit(0));
        }
        StringBuilder ready = new StringBuilder("ready: ");
        try {
            Optional<ClusterUsers> users = options.auth()
                    ? Optional.of(ClusterUsers.create(cloud.folder)) : Optional.empty();
            Optional<NodeCertificate> certificate = options.tls()
                    ? Optional.of(NodeCertificate.create(cloud.folder)) : Optional.empty();
            cloud.nodes = SolrNodes.start(options, cloud.folder, users, certificate);
            ready.append(String.join(",", cloud.nodes.urls()));
            users.ifPresent(known -> ready.append(" credentials=").append(known.file()));
            certificate.ifPresent(made -> ready.append(" truststore=").append(made.trustStore()));
        } catch (Exception e) {
            fail(startFailure(e));
            return;
        }
        out.println(ready);
        out.flush();

        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (new ControlCommands(cloud.nodes, out).run(in)) {
            System.exit(0);
        }
        // Input closed: keep serving until a signal ends the process.
        new CountDownLatch(1).await();
    }

    /** Stops the nodes and deletes their folder; runs once, from the shutdown hook. */
    private synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (nodes != null) {
                nodes.close();
            }
        } catch (Exception e) {
            System.err.println("solr-cluster: stopping the nodes failed (" + e + "): check for java processes left");
        }
        try {
            TemporaryFolder.delete(folder);
        } catch (Exception e) {
            System.err.println("solr-cluster: " + folder + " could not be deleted (" + e + "): delete it by hand");
        }
    }

    private static String startFailure(Exception e) {
        if (e instanceof SolrNodes.PortTakenException) {
            return e.getMessage();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return "a port on 127.0.0.1 is taken (" + cause.getMessage() + "): choose another --port, or none";
            }
        }
        return "the cluster did not start (" + e + "): see the log above";
    }

    private static void fail(String message) {
        System.err.println("solr-cluster: " + message);
        System.exit(1);
    }
}

package newssearch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One local SolrCloud of three nodes for every contract suite in this test run, and one secured the same way
 * ({@code --auth --tls}) for the suites about a protected cluster, each started by the first suite that asks for
 * it and stopped when the tests end: each suite uses a collection of its own, so starting a cluster per suite
 * would only cost time. Suites that stop nodes or the cluster start their own.
 */
public final class SharedSolrCloud {

    private static LocalSolrCloudProcess cluster;
    private static LocalSolrCloudProcess secured;

    private SharedSolrCloud() {
    }

    /** The running cluster, started on first use; the calling tests skip (or fail in CI) where it cannot run. */
    public static synchronized LocalSolrCloudProcess get() {
        if (cluster == null) {
            cluster = started(false);
        }
        return cluster;
    }

    /** The running cluster with users and HTTPS, started on first use. */
    public static synchronized LocalSolrCloudProcess secured() {
        if (secured == null) {
            secured = started(true);
        }
        return secured;
    }

    private static LocalSolrCloudProcess started(boolean secure) {
        LocalSolrCloudProcess.requireRunnable();
        LocalSolrCloudProcess started;
        try {
            started = secure ? LocalSolrCloudProcess.startSecured(3) : LocalSolrCloudProcess.start(3);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the local SolrCloud", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                started.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "shared-solr-cloud-stop"));
        return started;
    }
}

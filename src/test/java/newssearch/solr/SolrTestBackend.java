package newssearch.solr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import newssearch.index.IndexProgress;
import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.search.NewsSearch;
import newssearch.web.TestBackend;

/**
 * A collection of the test's own on a running local SolrCloud, 2 shards x 2 replicas as the defaults make it: built
 * with {@code indexing} and searched with {@code searching}, which differ on a secured cluster as they should in
 * production (a user that may write, a user that may only read).
 */
public record SolrTestBackend(SolrSettings indexing, SolrSettings searching) implements TestBackend {

    public static final String ADMIN = "admin";
    public static final String READER = "reader";
    /** The password of the trust store that {@code tools/solr-cluster --tls} writes. */
    public static final String TRUST_STORE_PASSWORD = "changeit";

    public static SolrTestBackend on(LocalSolrCloudProcess cluster, String collection) {
        SolrSettings settings = new SolrSettings(cluster.nodeUrls(), collection, 2, 2);
        return new SolrTestBackend(settings, settings);
    }

    /** On a cluster started with {@code --auth --tls}: indexed as {@code admin}, searched as {@code reader}. */
    public static SolrTestBackend secured(LocalSolrCloudProcess cluster, String collection) throws IOException {
        return new SolrTestBackend(settings(cluster, collection, ADMIN), settings(cluster, collection, READER));
    }

    /** Settings for {@code user} on a cluster started with {@code --auth --tls}, trusting its certificate. */
    public static SolrSettings settings(LocalSolrCloudProcess cluster, String collection, String user)
            throws IOException {
        return new SolrSettings(cluster.nodeUrls(), collection, 2, 2,
                Optional.of(new SolrCredentials(user, cluster.password(user))), trustStore(cluster));
    }

    public static Optional<SolrTrustStore> trustStore(LocalSolrCloudProcess cluster) {
        return cluster.trustStore().map(file -> new SolrTrustStore(file, TRUST_STORE_PASSWORD));
    }

    @Override
    public IndexReport index(Path corpus, boolean full) throws IOException {
        return SolrBackend.index(corpus, indexing, full);
    }

    @Override
    public IndexReport indexWithVectors(Path corpus) throws IOException {
        return SolrBackend.index(corpus, indexing, new IndexSettings(false, true), IndexProgress.NONE);
    }

    @Override
    public NewsSearch open() throws IOException {
        return SolrBackend.open(searching);
    }
}

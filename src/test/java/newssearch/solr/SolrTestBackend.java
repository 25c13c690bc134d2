package newssearch.solr;

import java.io.IOException;
import java.nio.file.Path;

import newssearch.index.IndexProgress;
import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.search.NewsSearch;
import newssearch.web.TestBackend;

/** A collection of the test's own on a running local SolrCloud, 2 shards x 2 replicas as the defaults make it. */
public record SolrTestBackend(SolrSettings settings) implements TestBackend {

    public static SolrTestBackend on(LocalSolrCloudProcess cluster, String collection) {
        return new SolrTestBackend(new SolrSettings(cluster.nodeUrls(), collection, 2, 2));
    }

    @Override
    public IndexReport index(Path corpus, boolean full) throws IOException {
        return SolrBackend.index(corpus, settings, full);
    }

    @Override
    public IndexReport indexWithVectors(Path corpus) throws IOException {
        return SolrBackend.index(corpus, settings, new IndexSettings(false, true), IndexProgress.NONE);
    }

    @Override
    public NewsSearch open() throws IOException {
        return SolrBackend.open(settings);
    }
}

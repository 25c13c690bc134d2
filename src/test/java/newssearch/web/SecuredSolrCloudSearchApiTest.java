package newssearch.web;

import java.nio.file.Path;

import newssearch.solr.SharedSolrCloud;
import newssearch.solr.SolrTestBackend;

/**
 * {@link SearchApiContract} on a SolrCloud of three nodes that requires users and HTTPS ({@code tools/solr-cluster
 * --auth --tls}), indexed as {@code admin} and served as {@code reader}, who may only read.
 */
class SecuredSolrCloudSearchApiTest extends SearchApiContract {

    @Override
    protected TestBackend backend(Path work) throws Exception {
        return SolrTestBackend.secured(SharedSolrCloud.secured(), "api");
    }
}

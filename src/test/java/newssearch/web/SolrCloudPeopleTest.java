package newssearch.web;

import java.nio.file.Path;

import newssearch.solr.SharedSolrCloud;
import newssearch.solr.SolrTestBackend;

/** {@link PeopleContract} on a SolrCloud of three nodes, in a collection of 2 shards x 2 replicas. */
class SolrCloudPeopleTest extends PeopleContract {

    @Override
    protected TestBackend backend(Path work) {
        return SolrTestBackend.on(SharedSolrCloud.get(), "people");
    }
}

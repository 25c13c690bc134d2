package newssearch.solr;

/**
 * One copy of one shard of a collection, as CLUSTERSTATUS describes it.
 *
 * @param baseUrl  the node it lives on ({@code http://127.0.0.1:8983/solr})
 * @param core     its core on that node, for requests to this copy alone
 * @param nodeName the node's name among the cluster's live nodes ({@code 127.0.0.1:8983_solr})
 * @param state    active, recovering, down...
 */
record Replica(String shard, String baseUrl, String core, String nodeName, String state) {

    boolean isActive() {
        return state.equals("active");
    }
}

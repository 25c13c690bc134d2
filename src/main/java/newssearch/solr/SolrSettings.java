package newssearch.solr;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the SolrCloud index lives and how a new collection is laid out.
 *
 * @param nodes       base URLs of the cluster's nodes ({@code http://127.0.0.1:8983/solr}); requests go round
 *                    them, skipping a node that does not answer
 * @param collection  the name searches use: an alias to the collection that holds the items
 * @param shards      shards of a collection the indexer creates
 * @param replicas    replicas of each shard of a collection the indexer creates
 * @param credentials the user every request is sent as, when the cluster requires one
 * @param trustStore  the certificates {@code https} nodes are verified against, instead of the JVM's own
 */
public record SolrSettings(List<String> nodes, String collection, int shards, int replicas,
                           Optional<SolrCredentials> credentials, Optional<SolrTrustStore> trustStore) {

    /** Settings for a cluster without users, over HTTP or with certificates the JVM trusts. */
    public SolrSettings(List<String> nodes, String collection, int shards, int replicas) {
        this(nodes, collection, shards, replicas, Optional.empty(), Optional.empty());
    }

    public SolrSettings {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(trustStore, "trustStore");
        nodes = nodes.stream().map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url).toList();
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("--solr needs at least one node URL, e.g. http://127.0.0.1:8983/solr");
        }
        for (String url : nodes) {
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new IllegalArgumentException("--solr " + url + " is not a URL: give the node's base URL, "
                        + "e.g. http://127.0.0.1:8983/solr");
            }
        }
        if (!collection.matches("[A-Za-z0-9][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("--collection " + collection + " is not a collection name: use "
                    + "letters, digits, _ and -");
        }
    }
}

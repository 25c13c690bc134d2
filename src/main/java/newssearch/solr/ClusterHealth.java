package newssearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import newssearch.index.NewsSchema;
import newssearch.search.BackendUnavailableException;
import newssearch.search.Health;

/**
 * The cluster's state as {@code /health} reports it: the live nodes, and for the collection behind the alias each
 * shard's replicas that are active on a live node. Up when every replica is, degraded while every shard still
 * has one (searches still see every item), down when some shard has none or the cluster does not answer.
 */
final class ClusterHealth {

    private final SolrNodes nodes;
    private final SolrSettings settings;

    ClusterHealth(SolrNodes nodes, SolrSettings settings) {
        this.nodes = nodes;
        this.settings = settings;
    }

    Health check() throws IOException {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("backend", "solrcloud");
        details.put("collection", settings.collection());
        JsonNode cluster;
        try {
            SolrCollections collections = new SolrCollections(nodes);
            String target = collections.aliasTarget(settings.collection()).orElse(settings.collection());
            details.put("collectionBehindAlias", target);
            cluster = collections.clusterStatus(target).path("cluster");
        } catch (BackendUnavailableException | SolrException e) {
            details.put("message", e.getMessage());
            return new Health("down", 0, details);
        }
        List<String> live = new ArrayList<>();
        cluster.path("live_nodes").forEach(node -> live.add(node.asText()));
        details.put("liveNodes", live);
        boolean everyShardServed = true;
        boolean everyReplicaActive = true;
        Map<String, Object> shards = new LinkedHashMap<>();
        var collection = cluster.path("collections").elements();
        while (collection.hasNext()) {
            var shardEntries = collection.next().path("shards").fields();
            while (shardEntries.hasNext()) {
                var shard = shardEntries.next();
                int active = 0;
                int total = 0;
                for (JsonNode replica : shard.getValue().path("replicas")) {
                    total++;
                    if (replica.path("state").asText().equals("active")
                            && live.contains(replica.path("node_name").asText())) {
                        active++;
                    }
                }
                shards.put(shard.getKey(), active + " of " + total + " replicas active");
                everyShardServed &= active > 0;
                everyReplicaActive &= active == total;
            }
        }
        details.put("shards", shards);
        long documents = 0;
        if (everyShardServed) {
            documents = nodes.get("/" + settings.collection() + "/select", Map.of("q", NewsSchema.KIND + ":" + NewsSchema.KIND_ITEM, "rows", "0"),
                    SolrNodes.QUERY_TIMEOUT).path("response").path("numFound").asLong();
        }
        String status = !everyShardServed ? "down" : everyReplicaActive ? "up" : "degraded";
        return new Health(status, documents, details);
    }
}

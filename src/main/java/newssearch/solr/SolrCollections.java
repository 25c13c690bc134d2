package newssearch.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cluster's Collections and Configsets APIs as news-search uses them: the configset that ships in the jar,
 * collections, and the alias through which searches reach the collection that holds the items.
 */
final class SolrCollections {

    /** The configset's files, as they lie in the jar. */
    static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "schema.xml");
    private static final String CONFIGSET_RESOURCES = "/newssearch/solr/configset/";

    private final SolrNodes nodes;

    SolrCollections(SolrNodes nodes) {
        this.nodes = nodes;
    }

    /** The alias's collection, if the alias exists. */
    Optional<String> aliasTarget(String alias) throws IOException {
        JsonNode target = listAliases().path("aliases").path(alias);
        return target.isMissingNode() || target.isNull() ? Optional.empty() : Optional.of(target.asText());
    }

    /** The properties set on the alias: the last reindex's time and summary, the layout it was built with. */
    Map<String, String> aliasProperties(String alias) throws IOException {
        Map<String, String> properties = new HashMap<>();
        listAliases().path("properties").path(alias).fields()
                .forEachRemaining(entry -> properties.put(entry.getKey(), entry.getValue().asText()));
        return properties;
    }

    private JsonNode listAliases() throws IOException {
        return admin(Map.of("action", "LISTALIASES"));
    }

    boolean collectionExists(String name) throws IOException {
        JsonNode list = admin(Map.of("action", "LIST"));
        for (JsonNode collection : list.path("collections")) {
            if (collection.asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The cluster's live nodes and the collection's shards and replicas, as CLUSTERSTATUS tells them. */
    JsonNode clusterStatus(String collection) throws IOException {
        return admin(Map.of("action", "CLUSTERSTATUS", "collection", collection));
    }

    /** Every replica of every shard of the collection. */
    List<Replica> replicas(String collection) throws IOException {
        List<Replica> replicas = new ArrayList<>();
        JsonNode shards = clusterStatus(collection).path("cluster").path("collections").path(collection)
                .path("shards");
        shards.fields().forEachRemaining(shard -> shard.getValue().path("replicas").forEach(replica ->
                replicas.add(new Replica(shard.getKey(), replica.path("base_url").asText(),
                        replica.path("core").asText(), replica.path("node_name").asText(),
                        replica.path("state").asText()))));
        return replicas;
    }

    /** Uploads the configset in the jar, unless this exact one is there already, and gives its name. */
    String uploadConfigset() throws IOException {
        byte[] zip = configsetZip();
        String name = "news-search-" + HexFormat.of().formatHex(sha256(zip)).substring(0, 12);
        JsonNode list = nodes.get("/admin/configs", Map.of("action", "LIST"), SolrNodes.QUERY_TIMEOUT);
        for (JsonNode existing : list.path("configSets")) {
            if (existing.asText().equals(name)) {
                return name;
            }
        }
        nodes.postBytes("/admin/configs", Map.of("action", "UPLOAD", "name", name), "application/octet-stream", zip,
                SolrNodes.ADMIN_TIMEOUT);
        return name;
    }

    void create(String collection, String configset, int shards, int replicas) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", "CREATE");
        params.put("name", collection);
        params.put("collection.configName", configset);
        params.put("numShards", Integer.toString(shards));
        params.put("replicationFactor", Integer.toString(replicas));
        params.put("waitForFinalState", "true");
        admin(params);
    }

    /** Points the alias at the collection in one step: a search sees the old collection or the new one. */
    void moveAlias(String alias, String collection) throws IOException {
        admin(Map.of("action", "CREATEALIAS", "name", alias, "collections", collection));
    }

    void setAliasProperties(String alias, Map<String, String> properties) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", "ALIASPROP");
        params.put("name", alias);
        properties.forEach((key, value) -> params.put("property." + key, value));
        admin(params);
    }

    void delete(String collection) throws IOException {
        admin(Map.of("action", "DELETE", "name", collection));
    }

    private JsonNode admin(Map<String, String> params) throws IOException {
        return nodes.get("/admin/collections", params, SolrNodes.ADMIN_TIMEOUT);
    }

    /** The configset's files zipped, as the Configsets API takes them. */
    static byte[] configsetZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String file : CONFIGSET_FILES) {
                zip.putNextEntry(new ZipEntry(file));
                zip.write(configsetFile(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] configsetFile(String file) throws IOException {
        try (InputStream in = SolrCollections.class.getResourceAsStream(CONFIGSET_RESOURCES + file)) {
            if (in == null) {
                throw new IOException("the jar has no " + CONFIGSET_RESOURCES + file + ": rebuild it");
            }
            return in.readAllBytes();
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}

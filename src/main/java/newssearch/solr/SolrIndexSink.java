package newssearch.solr;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import newssearch.index.IndexReport;
import newssearch.index.IndexSink;
import newssearch.index.NewsSchema;
import newssearch.index.StoredHashes;
import newssearch.item.NewsItem;
import newssearch.search.BackendUnavailableException;

/**
 * Writes a reindex into a SolrCloud collection. The name users search is an alias: an incremental run writes
 * into the collection behind it and commits once at the end; a full run (or the first) builds a new collection
 * {@code NAME_<timestamp>} beside the live one, moves the alias to it in one step when it is complete, and then
 * deletes the collection it replaced, so searches never see a half-built index.
 */
final class SolrIndexSink implements IndexSink {

    /** Alias properties: when the last reindex ended, its summary and the layout the collection was built with. */
    static final String PROPERTY_TIME = "reindexTime";
    static final String PROPERTY_SUMMARY = "reindexSummary";
    static final String PROPERTY_LAYOUT = "layoutVersion";
    /** Alias property: the embedding model of the items' vectors, {@link #NO_VECTORS} for a collection without. */
    static final String PROPERTY_VECTORS = "vectorModel";
    static final String NO_VECTORS = "none";

    private static final Logger log = LoggerFactory.getLogger(SolrIndexSink.class);
    private static final int BATCH = 500;
    private static final Duration LEADER_WAIT = Duration.ofSeconds(60);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS")
            .withZone(ZoneOffset.UTC);

    private final SolrNodes nodes;
    private final SolrCollections collections;
    private final SolrSettings settings;
    private final String target;
    private final Optional<String> replaced;
    private final boolean rebuilds;
    private final String vectorModel;
    /** Whether the collection this run replaces has vectors of {@link #vectorModel}, which unchanged pages reuse. */
    private final boolean reusesVectors;
    private final List<Map<String, Object>> batch = new ArrayList<>();
    /** The items the collection held when the run began; parsing threads only read it. */
    private volatile StoredHashes indexed = new StoredHashes();
    private boolean committed;

    private SolrIndexSink(SolrNodes nodes, SolrSettings settings, String target, Optional<String> replaced,
                          boolean rebuilds, String vectorModel, boolean reusesVectors) {
        this.nodes = nodes;
        this.collections = new SolrCollections(nodes);
        this.settings = settings;
        this.target = target;
        this.replaced = replaced;
        this.rebuilds = rebuilds;
        this.vectorModel = vectorModel;
        this.reusesVectors = reusesVectors;
    }

    /**
     * Finds or creates the collection this run writes into, for items with vectors of {@code vectorModel} (none
     * when empty). An incremental run into a collection with other vectors (or none) is refused: every item must
     * have a vector of the same model or none have one, which only a full rebuild can make sure of.
     *
     * @param full build a new collection beside the live one instead of touching only what changed
     */
    static SolrIndexSink open(SolrNodes nodes, SolrSettings settings, boolean full, Optional<String> vectorModel)
            throws IOException {
        String model = vectorModel.orElse(NO_VECTORS);
        if (settings.shards() < 1 || settings.replicas() < 1) {
            throw new IllegalArgumentException("--shards and --replicas must be 1 or more, got "
                    + settings.shards() + " and " + settings.replicas());
        }
        SolrCollections collections = new SolrCollections(nodes);
        String alias = settings.collection();
        Optional<String> live = collections.aliasTarget(alias);
        if (live.isEmpty() && collections.collectionExists(alias)) {
            throw new IOException("SolrCloud has a collection named " + alias + " that news-search did not make "
                    + "(it searches through an alias of that name): use another --collection, or delete it");
        }
        if (live.isPresent() && !full) {
            String layout = collections.aliasProperties(alias).getOrDefault(PROPERTY_LAYOUT, "unknown");
            if (!layout.equals(NewsSchema.LAYOUT_VERSION)) {
                throw new IOException(SolrSearch.olderLayout(settings, layout));
            }
            String vectors = collections.aliasProperties(alias).getOrDefault(PROPERTY_VECTORS, NO_VECTORS);
            if (!vectors.equals(model)) {
                throw new IOException("collection " + alias + " has " + describeVectors(vectors) + " and this run "
                        + "would write " + describeVectors(model) + ": rebuild it with --full"
                        + (model.equals(NO_VECTORS) ? " --no-vectors" : ""));
            }
            return new SolrIndexSink(nodes, settings, live.get(), Optional.empty(), false, model, false);
        }
        boolean reuses = live.isPresent() && vectorModel.isPresent()
                && model.equals(collections.aliasProperties(alias).get(PROPERTY_VECTORS));
        String fresh = alias + "_" + STAMP.format(Instant.now());
        String configset = collections.uploadConfigset();
        log.info("creating collection {} ({} shards x {} replicas) with configset {}", fresh, settings.shards(),
                settings.replicas(), configset);
        collections.create(fresh, configset, settings.shards(), settings.replicas());
        return new SolrIndexSink(nodes, settings, fresh, live, true, model, reuses);
    }

    private static String describeVectors(String model) {
        return model.equals(NO_VECTORS) ? "no vectors" : "vectors of " + model;
    }

    @Override
    public String describe() {
        return "collection " + settings.collection() + " (" + target + ") on " + String.join(",", nodes.urls());
    }

    @Override
    public boolean rebuilds() {
        return rebuilds;
    }

    @Override
    public StoredHashes storedHashes() throws IOException {
        StoredHashes hashes = new StoredHashes();
        String cursor = "*";
        while (true) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", NewsSchema.KIND + ":" + NewsSchema.KIND_ITEM);
            params.put("fl", NewsSchema.ID + "," + NewsSchema.HASH);
            params.put("sort", NewsSchema.ID + " asc");
            params.put("rows", "1000");
            params.put("cursorMark", cursor);
            JsonNode page = nodes.get("/" + target + "/select", params, SolrNodes.ADMIN_TIMEOUT);
            for (JsonNode doc : page.path("response").path("docs")) {
                hashes.put(doc.path(NewsSchema.ID).asText(), doc.path(NewsSchema.HASH).asText());
            }
            String nextCursor = page.path("nextCursorMark").asText();
            if (nextCursor.equals(cursor)) {
                indexed = hashes;
                return hashes;
            }
            cursor = nextCursor;
        }
    }

    /** The replaced collection's vector of the item, by real-time get, when its page hash is the same. */
    @Override
    public Optional<float[]> storedVector(String id, String hash) throws IOException {
        if (!reusesVectors) {
            return Optional.empty();
        }
        JsonNode doc = nodes.get("/" + replaced.orElseThrow() + "/get", Map.of("id", id,
                "fl", NewsSchema.HASH + "," + NewsSchema.VECTOR), SolrNodes.ADMIN_TIMEOUT).path("doc");
        JsonNode vector = doc.path(NewsSchema.VECTOR);
        if (!hash.equals(doc.path(NewsSchema.HASH).asText()) || !vector.isArray()) {
            return Optional.empty();
        }
        float[] values = new float[vector.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) vector.get(i).asDouble();
        }
        return Optional.of(values);
    }

    @Override
    public void put(NewsItem item, String hash, Optional<float[]> vector) throws IOException {
        if (indexed.contains(item.id())) {
            // The item's old quotations go before the new documents are sent: it may now have fewer.
            delete(item.id());
        }
        List<Map<String, Object>> full = null;
        synchronized (batch) {
            batch.addAll(SolrDocuments.toDocuments(item, hash, vector));
            if (batch.size() >= BATCH) {
                full = new ArrayList<>(batch);
                batch.clear();
            }
        }
        if (full != null) {
            send(full);
        }
    }

    @Override
    public void delete(String id) throws IOException {
        update(Map.of(), Map.of("delete", Map.of("query", NewsSchema.ITEM_REF + ":" + SolrQueries.escape(id))));
    }

    @Override
    public void commit(IndexReport report) throws IOException {
        List<Map<String, Object>> rest;
        synchronized (batch) {
            rest = new ArrayList<>(batch);
            batch.clear();
        }
        if (!rest.isEmpty()) {
            send(rest);
        }
        update(Map.of("commit", "true", "waitSearcher", "true"), List.of());
        buildCompletions();
        String alias = settings.collection();
        if (rebuilds) {
            collections.moveAlias(alias, target);
        }
        collections.setAliasProperties(alias, Map.of(
                PROPERTY_TIME, Instant.now().toString(),
                PROPERTY_SUMMARY, report.summary(),
                PROPERTY_LAYOUT, NewsSchema.LAYOUT_VERSION,
                PROPERTY_VECTORS, vectorModel));
        committed = true;
        if (replaced.isPresent()) {
            log.info("alias {} moved to {}; deleting {}", alias, target, replaced.get());
            collections.delete(replaced.get());
        }
    }

    /**
     * Every replica builds its completions from what it now holds: a distributed build request would reach one
     * replica of each shard only, and building on every commit would also build on the periodic durable ones.
     */
    private void buildCompletions() throws IOException {
        for (Replica replica : collections.replicas(target)) {
            if (replica.isActive()) {
                nodes.getFrom(replica.baseUrl(), "/" + replica.core() + "/suggest",
                        Map.of("suggest.build", "true", "distrib", "false"), SolrNodes.ADMIN_TIMEOUT);
            }
        }
    }

    private void send(List<Map<String, Object>> docs) throws IOException {
        update(Map.of(), docs);
    }

    /**
     * Sends an update, waiting out a shard that has no leader for a while: after a node goes away the cluster
     * elects new leaders within seconds, and a reindex should ride that out rather than fail.
     */
    private void update(Map<String, String> params, Object body) throws IOException {
        long deadline = System.nanoTime() + LEADER_WAIT.toNanos();
        while (true) {
            try {
                nodes.postJson("/" + target + "/update", params, body, SolrNodes.ADMIN_TIMEOUT);
                return;
            } catch (SolrAccessException e) {
                throw e;
            } catch (BackendUnavailableException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                log.info("waiting for the cluster to serve updates again: {}", e.getMessage());
                pause();
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the cluster", e);
        }
    }

    /** A new collection that was never committed is deleted: nothing half-built is left behind. */
    @Override
    public void close() throws IOException {
        if (rebuilds && !committed) {
            log.info("the reindex did not finish; deleting the collection it was building, {}", target);
            collections.delete(target);
        }
    }
}

package newssearch.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import newssearch.embedding.Embedder;
import newssearch.index.IndexProgress;
import newssearch.index.IndexReport;
import newssearch.index.IndexSettings;
import newssearch.index.NewsSchema;

/** A collection with vectors: one per item, found by {!knn}, reused by a full rebuild. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrVectorsTest {

    @TempDir
    static Path work;

    private static SolrSettings settings;
    private static Path corpus;

    @BeforeAll
    static void corpus() throws IOException {
        settings = new SolrSettings(SharedSolrCloud.get().nodeUrls(), "vectors", 2, 1);
        corpus = Files.createDirectories(work.resolve("corpus"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        for (String page : List.of("quotations", "two-issuers", "dateline-vienna")) {
            Files.copy(Path.of("src/test/resources/pages", page + ".txt"), corpus.resolve(page + ".txt"));
        }
    }

    @Test
    @Order(1)
    void everyItemHasAVectorThatKnnFindsByMeaning() throws IOException {
        IndexReport report = SolrBackend.index(corpus, settings, new IndexSettings(false, true), IndexProgress.NONE);
        assertEquals(5, report.embedded());
        float[] query;
        try (Embedder embedder = Embedder.load()) {
            query = embedder.query("how are the votes counted after an election").vector();
        }
        JsonNode found = knn(query, 10);
        assertEquals(5, found.path("response").path("numFound").asInt(), "only items have vectors: " + found);
        assertEquals("quotations", found.path("response").path("docs").get(0).path(NewsSchema.ID).asText());
    }

    @Test
    @Order(2)
    void aFullRebuildReusesTheVectorsOfTheCollectionItReplaces() throws IOException {
        IndexReport report = SolrBackend.index(corpus, settings, new IndexSettings(true, true), IndexProgress.NONE);
        assertEquals(List.of(5, 0, 5), List.of(report.added(), report.embedded(), report.reusedVectors()));
        assertEquals(5, knn(new float[NewsSchema.VECTOR_DIMENSIONS], 10).path("response").path("numFound").asInt());
    }

    @Test
    @Order(3)
    void anIncrementalRunWithoutVectorsIntoACollectionWithVectorsIsRefused() {
        IOException refused = assertThrows(IOException.class, () -> SolrBackend.index(corpus, settings,
                new IndexSettings(false, false), IndexProgress.NONE));
        assertTrue(refused.getMessage().endsWith("rebuild it with --full --no-vectors"), refused.getMessage());
    }

    private static JsonNode knn(float[] vector, int topK) throws IOException {
        StringBuilder values = new StringBuilder("[");
        for (float value : vector) {
            values.append(values.length() > 1 ? "," : "").append(value);
        }
        return new SolrNodes(settings.nodes()).postJson("/" + settings.collection() + "/select", Map.of(),
                Map.of("query", "{!knn f=" + NewsSchema.VECTOR + " topK=" + topK + "}" + values + "]",
                        "fields", NewsSchema.ID), SolrNodes.QUERY_TIMEOUT);
    }
}

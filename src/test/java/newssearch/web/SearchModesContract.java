package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import newssearch.relevance.Qrels;

/**
 * The search modes through the real server, the same for every engine: the pages of the development collection
 * indexed with their embeddings, searched by words, by meaning and by both; filters, facets, dates and explicit
 * syntax hold in every mode, and words that state a time or a place are read as filters and said so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SearchModesContract {

    private static final Path COLLECTION = Path.of("relevance", "dev");
    /** A question in everyday words that avoids the words of the pages it is about. */
    private static final String PARAPHRASE = "what is the OSCE doing to stop people being bought and sold for "
            + "exploitation";

    @TempDir
    static Path work;

    private TestServer server;
    private Qrels qrels;

    protected abstract TestBackend backend(Path work) throws Exception;

    @BeforeAll
    void start() throws Exception {
        TestBackend backend = backend(work);
        backend.indexWithVectors(COLLECTION.resolve("pages"));
        server = TestServer.start(backend.open());
        qrels = Qrels.read(COLLECTION.resolve("qrels.txt"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private JsonNode search(String parameters) throws Exception {
        return server.json("/api/search?" + parameters);
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    /** The topic of the collection whose query is {@link #PARAPHRASE}, for its judgments. */
    private String paraphraseTopic() throws Exception {
        return Files.readAllLines(COLLECTION.resolve("topics.tsv")).stream()
                .filter(line -> line.split("\t")[1].equals(PARAPHRASE)).map(line -> line.split("\t")[0])
                .findFirst().orElseThrow();
    }

    @Test
    void everyModeAnswersAndSaysWhichItUsed() throws Exception {
        for (String mode : List.of("keyword", "semantic", "hybrid")) {
            JsonNode result = search("q=" + TestServer.encode("border security") + "&mode=" + mode);
            assertEquals(mode, result.get("mode").asText());
            assertTrue(result.get("total").asLong() > 0, mode);
        }
        assertEquals("hybrid", search("q=border").get("mode").asText(), "the default mode");
    }

    @Test
    void meaningFindsWhatTheWordsOfAQuestionDoNotSay() throws Exception {
        String topic = paraphraseTopic();
        for (String mode : List.of("semantic", "hybrid")) {
            List<String> found = ids(search("q=" + TestServer.encode(PARAPHRASE) + "&mode=" + mode));
            assertTrue(qrels.grade(topic, found.get(0)) >= 2, mode + " ranked " + found.get(0) + " first");
        }
    }

    @Test
    void explicitSyntaxKeepsItsStrictMeaningInEveryMode() throws Exception {
        Set<String> byWords = Set.copyOf(ids(search("q=" + TestServer.encode("\"critical infrastructure\"")
                + "&mode=keyword&size=100")));
        assertFalse(byWords.isEmpty());
        Set<String> excluding = Set.copyOf(ids(search("q=" + TestServer.encode("border -Turkmenistan")
                + "&mode=keyword&size=100")));
        for (String mode : List.of("semantic", "hybrid")) {
            JsonNode result = search("q=" + TestServer.encode("\"critical infrastructure\"") + "&mode=" + mode
                    + "&size=100");
            assertTrue(byWords.containsAll(ids(result)), mode + ": " + ids(result) + " not within " + byWords);
            List<String> excluded = ids(search("q=" + TestServer.encode("border -Turkmenistan") + "&mode=" + mode
                    + "&size=100"));
            assertTrue(excluding.containsAll(excluded), mode + ": " + excluded + " not within " + excluding);
        }
    }

    @Test
    void filtersFacetsAndDatesHoldInEveryMode() throws Exception {
        for (String mode : List.of("keyword", "semantic", "hybrid")) {
            JsonNode all = search("q=" + TestServer.encode("co-operation between countries") + "&mode=" + mode);
            String country = all.get("facets").get("country").get(0).get("value").asText();
            long counted = all.get("facets").get("country").get(0).get("count").asLong();
            JsonNode narrowed = search("q=" + TestServer.encode("co-operation between countries") + "&mode=" + mode
                    + "&country=" + TestServer.encode(country) + "&size=100");
            assertEquals(counted, narrowed.get("total").asLong(), mode + ": the facet's count is what its filter finds");
            narrowed.get("hits").forEach(hit -> assertTrue(hit.get("countries").toString().contains(country),
                    mode + ": " + hit));
            JsonNode dated = search("q=" + TestServer.encode("co-operation between countries") + "&mode=" + mode
                    + "&from=2020-01-01&sort=date&size=100");
            dated.get("hits").forEach(hit -> assertFalse(LocalDate.parse(hit.get("date").asText())
                    .isBefore(LocalDate.of(2020, 1, 1)), mode + ": " + hit));
        }
    }

    @Test
    void timeAndPlaceWordsAreReadAsFiltersAndSaidSo() throws Exception {
        JsonNode result = search("q=" + TestServer.encode("terrorism since 2021"));
        JsonNode reading = result.get("interpretedAs");
        assertEquals("terrorism", reading.get("query").asText());
        assertEquals("2021-01-01", reading.get("from").asText());
        assertEquals("[\"since 2021\"]", reading.get("phrases").toString());
        assertTrue(result.get("total").asLong() > 0);
        result.get("hits").forEach(hit -> assertTrue(hit.get("date").asText().compareTo("2021") >= 0, hit.toString()));

        JsonNode asTyped = search("q=" + TestServer.encode("terrorism since 2021") + "&interpret=false");
        assertFalse(asTyped.has("interpretedAs"));
        assertTrue(asTyped.get("total").asLong() >= result.get("total").asLong());

        JsonNode region = search("q=" + TestServer.encode("trainings in Central Asia"));
        Set<String> states = Set.of("Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan");
        assertEquals(states, StreamSupport.stream(region.get("interpretedAs").get("country")
                .spliterator(), false).map(JsonNode::asText).collect(Collectors.toSet()));
        region.get("hits").forEach(hit -> assertTrue(states.stream().anyMatch(s -> hit.get("countries").toString()
                .contains(s)), hit.toString()));
    }

    @Test
    void queriesWithNothingToMeanAnswerAsByWords() throws Exception {
        for (String mode : List.of("semantic", "hybrid")) {
            JsonNode operators = search("q=" + TestServer.encode("AND OR") + "&mode=" + mode);
            assertEquals(0, operators.get("total").asLong(), mode + ": operators alone find nothing");
            JsonNode blank = search("q=&mode=" + mode);
            assertEquals(22, blank.get("total").asLong(), mode + ": a blank query lists every item");
        }
    }

    @Test
    void theExportHoldsTheItemsTheSearchCountsInEveryMode() throws Exception {
        for (String mode : List.of("keyword", "semantic", "hybrid")) {
            String query = "q=" + TestServer.encode(PARAPHRASE) + "&mode=" + mode;
            long total = search(query).get("total").asLong();
            HttpResponse<String> export = server.get("/api/export?" + query + "&format=jsonl");
            assertEquals(200, export.statusCode(), export.body());
            assertEquals(total, export.body().lines().filter(line -> !line.isBlank()).count(), mode);
        }
    }

    @Test
    void anUnknownModeIsABadRequest() throws Exception {
        HttpResponse<String> response = server.get("/api/search?q=border&mode=fuzzy");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("mode must be keyword, semantic or hybrid, got 'fuzzy'"), response.body());
    }
}

package newssearch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The API's OpenAPI document as the tests read it: the JSON Schema of each documented answer, checked by a JSON
 * Schema 2020-12 validator (the dialect of OpenAPI 3.1), so a test compares a real answer with the document and
 * not with a copy of it.
 */
final class OpenApiContract {

    static final String RESOURCE = "/newssearch/web/openapi.json";
    static final JsonNode DOCUMENT = load();

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OpenApiContract() {
    }

    /** What is wrong with {@code body} as the answer {@code status} of {@code GET path} ("/api/items/{id}"). */
    static List<String> violations(String path, int status, JsonNode body) {
        String pointer = "/paths/" + escape(path) + "/get/responses/" + status;
        JsonNode response = DOCUMENT.at(pointer);
        if (response.isMissingNode()) {
            return List.of("the document has no answer " + status + " for GET " + path);
        }
        if (response.has("$ref")) {
            pointer = response.get("$ref").asText().substring(1);
        }
        return violationsOf(pointer + "/content/application~1json/schema", body);
    }

    /** What is wrong with {@code body} as an instance of the component schema {@code name}. */
    static List<String> componentViolations(String name, JsonNode body) {
        return violationsOf("/components/schemas/" + name, body);
    }

    private static List<String> violationsOf(String schemaPointer, JsonNode body) {
        if (DOCUMENT.at(schemaPointer).isMissingNode()) {
            return List.of("the document has no schema at " + schemaPointer);
        }
        Schema schema = SCHEMAS.computeIfAbsent(schemaPointer, pointer -> {
            // The document itself is the schema resource, so its $refs to #/components resolve; the root $ref
            // picks the one schema this answer must meet.
            ObjectNode root = DOCUMENT.deepCopy();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", "#" + pointer);
            return REGISTRY.getSchema(root);
        });
        return schema.validate(body).stream().map(Error::toString).toList();
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode load() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream(RESOURCE)) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

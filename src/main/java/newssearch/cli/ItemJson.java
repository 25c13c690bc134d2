package newssearch.cli;

import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.item.Quote;

/**
 * The JSON object {@code extract} prints for an item, with the keys in the order the issue lists them. Absent
 * values are JSON nulls here, at the edge, and nowhere inside the item.
 */
final class ItemJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ItemJson() {
    }

    static ObjectNode of(String file, NewsItem item) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("file", file);
        json.put("contentType", item.contentType().orElse(null));
        json.put("title", item.title());
        json.put("date", item.date().date().map(Object::toString).orElse(null));
        json.put("dateSource", item.date().source().label());
        strings(json.putArray("issuedBy"), item.issuers());
        strings(json.putArray("fieldsOfWork"), item.fieldsOfWork());
        ArrayNode people = json.putArray("people");
        for (Person person : item.people()) {
            people.addObject().put("name", person.name()).put("role", person.role().orElse(null));
        }
        strings(json.putArray("places"), item.places());
        strings(json.putArray("countries"), item.countries());
        ArrayNode body = json.putArray("body");
        strings(body, item.body());
        ArrayNode quotes = json.putArray("quotes");
        for (Quote quote : item.quotes()) {
            quotes.addObject().put("speaker", quote.speaker().orElse(null)).put("text", quote.text());
        }
        return json;
    }

    static String line(ObjectNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always writes", e);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}

package newssearch.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import newssearch.item.NewsItem;
import newssearch.item.Person;

/**
 * Items as JSON lines: one object per line with the columns of the CSV, lists as arrays and people as
 * {@code {"name", "role"}} objects, so nothing needs splitting again.
 */
final class JsonLinesItemWriter implements ItemWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private final Writer out;
    private final String siteUrl;

    JsonLinesItemWriter(Writer out, String siteUrl) {
        this.out = out;
        this.siteUrl = siteUrl;
    }

    @Override
    public void start() {
        // JSON lines have no header.
    }

    @Override
    public void write(NewsItem item) throws IOException {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", item.id());
        json.put("title", item.title());
        json.put("date", item.date().date().map(Object::toString).orElse(null));
        json.put("dateSource", item.date().source().label());
        strings(json.putArray("issuers"), item.issuers());
        strings(json.putArray("fieldsOfWork"), item.fieldsOfWork());
        strings(json.putArray("countries"), item.countries());
        ArrayNode people = json.putArray("people");
        for (Person person : item.people()) {
            people.addObject().put("name", person.name()).put("role", person.role().orElse(null));
        }
        json.put("link", ExportRow.link(siteUrl, item));
        out.write(MAPPER.writeValueAsString(json));
        out.write('\n');
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}

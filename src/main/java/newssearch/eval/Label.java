package newssearch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import newssearch.item.Person;
import newssearch.item.Quote;

/**
 * What a person read from a labelled page (the schema of {@code eval/README.md}).
 *
 * @param dateEvidence where the page gives its date: metadata, text_full, text_partial, or none
 * @param quotes       the quotations, when the label lists them (the key is optional)
 */
public record Label(String file, String contentType, String title, LocalDate date, String dateEvidence,
                    List<String> issuedBy, List<String> fieldsOfWork, List<Person> people, List<String> places,
                    List<String> countries, Optional<List<Quote>> quotes) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Label {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateEvidence, "dateEvidence");
        issuedBy = List.copyOf(issuedBy);
        fieldsOfWork = List.copyOf(fieldsOfWork);
        people = List.copyOf(people);
        places = List.copyOf(places);
        countries = List.copyOf(countries);
        quotes = quotes.map(List::copyOf);
    }

    /** Whether the page itself states its publishing date; only those pages score the date. */
    public boolean hasDateEvidence() {
        return !dateEvidence.equals("none");
    }

    /** Reads a label file; a malformed one is an IOException that names the file and the key. */
    public static Label read(Path file) throws IOException {
        JsonNode json = MAPPER.readTree(Files.readString(file));
        try {
            List<Person> people = new ArrayList<>();
            for (JsonNode person : required(json, "people")) {
                JsonNode role = person.get("role");
                people.add(Person.of(required(person, "name").asText(),
                        role == null || role.isNull() ? null : role.asText()));
            }
            return new Label(required(json, "file").asText(), required(json, "content_type").asText(),
                    required(json, "title").asText(), LocalDate.parse(required(json, "date").asText()),
                    required(json, "date_evidence").asText(), strings(json, "issued_by"),
                    strings(json, "fields_of_work"), people, strings(json, "places"), strings(json, "countries"),
                    quotes(json));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IOException(file + " is not a label: " + e.getMessage() + ": see eval/README.md", e);
        }
    }

    private static Optional<List<Quote>> quotes(JsonNode json) {
        JsonNode list = json.get("quotes");
        if (list == null || list.isNull()) {
            return Optional.empty();
        }
        List<Quote> quotes = new ArrayList<>();
        for (JsonNode quote : list) {
            JsonNode speaker = quote.get("speaker");
            quotes.add(Quote.of(required(quote, "text").asText(),
                    speaker == null || speaker.isNull() ? null : speaker.asText()));
        }
        return Optional.of(quotes);
    }

    private static JsonNode required(JsonNode json, String key) {
        JsonNode value = json.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no key \"" + key + "\"");
        }
        return value;
    }

    private static List<String> strings(JsonNode json, String key) {
        List<String> values = new ArrayList<>();
        required(json, key).forEach(value -> values.add(value.asText()));
        return values;
    }
}

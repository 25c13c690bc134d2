package newssearch.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.search.InvalidRequestException;

/** CSV and JSON lines of items, read back with Commons CSV and Jackson as a spreadsheet or a notebook would. */
class ItemWriterTest {

    private static final String SITE = "http://news.example:7070";

    private static NewsItem item(String id, String title, List<String> issuers, List<Person> people,
                                 List<String> countries) {
        return new NewsItem(id, id + ".txt", Optional.empty(), title, "A lead.", List.of("Body."),
                ItemDate.of(LocalDate.of(2024, 3, 12), DateSource.DATELINE), issuers, List.of("Elections"), people,
                List.of(), countries, List.of());
    }

    private static String write(ExportFormat format, NewsItem... items) throws IOException {
        StringWriter out = new StringWriter();
        ItemWriter writer = format.writer(out, SITE);
        writer.start();
        for (NewsItem item : items) {
            writer.write(item);
        }
        writer.finish();
        return out.toString();
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            assertEquals(List.of("id", "title", "date", "dateSource", "issuers", "fieldsOfWork", "countries",
                    "people", "link"), parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void severalValuesShareACellJoinedBySemicolons() throws IOException {
        NewsItem item = item("a1", "Observers, \"long-term\", arrive\nin Tbilisi",
                List.of("OSCE/ODIHR", "OSCE Parliamentary Assembly"),
                List.of(Person.of("Matteo Mecacci", "ODIHR Director"), Person.of("Jane Doe", null)),
                List.of("Georgia", "Türkiye"));
        String csv = write(ExportFormat.CSV, item);
        assertTrue(csv.contains("\r\n"), "RFC 4180 ends records with CRLF");
        CSVRecord row = records(csv).get(0);
        assertEquals("a1", row.get("id"));
        assertEquals("Observers, \"long-term\", arrive\nin Tbilisi", row.get("title"));
        assertEquals("2024-03-12", row.get("date"));
        assertEquals("dateline", row.get("dateSource"));
        assertEquals("OSCE/ODIHR; OSCE Parliamentary Assembly", row.get("issuers"));
        assertEquals("Elections", row.get("fieldsOfWork"));
        assertEquals("Georgia; Türkiye", row.get("countries"));
        assertEquals("Matteo Mecacci (ODIHR Director); Jane Doe", row.get("people"));
        assertEquals(SITE + "/?item=a1", row.get("link"));
    }

    @Test
    void cellsASpreadsheetWouldRunAsFormulasStayText() throws IOException {
        NewsItem item = item("f1", "=HYPERLINK(\"http://evil.example\",\"click\")", List.of("+1+1"),
                List.of(Person.of("@SUM(A1)", "-2+3")), List.of("\tTab"));
        CSVRecord row = records(write(ExportFormat.CSV, item)).get(0);
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", row.get("title"));
        assertEquals("'+1+1", row.get("issuers"));
        assertEquals("'@SUM(A1) (-2+3)", row.get("people"));
        assertEquals("'\tTab", row.get("countries"));
        assertEquals("2024-03-12", row.get("date"), "an ordinary cell is left alone");
    }

    @Test
    void jsonLinesKeepListsAndPeopleAsTheyAre() throws IOException {
        NewsItem dated = item("j1", "=Not a formula here", List.of("OSCE"),
                List.of(Person.of("Jane Doe", null)), List.of("Georgia", "Armenia"));
        NewsItem undated = new NewsItem("j2", "j2.txt", Optional.empty(), "Undated", "", List.of(), ItemDate.none(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        String[] lines = write(ExportFormat.JSONL, dated, undated).split("\n");
        assertEquals(2, lines.length);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines[0]);
        assertEquals("=Not a formula here", first.get("title").asText(), "JSON is not run by spreadsheets");
        assertEquals(2, first.get("countries").size());
        assertEquals("Jane Doe", first.get("people").get(0).get("name").asText());
        assertTrue(first.get("people").get(0).get("role").isNull());
        JsonNode second = json.readTree(lines[1]);
        assertTrue(second.get("date").isNull());
        assertEquals("none", second.get("dateSource").asText());
        assertEquals(SITE + "/?item=j2", second.get("link").asText());
    }

    @Test
    void anUnknownFormatNamesTheParameter() {
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> ExportFormat.parse("xlsx"));
        assertEquals("format must be csv or jsonl, got 'xlsx'", e.getMessage());
    }
}

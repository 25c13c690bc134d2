package newssearch.cli;

import static newssearch.cli.CommandRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search --format table|csv|jsonl}: the export of the web API from the terminal. */
class SearchFormatTest {

    @TempDir
    static Path work;

    private static String index;


    @BeforeAll
    static void index() {
        index = work.resolve("index").toString();
        CommandRun indexed = run("index", "--no-vectors", "--seeds", "seeds", "--index", index);
        assertEquals(0, indexed.code(), indexed.err());
    }

    @Test
    void csvListsEveryMatchWithAHeader() throws Exception {
        CommandRun run = run("search", "terrorism", "--format", "csv", "--size", "1", "--index", index,
                "--link-base", "https://news.example");
        assertEquals(0, run.code(), run.err());
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(run.out()), format)) {
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(List.of("000_a91628f60ba626d3", "002_1899501280fdbaa4"),
                    rows.stream().map(r -> r.get("id")).sorted().toList(), "--size does not bound an export");
            assertEquals("https://news.example/?item=" + rows.get(0).get("id"), rows.get(0).get("link"));
        }
    }

    @Test
    void jsonlIsOneObjectPerLine() throws Exception {
        CommandRun run = run("search", "critical", "infrastructure", "--format", "jsonl", "--index", index);
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(1, lines.length, run.out());
        assertEquals("002_1899501280fdbaa4", new ObjectMapper().readTree(lines[0]).get("id").asText());
    }

    @Test
    void tableIsTheDefaultAndAnUnknownFormatIsRefused() {
        assertTrue(run("search", "terrorism", "--format", "table", "--index", index).out().startsWith("2 hits in"));
        CommandRun bad = run("search", "terrorism", "--format", "xml", "--index", index);
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--format must be table, csv or jsonl, got 'xml'"), bad.err());
    }
}

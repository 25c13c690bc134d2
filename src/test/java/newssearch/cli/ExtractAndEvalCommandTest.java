package newssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractAndEvalCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {

        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = NewsSearchCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private Path copyFixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/pages/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void extractPrintsOneJsonObjectPerPageWithExactlyTheIssuesKeys() throws Exception {
        copyFixture("dateline-vienna.txt");
        copyFixture("no-date.txt");
        Run run = run("extract", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(2, run.lines().size());
        JsonNode first = MAPPER.readTree(run.lines().get(0));
        assertEquals(List.of("file", "contentType", "title", "date", "dateSource", "issuedBy", "fieldsOfWork",
                "people", "places", "countries", "body", "quotes"), iterable(first));
        assertEquals("dateline-vienna.txt", first.get("file").asText());
        assertEquals("2017-05-31", first.get("date").asText());
        assertEquals("dateline", first.get("dateSource").asText());
        assertEquals("[\"Vienna\"]", first.get("places").toString());
        JsonNode undated = MAPPER.readTree(run.lines().get(1));
        assertTrue(undated.get("date").isNull());
        assertEquals("none", undated.get("dateSource").asText());
    }

    @Test
    void extractPrintsTheQuotationsWithTheirSpeakers() throws Exception {
        Path page = copyFixture("quotations.txt");
        Run run = run("extract", page.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode quotes = MAPPER.readTree(run.lines().get(0)).get("quotes");
        assertEquals(2, quotes.size(), quotes.toString());
        assertEquals("Anna Berg", quotes.get(0).get("speaker").asText());
        assertEquals("Every vote must be counted in the same way at every polling station,",
                quotes.get(0).get("text").asText());
        assertEquals("Anna Berg", quotes.get(1).get("speaker").asText());
        assertEquals("Trust in elections starts there.", quotes.get(1).get("text").asText());
    }

    @Test
    void extractSkipsABadPageWithItsReasonAndExitCode3() throws Exception {
        Path good = copyFixture("two-issuers.txt");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Run run = run("extract", good.toString(), empty.toString());
        assertEquals(3, run.exitCode());
        assertEquals(1, run.lines().size());
        assertTrue(run.err().contains("empty.txt: is empty"), run.err());
    }

    @Test
    void evalScoresLabelledPagesAndEndsWithTheSummaryLine() throws Exception {
        copyFixture("dateline-vienna.txt");
        Files.writeString(dir.resolve("dateline-vienna.json"), """
                {"file": "dateline-vienna.txt", "content_type": "Press Release",
                 "title": "Border guards complete course on document security", "date": "2017-05-31",
                 "date_evidence": "text_full", "issued_by": ["OSCE Secretariat"],
                 "fields_of_work": ["Border management"], "people": [{"name": "Jana Novak", "role": null}],
                 "places": ["Vienna"], "countries": ["Austria"], "source_url": null}
                """);
        copyFixture("no-date.txt");
        Run run = run("eval", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("eval: docs=1 title=1.000 date=1.000 issuers=1.000 fields=1.000 people=0.000 roles=0.000"
                + " places=1.000 countries=1.000 quotes=1.000 navLeak=0", run.lines().get(run.lines().size() - 1));
        assertTrue(run.out().contains("dateline-vienna.txt people: Jana Novak -> -"), run.out());
    }

    @Test
    void evalScoresQuotesOnlyOnPagesWhoseLabelListsThem() throws Exception {
        copyFixture("quotations.txt");
        copyFixture("no-date.txt");
        Files.writeString(dir.resolve("quotations.json"), """
                {"file": "quotations.txt", "content_type": "News Item",
                 "title": "Election officials in Kyrgyzstan trained on counting procedures", "date": "2019-03-12",
                 "date_evidence": "text_full", "issued_by": ["OSCE Programme Office in Bishkek"],
                 "fields_of_work": ["Elections"],
                 "people": [{"name": "Anna Berg", "role": "Head of the OSCE Programme Office in Bishkek"}],
                 "places": ["Bishkek", "Kyrgyzstan", "Osh"], "countries": ["Kyrgyzstan"], "source_url": null,
                 "quotes": [
                   {"speaker": "Anna Berg", "text": "Every  vote must be counted in the same way at all stations"},
                   {"speaker": "Anna Berg", "text": "Trust in elections starts there."},
                   {"speaker": null, "text": "The course will be repeated in Osh next spring."}]}
                """);
        Files.writeString(dir.resolve("no-date.json"), """
                {"file": "no-date.txt", "content_type": "News Item", "title": "New handbook for election observers",
                 "date": "2019-02-01", "date_evidence": "none",
                 "issued_by": ["OSCE Office for Democratic Institutions and Human Rights"],
                 "fields_of_work": ["Elections"], "people": [], "places": [], "countries": [], "source_url": null}
                """);
        Run run = run("eval", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("(tp=2 fp=0 fn=1)  (1 pages with quotes labelled)"), run.out());
        String miss = "quotations.txt quotes: -: “The course will be repeated in Osh next spring.” -> -";
        assertTrue(run.out().contains(miss), run.out());
        assertEquals("eval: docs=2 title=1.000 date=1.000 issuers=1.000 fields=1.000 people=1.000 roles=1.000"
                + " places=1.000 countries=1.000 quotes=0.800 navLeak=0", run.lines().get(run.lines().size() - 1));
    }

    @Test
    void evalJsonPrintsTheReportThenTheSameSummaryLine() throws Exception {
        copyFixture("no-date.txt");
        Files.writeString(dir.resolve("no-date.json"), """
                {"file": "no-date.txt", "content_type": "News Item", "title": "New handbook for election observers",
                 "date": "2019-02-01", "date_evidence": "none",
                 "issued_by": ["OSCE Office for Democratic Institutions and Human Rights"],
                 "fields_of_work": ["Elections"], "people": [], "places": [], "countries": [], "source_url": null}
                """);
        Run run = run("eval", "--json", dir.toString());
        JsonNode report = MAPPER.readTree(run.lines().get(0));
        assertEquals(1, report.get("fields").get("date").get("undatedPages").asInt());
        assertEquals(0, report.get("fields").get("date").get("total").asInt());
        assertEquals("eval: docs=1 title=1.000 date=1.000 issuers=1.000 fields=1.000 people=1.000 roles=1.000"
                + " places=1.000 countries=1.000 quotes=1.000 navLeak=0", run.lines().get(1));
    }

    @Test
    void evalOnAFolderWithoutLabelsSaysWhatToDo() throws Exception {
        copyFixture("no-date.txt");
        Run run = run("eval", dir.toString());
        assertEquals(NewsSearchCommand.EXIT_FAILURE, run.exitCode());
        assertTrue(run.err().startsWith("newssearch: No labels"), run.err());
    }

    private static List<String> iterable(JsonNode node) {
        List<String> keys = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}

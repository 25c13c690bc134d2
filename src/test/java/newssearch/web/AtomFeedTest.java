package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /api/search.atom}: a search as an Atom feed, read back with ROME as a feed reader would. */
class AtomFeedTest {

    @TempDir
    static Path work;

    private static TestServer server;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.overSeedsAndFixtures(work);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SyndFeed feed(String query) throws Exception {
        HttpResponse<String> response = server.get("/api/search.atom" + query);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        SyndFeed feed = new SyndFeedInput().build(
                new XmlReader(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))));
        assertEquals("atom_1.0", feed.getFeedType());
        return feed;
    }

    /** The hits the feed should hold: the search's newest first, those with a date. */
    private static List<JsonNode> datedHits(String query) throws Exception {
        List<JsonNode> hits = new ArrayList<>();
        server.json("/api/search" + query + (query.isEmpty() ? "?" : "&") + "sort=date&size=50").get("hits")
                .forEach(hit -> {
                    if (!hit.get("date").isNull()) {
                        hits.add(hit);
                    }
                });
        return hits;
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static Date midnight(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    @Test
    void aSearchsFeedHasOneEntryPerDatedHitNewestFirst() throws Exception {
        SyndFeed feed = feed("?q=terrorism");
        List<JsonNode> hits = datedHits("?q=terrorism");
        assertFalse(hits.isEmpty());
        assertEquals("OSCE news search: “terrorism”", feed.getTitle());
        assertEquals(hits.size(), feed.getEntries().size());
        assertEquals(midnight(hits.get(0).get("date").asText()), feed.getPublishedDate());
        for (int i = 0; i < hits.size(); i++) {
            JsonNode hit = hits.get(i);
            SyndEntry entry = feed.getEntries().get(i);
            assertEquals(hit.get("title").asText(), entry.getTitle());
            assertEquals(midnight(hit.get("date").asText()), entry.getUpdatedDate());
            assertEquals(base() + "/?q=terrorism&sort=date&item=" + hit.get("id").asText(), entry.getLink());
            assertEquals("html", entry.getDescription().getType());
            assertEquals(hit.get("snippet").asText(), entry.getDescription().getValue());
            assertTrue(entry.getUri().startsWith("urn:uuid:"), entry.getUri());
        }
    }

    @Test
    void theFeedLinksItselfAndTheSearchPage() throws Exception {
        SyndFeed feed = feed("?q=terrorism&country=Germany");
        List<String> links = new ArrayList<>();
        for (SyndLink link : feed.getLinks()) {
            links.add(link.getRel() + " " + link.getHref());
        }
        assertEquals(List.of(
                "alternate " + base() + "/?q=terrorism&country=Germany&sort=date",
                "self " + base() + "/api/search.atom?q=terrorism&country=Germany&sort=date"),
                links.stream().sorted().toList());
        assertEquals("OSCE news search: “terrorism” · country: Germany", feed.getTitle());
    }

    @Test
    void idsStayTheSameFromFetchToFetchAndFollowTheItem() throws Exception {
        SyndFeed first = feed("?q=terrorism");
        SyndFeed again = feed("?q=terrorism");
        assertEquals(first.getUri(), again.getUri());
        assertEquals(uris(first), uris(again));
        SyndFeed other = feed("?q=terrorism+OR+border");
        assertNotEquals(first.getUri(), other.getUri());
        assertTrue(uris(other).containsAll(uris(first)), "an item keeps its entry id in every feed");
    }

    private static List<String> uris(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getUri).toList();
    }

    @Test
    void filtersNarrowTheFeedAsTheyNarrowTheSearch() throws Exception {
        for (String query : List.of("?country=Germany", "?year=2024", "?from=2023-01-01", "")) {
            assertEquals(datedHits(query).size(), feed(query).getEntries().size(), query);
        }
    }

    @Test
    void aSearchWithoutMatchesIsAnEmptyFeed() throws Exception {
        SyndFeed feed = feed("?q=zzzzqqqq");
        assertEquals(List.of(), feed.getEntries());
        assertTrue(feed.getUri().startsWith("urn:uuid:"));
    }

    @Test
    void markupInATitleIsTextInTheFeed() throws Exception {
        List<JsonNode> hits = datedHits("?q=script+alert");
        SyndFeed feed = feed("?q=script+alert");
        assertTrue(hits.get(0).get("title").asText().contains("<script>"), hits.toString());
        assertEquals(hits.size(), feed.getEntries().size());
        for (int i = 0; i < hits.size(); i++) {
            assertEquals(hits.get(i).get("title").asText(), feed.getEntries().get(i).getTitle());
        }
    }

    @Test
    void aBadParameterIsTheJsonError() throws Exception {
        HttpResponse<String> response = server.get("/api/search.atom?from=someday");
        assertEquals(400, response.statusCode());
        assertEquals("invalid_parameter", TestServer.parse(response.body()).get("error").asText());
    }
}

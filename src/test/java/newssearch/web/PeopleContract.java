package newssearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A person's view and the holders of an office: {@code /api/people/{name}}, {@code /api/offices?q=} and
 * {@code /api/offices/{office}}, through the real server, on every backend. Besides the seeds, four press
 * releases of the Representative on Freedom of the Media name its holders, once with and once without
 * diacritics, once by the short form "the OSCE Representative", beside a journalist who shares a surname.
 */
public abstract class PeopleContract extends ServedContract {

    private static final String RFOM = "OSCE Representative on Freedom of the Media";

    @Override
    protected List<Path> morePages() {
        return List.of(Path.of("src/test/resources/pages/people"));
    }

    private static String segment(String value) {
        return TestServer.encode(value).replace("+", "%20");
    }

    private JsonNode person(String name) throws Exception {
        return server.json("/api/people/" + segment(name));
    }

    private static List<String> lines(JsonNode array, String... keys) {
        List<String> lines = new ArrayList<>();
        for (JsonNode entry : array) {
            List<String> values = new ArrayList<>();
            if (keys.length == 0) {
                values.add(entry.asText());
            }
            for (String key : keys) {
                values.add(entry.get(key).asText());
            }
            lines.add(String.join(" | ", values));
        }
        return lines;
    }

    @Test
    void aPersonWrittenWithAndWithoutDiacriticsIsOneEntryWithTheirPostsAndItems() throws Exception {
        for (String name : List.of("Harlem Désir", "Harlem Desir", "Ambassador Harlem Desir")) {
            JsonNode desir = person(name);
            assertEquals("Harlem Désir", desir.get("name").asText(), name);
            assertEquals(List.of("Harlem Désir", "Harlem Desir"), lines(desir.get("variants")), name);
            assertEquals(List.of(RFOM + " | 2018-03-06 | 2019-05-14 | 2"), lines(desir.get("roles"), "role", "from",
                    "to", "items"));
            assertEquals(List.of("2019-05-14 | " + RFOM, "2018-03-06 | " + RFOM), lines(desir.get("items"), "date",
                    "role"));
            assertTrue(desir.get("items").get(0).get("title").asText().startsWith("Media freedom representative"));
            assertEquals(2, desir.get("quotes").asInt());
            assertEquals(List.of("Armen Sargsyan | 1", "Elnur Mammadov | 1"), lines(desir.get("related"), "name",
                    "count"));
            assertTrue(lines(desir.get("countries"), "value", "count").contains("Azerbaijan | 1"),
                    desir.get("countries").toString());
        }
    }

    @Test
    void thePersonFacetCountsOnePersonOnceAndItsFilterFindsEveryWriting() throws Exception {
        JsonNode all = server.json("/api/search?q=&facetLimit.person=all");
        List<String> people = lines(all.get("facets").get("person"), "value", "count");
        assertTrue(people.contains("Harlem Désir | 2") && people.contains("Katrín Jakobsdóttir | 2"), people::toString);
        assertTrue(people.contains("Teresa Ribeiro | 2") && people.contains("Maria Ribeiro | 1"), people::toString);
        assertTrue(people.stream().noneMatch(p -> p.startsWith("Harlem Desir") || p.startsWith("Katrin ")),
                people::toString);
        for (String name : List.of("Harlem Desir", "Harlem Désir")) {
            assertEquals(2, server.json("/api/search?q=&person=" + TestServer.encode(name)).get("total").asInt());
            assertEquals(2, server.json("/api/quotes?q=&person=" + TestServer.encode(name)).get("total").asInt());
        }
        List<String> speakers = lines(server.json("/api/quotes?q=&facetLimit.person=all").get("facets")
                .get("person"), "value", "count");
        assertTrue(speakers.contains("Harlem Désir | 2"), speakers::toString);
    }

    @Test
    void aShortFormOfTheRoleIsTheOfficeWhenTheItemSaysWhich() throws Exception {
        JsonNode ribeiro = person("Teresa Ribeiro");
        assertEquals(List.of(RFOM + " | 2020-12-04 | 2023-03-09 | 2"), lines(ribeiro.get("roles"), "role", "from",
                "to", "items"));
        assertEquals(List.of("2023-03-09 | OSCE Representative", "2020-12-04 | " + RFOM), lines(ribeiro.get("items"),
                "date", "role"));
    }

    @Test
    void twoPeopleWhoShareASurnameAreTwoEntries() throws Exception {
        assertEquals(List.of("Maria Ribeiro"), lines(person("Maria Ribeiro").get("variants")));
        assertEquals(1, person("Maria Ribeiro").get("items").size());
        assertEquals(2, person("Teresa Ribeiro").get("items").size());
        JsonNode katrin = person("Katrin Jakobsdottir");
        assertEquals("Katrín Jakobsdóttir", katrin.get("name").asText());
        assertEquals(List.of("Prime Minister of Iceland | 2020-12-04 | 2020-12-04 | 1",
                "Prime Minister | 2023-03-09 | 2023-03-09 | 1"), lines(katrin.get("roles"), "role", "from", "to",
                "items"));
    }

    @Test
    void aNameNoItemNamesIsNotFound() throws Exception {
        HttpResponse<String> response = server.get("/api/people/" + segment("Nobody Atall"));
        assertEquals(404, response.statusCode());
        assertEquals("not_found", TestServer.parse(response.body()).get("error").asText());
        // The answer says what was not found and where to look, not that the endpoint does not exist.
        assertTrue(TestServer.parse(response.body()).get("message").asText().startsWith("No item names 'Nobody Atall'"),
                response.body());
        HttpResponse<String> office = server.get("/api/offices/" + segment("Head of Nothing"));
        assertEquals(404, office.statusCode());
        assertTrue(TestServer.parse(office.body()).get("message").asText().contains("/api/offices?q="), office.body());
    }

    @Test
    void anOfficeListsItsHoldersInTheOrderOfTheirFirstItem() throws Exception {
        JsonNode offices = server.json("/api/offices?q=" + TestServer.encode("freedom media")).get("offices");
        assertEquals(RFOM, offices.get(0).get("office").asText());
        List<String> holders = List.of("Harlem Désir | 2018-03-06 | 2019-05-14 | 2",
                "Teresa Ribeiro | 2020-12-04 | 2023-03-09 | 2");
        assertEquals(holders, lines(offices.get(0).get("holders"), "name", "from", "to", "items"));
        JsonNode office = server.json("/api/offices/" + segment(RFOM));
        assertEquals(RFOM, office.get("office").asText());
        assertEquals(holders, lines(office.get("holders"), "name", "from", "to", "items"));
    }

    @Test
    void aPostAtAFieldOperationIsOneOfficeHoweverTheRoleIsWritten() throws Exception {
        JsonNode offices = server.json("/api/offices?q=" + TestServer.encode("Centre in Ashgabat")).get("offices");
        assertEquals("Head of the OSCE Centre in Ashgabat", offices.get(0).get("office").asText());
        assertEquals(List.of("John McGregor | 2024-11-22 | 2025-04-01 | 2"), lines(offices.get(0).get("holders"),
                "name", "from", "to", "items"));
        JsonNode mcgregor = person("John McGregor");
        assertEquals(List.of("Head of the OSCE Centre in Ashgabat | 2024-11-22 | 2025-04-01 | 2"),
                lines(mcgregor.get("roles"), "role", "from", "to", "items"));
        assertEquals(3, mcgregor.get("quotes").asInt());
    }
}

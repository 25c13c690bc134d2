package newssearch.lucene;

import static newssearch.lucene.TestItems.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import newssearch.item.NewsItem;
import newssearch.item.Person;
import newssearch.search.SearchResult;
import newssearch.search.SearchRequest;
import newssearch.search.Hit;
import newssearch.search.ItemView;
import newssearch.search.SortOrder;
import newssearch.search.IndexStats;

class LuceneSearchTest {

    private static LuceneSearch searcher;

    @BeforeAll
    static void index() throws IOException {
        searcher = TestItems.searcherOf(
                item("border").title("Border guards trained in Moldova")
                        .lead("Border officials from Moldova completed a training course on risk analysis.")
                        .body("The course took place in Chisinau.", "It covered co-operation between agencies.")
                        .date("2023-05-10").issuers("OSCE Mission to Moldova").fields("Border management")
                        .places("Moldova", "Chisinau").countries("Moldova")
                        .people(Person.of("Jane Doe", "Head of the OSCE Mission to Moldova")).build(),
                item("cyber").title("Cyber security workshop for Czech and German experts")
                        .lead("Experts from Czechia and Germany discussed critical infrastructure.")
                        .body("Terrorism and cyber threats were on the agenda.")
                        .date("2024-11-22").issuers("OSCE Secretariat").fields("Cyber/ICT Security", "Countering terrorism")
                        .countries("Czechia", "Germany").build(),
                item("turkiye").title("Election observers deployed in Türkiye")
                        .lead("Observers arrived in Ankara ahead of the vote.")
                        .body("The mission trains observers on media monitoring and visits the border.")
                        .date("2025-03-01").issuers("ODIHR").fields("Elections")
                        .places("Ankara").countries("Türkiye").build(),
                item("germany").title("Police reform conference in Berlin")
                        .lead("Police leaders met in Berlin to discuss community policing and terrorism prevention.")
                        .date("2022-01-15").issuers("OSCE Secretariat").fields("Policing", "Countering terrorism")
                        .places("Berlin").countries("Germany").build(),
                item("undated").title("Youth forum on tolerance")
                        .lead("Young people discussed tolerance and non-discrimination.")
                        .fields("Youth").build());
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResult search(String query) throws IOException {
        return searcher.search(SearchRequest.of(query));
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(Hit::id).toList();
    }

    @Test
    void emptyQueryListsEveryItemNewestFirstUndatedLast() throws IOException {
        SearchResult result = search("");
        assertEquals(5, result.total());
        assertEquals(List.of("turkiye", "cyber", "border", "germany", "undated"), ids(result));
    }

    @Test
    void itemsWithEveryWordAcrossFieldsComeBeforeItemsWithSome() throws IOException {
        assertEquals("cyber", ids(search("terrorism czechia")).get(0));
        List<String> training = ids(search("chisinau training"));
        assertEquals("border", training.get(0));
        assertTrue(training.contains("turkiye"), "an item with one of the words still matches: " + training);
    }

    @Test
    void questionWordsNeverBlockAMatch() throws IOException {
        assertEquals("border", ids(search("who trained the border guards in Moldova?")).get(0));
        assertEquals(ids(search("border guards")), ids(search("what about border guards")));
    }

    @Test
    void stemmingFindsOtherFormsOfAWord() throws IOException {
        List<String> trained = ids(search("training"));
        assertTrue(trained.containsAll(List.of("border", "turkiye")), trained.toString());
    }

    @Test
    void diacriticsAndHyphensFold() throws IOException {
        assertEquals(List.of("turkiye"), ids(search("turkiye")));
        assertEquals(List.of("border"), ids(search("cooperation")));
    }

    @Test
    void countryAliasesFindTheStatesTheyName() throws IOException {
        assertEquals(List.of("cyber"), ids(search("Czech Republic")));
        assertEquals(List.of("turkiye"), ids(search("Turkey")));
    }

    @Test
    void titleMatchRanksAboveBodyMatch() throws IOException {
        assertEquals(List.of("border", "turkiye"), ids(search("border")));
    }

    @Test
    void exclusionPhraseAndFieldSyntax() throws IOException {
        assertEquals(List.of("germany"), ids(search("terrorism -cyber")));
        assertEquals(List.of("cyber"), ids(search("\"critical infrastructure\"")));
        assertEquals(List.of("turkiye"), ids(search("place:Ankara")));
        assertEquals(List.of("border"), ids(search("person:doe")));
        assertEquals(4, search("-youth").total());
    }

    @Test
    void trailingStarIsAPrefix() throws IOException {
        assertEquals(List.of("border"), ids(search("chisin*")));
    }

    @Test
    void malformedQueriesAreSearchedAsWords() throws IOException {
        assertEquals(List.of("germany"), ids(search("police (((")));
        assertEquals(List.of("germany"), ids(search("\"police")));
        assertEquals(0, search("AND").total());
        assertEquals(0, search("*").total());
        assertEquals(0, search("title:").total());
        assertEquals(List.of("border"), ids(search("moldova)")));
    }

    @Test
    void facetsCountEveryDimensionByCountThenName() throws IOException {
        SearchResult result = search("");
        assertEquals("[Germany (2), Czechia (1), Moldova (1), Türkiye (1)]", result.facets().get("country").toString());
        assertEquals("[Countering terrorism (2), Border management (1), Cyber/ICT Security (1), Elections (1), "
                + "Policing (1)]", result.facets().get("fieldOfWork").toString().replace(", Youth (1)", ""));
        assertEquals("[Jane Doe (1)]", result.facets().get("person").toString());
        assertEquals("[2022 (1), 2023 (1), 2024 (1), 2025 (1)]", result.facets().get("year").toString());
    }

    @Test
    void selectedCountryFiltersHitsButKeepsOtherCountriesCounts() throws IOException {
        SearchResult result = searcher.search(SearchRequest.of("").withFilter("country", "Germany"));
        assertEquals(List.of("cyber", "germany"), ids(result));
        assertEquals("[Germany (2), Czechia (1), Moldova (1), Türkiye (1)]", result.facets().get("country").toString());
        assertEquals("[Countering terrorism (2), Cyber/ICT Security (1), Policing (1)]",
                result.facets().get("fieldOfWork").toString());
    }

    @Test
    void valuesOfOneDimensionAreOredAndDimensionsAnded() throws IOException {
        SearchRequest both = SearchRequest.of("").withFilter("country", "Moldova", "Türkiye");
        assertEquals(List.of("turkiye", "border"), ids(searcher.search(both)));
        SearchRequest andField = both.withFilter("fieldOfWork", "Elections");
        assertEquals(List.of("turkiye"), ids(searcher.search(andField)));
    }

    @Test
    void dateRangeAndDateSort() throws IOException {
        SearchRequest range = new SearchRequest("", Map.of(), Optional.of(LocalDate.parse("2023-01-01")),
                Optional.of(LocalDate.parse("2024-12-31")), SortOrder.RELEVANCE, 1, 10, 10);
        assertEquals(List.of("cyber", "border"), ids(searcher.search(range)));
        SearchRequest byDate = new SearchRequest("terrorism", Map.of(), Optional.empty(), Optional.empty(),
                SortOrder.DATE, 1, 10, 10);
        assertEquals(List.of("cyber", "germany"), ids(searcher.search(byDate)));
    }

    @Test
    void pagingKeepsTheExactTotal() throws IOException {
        SearchRequest second = new SearchRequest("", Map.of(), Optional.empty(), Optional.empty(),
                SortOrder.RELEVANCE, 2, 2, 10);
        SearchResult result = searcher.search(second);
        assertEquals(5, result.total());
        assertEquals(List.of("border", "germany"), ids(result));
    }

    @Test
    void facetLimitCutsEachDimension() throws IOException {
        SearchRequest limited = new SearchRequest("", Map.of(), Optional.empty(), Optional.empty(),
                SortOrder.RELEVANCE, 1, 10, 1);
        assertEquals("[Germany (2)]", searcher.search(limited).facets().get("country").toString());
    }

    @Test
    void highlightsMarkStemmedMatchesAndEscapeTheRest() throws IOException {
        Hit hit = search("trains").hits().stream().filter(h -> h.id().equals("border")).findFirst().orElseThrow();
        assertEquals("Border guards <mark>trained</mark> in Moldova", hit.titleHtml());
        assertTrue(hit.snippet().contains("<mark>training</mark>"), hit.snippet());
    }

    @Test
    void anIssuersOtherNamesAreCountedAsOneBodyAndShownAsWritten() throws IOException {
        try (LuceneSearch odihr = TestItems.searcherOf(
                item("short").title("Election report presented")
                        .issuers("Office for Democratic Institutions and Human Rights").build(),
                item("full").title("Election observers deployed")
                        .issuers("OSCE Office for Democratic Institutions and Human Rights",
                                "OSCE Parliamentary Assembly").build())) {
            SearchResult all = odihr.search(SearchRequest.of(""));
            assertEquals("[OSCE Office for Democratic Institutions and Human Rights (2), "
                    + "OSCE Parliamentary Assembly (1)]", all.facets().get("issuer").toString());
            Hit shortName = all.hits().stream().filter(h -> h.id().equals("short")).findFirst().orElseThrow();
            assertEquals(List.of("Office for Democratic Institutions and Human Rights"), shortName.issuers());
            assertEquals(2, odihr.search(SearchRequest.of("").withFilter("issuer", "ODIHR")).total());
        }
    }

    @Test
    void misspelledQueryGetsADidYouMean() throws IOException {
        SearchResult result = search("terorism");
        assertEquals(0, result.total());
        assertEquals(Optional.of("terrorism"), result.didYouMean());
        assertFalse(search("terrorism").didYouMean().isPresent());
    }

    @Test
    void itemViewHasTheWholeItemAndRelatedItems() throws IOException {
        ItemView view = searcher.item("germany").orElseThrow();
        assertEquals("Police reform conference in Berlin", view.item().title());
        assertFalse(view.related().stream().anyMatch(hit -> hit.id().equals("germany")));
        assertTrue(searcher.item("missing").isEmpty());
        ItemView border = searcher.item("border").orElseThrow();
        assertEquals(Optional.of("Head of the OSCE Mission to Moldova"), border.item().people().get(0).role());
    }

    @Test
    void suggestionsCompleteTitlesPeopleAndPlaces() throws IOException {
        List<String> suggestions = searcher.suggest("berl", 5);
        assertTrue(suggestions.contains("Berlin"), suggestions.toString());
        assertTrue(suggestions.contains("Police reform conference in Berlin"), suggestions.toString());
        assertTrue(searcher.suggest("jane", 5).contains("Jane Doe"));
    }

    @Test
    void statsCountDocumentsAndFacetValues() throws IOException {
        IndexStats stats = searcher.stats();
        assertEquals(5, stats.documents());
        assertEquals(4, stats.facetValues().get("country"));
        assertTrue(stats.sizeBytes() > 0);
    }

    /** Hits and facets are read per segment and merged; many segments must answer as one does. */
    @Test
    void aSearchOverManySegmentsAnswersAsOverOne() throws IOException {
        NewsItem[] items = new NewsItem[30];
        String[] countries = {"Ukraine", "Serbia", "Moldova"};
        String[] fields = {"Human rights", "Elections", "Media freedom"};
        for (int i = 0; i < items.length; i++) {
            items[i] = TestItems.item("item-" + i)
                    .title("Report " + i + (i % 2 == 0 ? " on human rights" : " on security cooperation"))
                    .lead(i % 3 == 0 ? "Human rights defenders met in the capital." : "Security experts met.")
                    .body("Paragraph " + i + " about security, rights and human dignity.")
                    .date("2020-0" + (1 + i % 9) + "-1" + (i % 10))
                    .countries(countries[i % 3])
                    .fields(fields[i % 3], fields[(i + 1) % 3])
                    .build();
        }
        try (LuceneSearch one = TestItems.searcherOf(items); LuceneSearch many = TestItems.segmentedSearcherOf(4, items)) {
            for (SearchRequest request : List.of(SearchRequest.of("security"), SearchRequest.of("\"human rights\""),
                    SearchRequest.of("security rights"), SearchRequest.of("rights").withFilter("country", "Ukraine"),
                    SearchRequest.of("").withFilter("fieldOfWork", "Elections"))) {
                SearchResult expected = one.search(request);
                SearchResult found = many.search(request);
                assertEquals(expected.total(), found.total(), request.toString());
                assertEquals(expected.hits(), found.hits(), request.toString());
                assertEquals(expected.facets(), found.facets(), request.toString());
            }
        }
    }
}

package newssearch.item.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import newssearch.item.NewsItem;
import newssearch.item.extract.Pages;

class ArticleLayoutTest {

    @Test
    void pageWithoutMetadataBlockTakesOneLeadLine() {
        NewsItem item = Pages.item("no-metadata-block.txt");
        assertEquals("Police academy opens new library", item.title());
        assertEquals("The police academy opened a new library with support from the OSCE.", item.lead());
        assertEquals(List.of("The library holds two thousand books."), item.body());
        assertEquals(List.of(), item.issuers());
    }

    @Test
    void twoIssuersAreKeptWholeCommaAndAll() {
        assertEquals(List.of("OSCE Programme Office in Astana", "OSCE Secretariat, Transnational Threats Department"),
                Pages.item("two-issuers.txt").issuers());
    }

    @Test
    void pageWithoutFieldsOfWorkHasNone() {
        NewsItem item = Pages.item("no-fields-of-work.txt");
        assertEquals(List.of(), item.fieldsOfWork());
        assertEquals(List.of("Asian Partners for Co-operation"), item.issuers());
        assertEquals(List.of("They discussed next steps."), item.body());
    }

    @Test
    void bodyDropsTheRepeatedLead() {
        NewsItem item = Pages.item("partial-date.txt");
        assertEquals(List.of("The agencies agreed to meet again."), item.body());
        assertEquals(Optional.of("News Item"), item.contentType());
    }
}

package newssearch.item.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import newssearch.item.DateSource;
import newssearch.item.ItemDate;
import newssearch.item.NewsItem;
import newssearch.item.extract.Pages;

class DateExtractorTest {

    private static void assertDate(String expected, DateSource source, NewsItem item) {
        assertEquals(new ItemDate(Optional.of(LocalDate.parse(expected)), source), item.date());
    }

    @Test
    void datelineGivesTheDateBeforeEventDatesInTheText() {
        assertDate("2017-05-31", DateSource.DATELINE, Pages.item("dateline-vienna.txt"));
    }

    @Test
    void datelineWithTwoCitiesAndEmDash() {
        assertDate("2021-03-03", DateSource.DATELINE, Pages.item("dateline-em-dash-two-cities.txt"));
    }

    @Test
    void datelineWithCityCountryAndHyphen() {
        assertDate("2010-06-14", DateSource.DATELINE, Pages.item("dateline-hyphen-city-country.txt"));
    }

    @Test
    void datelineWithoutYearTakesTheChairpersonshipYear() {
        assertDate("2017-05-25", DateSource.INFERRED_YEAR, Pages.item("dateline-no-year.txt"));
    }

    @Test
    void partialDateTakesYearFromChairpersonship() {
        assertDate("2025-04-01", DateSource.INFERRED_YEAR, Pages.item("partial-date.txt"));
    }

    @Test
    void issuedOnWinsOverTheDateline() {
        assertDate("2018-11-23", DateSource.METADATA, Pages.item("metadata-date.txt"));
    }

    @Test
    void pageWithoutDateEvidenceHasNoDateNotToday() {
        assertEquals(ItemDate.none(), Pages.item("no-date.txt").date());
    }

    @Test
    void firstFullDateInTheTextTakesTheFirstDayOfARange() {
        NewsItem item = Pages.article("Conference on co-operation",
                "A regional conference was held in Astana on 4 and 5 October 2022.", "It closed with a plan.");
        assertDate("2022-10-04", DateSource.TEXT, item);
    }

    @Test
    void monthFirstFullDateIsRead() {
        NewsItem item = Pages.article("Statement", "The statement was issued on May 31, 2017 in Vienna.");
        assertDate("2017-05-31", DateSource.TEXT, item);
    }

    @Test
    void withoutChairpersonshipTheYearIsTheLatestTheArticleNames() {
        assertEquals(Optional.of(2016), DateExtractor.inferredYear(List.of("- Albania"),
                "The 2014 action plan and the 2016 report were reviewed on 8 December."));
    }

    @Test
    void partialDateWithoutAnyYearOnThePageIsNoDate() {
        assertEquals(Optional.empty(), DateExtractor.inferredYear(List.of("- Albania"), "On 8 December ..."));
    }

    @Test
    void aSpanOpeningTheLeadIsTheItemsDayButASpanInsideASentenceIsTheEventsOnly() {
        NewsItem opening = Pages.article("Course", "From 9 to 11 May, the Mission trained forty teachers.");
        NewsItem inside = Pages.article("Course", "Twenty journalists learned to film at a course held from 15 to "
                + "17 November.");
        assertEquals(Optional.of(5), opening.date().date().map(LocalDate::getMonthValue));
        assertEquals(ItemDate.none(), inside.date());
    }

    @Test
    void aDayAndMonthInTheBodyIsAnEventsNotTheItems() {
        NewsItem item = Pages.article("Course ends", "Twenty officers completed a course on border security.",
                "A follow-up course is planned for 3 October in Osh.");
        assertEquals(ItemDate.none(), item.date());
    }

    @Test
    void aFullDateStillToComeOrASpanInsideASentenceIsNoItemsDay() {
        NewsItem planned = Pages.article("Mission opens", "An observation mission opened for the vote, which is "
                + "scheduled for 14 March 2021.");
        NewsItem span = Pages.article("Course ends", "Thirty officers took part.",
                "The course, held from 2 to 13 May 2022, covered risk analysis.");
        NewsItem reported = Pages.article("Course ends", "The vote, scheduled for 14 March 2021, was held on "
                + "21 March 2021.");
        assertEquals(ItemDate.none(), planned.date());
        assertEquals(ItemDate.none(), span.date());
        assertDate("2021-03-21", DateSource.TEXT, reported);
    }
}

package newssearch.item.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DatelineParserTest {

    @Test
    void cityDayMonthYearWithEnDash() {
        Dateline line = DatelineParser.parse("VIENNA, 31 May 2017 – Twenty border guards ...").orElseThrow();
        assertEquals(List.of("VIENNA"), line.cities());
        assertEquals(MonthDay.of(Month.MAY, 31), line.day());
        assertEquals(Optional.of(2017), line.year());
    }

    @Test
    void emDashAndHyphenCloseADatelineToo() {
        assertEquals(Optional.of(2021), DatelineParser.parse("VIENNA, 20 April 2021 — Countries ...")
                .orElseThrow().year());
        assertEquals(Optional.of(2021), DatelineParser.parse("VIENNA, 20 April 2021 - Countries ...")
                .orElseThrow().year());
    }

    @Test
    void twoCitiesSplitAtTheSlash() {
        assertEquals(List.of("STOCKHOLM", "VIENNA"),
                DatelineParser.parse("STOCKHOLM/VIENNA, 3 March 2021 — Forty ...").orElseThrow().cities());
    }

    @Test
    void countryAfterTheCityIsKeptApart() {
        Dateline line = DatelineParser.parse("OSH, Kyrgyzstan, 14 June 2010 - The Chairperson ...").orElseThrow();
        assertEquals(List.of("OSH"), line.cities());
        assertEquals(Optional.of("Kyrgyzstan"), line.country());
    }

    @Test
    void datelineWithoutCityHasNoPlace() {
        Dateline line = DatelineParser.parse("5 May 2017 – The course ...").orElseThrow();
        assertEquals(List.of(), line.cities());
        assertEquals(MonthDay.of(Month.MAY, 5), line.day());
    }

    @Test
    void datelineWithoutYearHasNone() {
        Dateline line = DatelineParser.parse("SARAJEVO, 25 May – The OSCE's team ...").orElseThrow();
        assertEquals(Optional.empty(), line.year());
        assertEquals(MonthDay.of(Month.MAY, 25), line.day());
    }

    @Test
    void sentenceOpeningWithADateIsNoDateline() {
        assertTrue(DatelineParser.parse("On 22 November 2024, 25 officials gathered in Ashgabat.").isEmpty());
        assertTrue(DatelineParser.parse("From 26 to 30 September, the Mission held courses.").isEmpty());
    }
}

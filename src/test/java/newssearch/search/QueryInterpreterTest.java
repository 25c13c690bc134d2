package newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The time and place words of a query, as readable renderings of what they were read as. */
class QueryInterpreterTest {

    private final QueryInterpreter interpreter = new QueryInterpreter(Map.of("Turkey", "Türkiye",
            "Kazakhstan", "Kazakhstan", "Kyrgyzstan", "Kyrgyzstan"));

    /** {@code words [from..to] {countries} <phrases>}. */
    private String read(String query) {
        Interpretation reading = interpreter.read(query);
        return reading.query() + " [" + reading.from().map(Object::toString).orElse("") + ".."
                + reading.to().map(Object::toString).orElse("") + "] " + reading.countries() + " "
                + reading.phrases();
    }

    @Test
    void yearsAndRangesBecomeDates() {
        assertEquals("trafficking trainings [2021-01-01..] [] [since 2021]", read("trafficking trainings since 2021"));
        assertEquals("media freedom [..2009-12-31] [] [before 2010]", read("media freedom before 2010"));
        assertEquals("election observation [2021-01-01..2021-12-31] [] [in 2021]", read("election observation in 2021"));
        assertEquals("talks [2015-01-01..2016-12-31] [] [2015-2016]", read("talks 2015-2016"));
        assertEquals("reform [2019-01-01..2019-12-31] [] [2019]", read("reform 2019"));
        assertEquals("border [2019-01-01..] [] [after 2018]", read("border after 2018"));
    }

    @Test
    void statesByAnyNameAndRegionsBecomeCountries() {
        assertEquals("media in Turkey [..] [Türkiye] [Turkey]", read("media in Turkey"));
        assertEquals("police in Central Asia [2020-01-01..] [Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, "
                + "Uzbekistan] [since 2020, Central Asia]", read("police in Central Asia since 2020"));
    }

    @Test
    void queriesWithoutTimeOrPlaceOrWithSyntaxAreLeftAlone() {
        assertTrue(interpreter.read("critical infrastructure").isEmpty());
        assertTrue(interpreter.read("\"since 2018\" report").isEmpty());
        assertTrue(interpreter.read("title:2019 plan").isEmpty());
        assertEquals(List.of(), interpreter.read("").phrases());
        assertEquals("OSCE 1234 [..] [] []", read("OSCE 1234"), "a number that is no year of the news");
    }
}

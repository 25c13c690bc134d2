package newssearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void f1IsTheHarmonicMeanOfPrecisionAndRecall() {
        Counts counts = new Counts(3, 1, 2);
        assertEquals(0.75, counts.precision(), 1e-9);
        assertEquals(0.6, counts.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.6 / 1.35, counts.f1(), 1e-9);
    }

    @Test
    void nothingExpectedAndNothingFoundIsPerfect() {
        assertEquals(1.0, Counts.ZERO.f1());
        assertEquals(0.0, new Counts(0, 2, 0).f1());
    }

    @Test
    void summaryLineHasThreeDecimalsInTheIssuesOrder() {
        Map<String, Counts> lists = Map.of("issuers", new Counts(1, 0, 0), "fields", new Counts(1, 1, 0),
                "people", new Counts(0, 0, 0), "roles", new Counts(2, 1, 1), "places", new Counts(1, 0, 1),
                "countries", new Counts(5, 0, 0), "quotes", new Counts(3, 1, 1));
        EvalReport report = new EvalReport(3, new Accuracy(2, 3), new Accuracy(3, 3), new Accuracy(1, 2), 1, 0,
                lists, 0, List.of(), 2);
        assertEquals("eval: docs=3 title=0.667 date=0.500 issuers=1.000 fields=0.667 people=1.000 roles=0.667"
                + " places=0.667 countries=1.000 quotes=0.750 navLeak=0", report.summaryLine());
    }
}

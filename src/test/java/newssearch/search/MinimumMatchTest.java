package newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;


/** The minimum-should-match rules as Solr's eDisMax reads them, so that both engines match the same items. */
class MinimumMatchTest {

    @Test
    void numbersAndPercentagesAsSolrCountsThem() {
        assertEquals(1, new MinimumMatch("1").required(5));
        assertEquals(4, new MinimumMatch("-1").required(5));
        assertEquals(3, new MinimumMatch("75%").required(5), "75% of 5 rounds down");
        assertEquals(4, new MinimumMatch("-25%").required(5), "a quarter of 5 may be missing, rounded down");
        assertEquals(5, MinimumMatch.ALL.required(5));
    }

    @Test
    void conditionsApplyAboveTheirCount() {
        MinimumMatch rule = new MinimumMatch("2<-1 5<75%");
        assertEquals(1, rule.required(1));
        assertEquals(2, rule.required(2));
        assertEquals(2, rule.required(3));
        assertEquals(4, rule.required(5));
        assertEquals(4, rule.required(6));
    }

    @Test
    void atLeastOneAtMostAll() {
        assertEquals(1, new MinimumMatch("10%").required(3));
        assertEquals(3, new MinimumMatch("7").required(3));
        assertEquals(0, new MinimumMatch("1").required(0));
    }

    @Test
    void aRuleThatIsNoRuleIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MinimumMatch("most"));
        assertEquals("not a minimum-should-match rule: 'most' (examples: 2, -1, 75%, 2<-1 5<75%)", e.getMessage());
    }
}

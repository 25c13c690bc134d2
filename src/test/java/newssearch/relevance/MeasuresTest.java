package newssearch.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** trec_eval's measures on rankings small enough to work out by hand. */
class MeasuresTest {

    private static final double EPSILON = 1e-9;

    private final Qrels qrels = new Qrels(Map.of("q1", Map.of("a", 3, "b", 1, "c", 0, "d", 2)));

    private static List<RankedDoc> ranking(String... docids) {
        float score = docids.length;
        List<RankedDoc> ranking = new java.util.ArrayList<>();
        for (String docid : docids) {
            ranking.add(new RankedDoc(docid, score--));
        }
        return ranking;
    }

    @Test
    void theIdealRankingScoresOne() {
        Measures measures = Measures.of("q1", ranking("a", "d", "b", "c"), qrels);
        assertEquals(1.0, measures.ndcg10(), EPSILON);
        assertEquals(1.0, measures.recall100(), EPSILON);
        assertEquals(0.3, measures.precision10(), EPSILON);
        assertEquals(1.0, measures.mrr10(), EPSILON);
        assertEquals(1.0, measures.judged10(), EPSILON);
    }

    @Test
    void gainIsTheGradeDiscountedByLog2OfRankPlusOne() {
        // DCG = 0/log2(2) + 1/log2(3) + 3/log2(4) = 0.6309 + 1.5; ideal = 3 + 2/log2(3) + 1/log2(4) = 4.7619
        Measures measures = Measures.of("q1", ranking("x", "b", "a"), qrels);
        double dcg = 1 / log2(3) + 3 / log2(4);
        double ideal = 3 + 2 / log2(3) + 1 / log2(4);
        assertEquals(dcg / ideal, measures.ndcg10(), EPSILON);
        assertEquals(2.0 / 3, measures.recall100(), EPSILON);
        assertEquals(0.5, measures.mrr10(), EPSILON);
        assertEquals(2.0 / 3, measures.judged10(), EPSILON, "x was never judged");
    }

    @Test
    void anEmptyRankingScoresZero() {
        Measures measures = Measures.of("q1", List.of(), qrels);
        assertEquals(new Measures(0, 0, 0, 0, 0), measures);
    }

    @Test
    void onlyTheFirstTenCountForNdcgAndOnlyTheFirstHundredForRecall() {
        String[] docs = new String[101];
        for (int i = 0; i < 100; i++) {
            docs[i] = "filler" + i;
        }
        docs[100] = "a";
        Measures measures = Measures.of("q1", ranking(docs), qrels);
        assertEquals(0.0, measures.ndcg10(), EPSILON);
        assertEquals(0.0, measures.recall100(), EPSILON);
        assertEquals(0.0, measures.mrr10(), EPSILON);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

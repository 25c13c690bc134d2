package newssearch.relevance;

import java.util.List;

/**
 * One query's scores under trec_eval's conventions: {@code ndcg_cut.10} with gain = grade and discount
 * log2(rank + 1), the ideal from every judged grade of the query; {@code recall_100}, {@code P_10} and
 * {@code recip_rank} (cut at 10) counting grade 1 or more as relevant; and judged@10, the share of the top 10
 * that was judged at all, to tell an unjudged run from a bad one.
 */
public record Measures(double ndcg10, double recall100, double precision10, double mrr10, double judged10) {

    /** The measures of a ranking for one query. */
    public static Measures of(String qid, List<RankedDoc> ranking, Qrels qrels) {
        double dcg = 0;
        int relevantIn10 = 0;
        int judgedIn10 = 0;
        double reciprocalRank = 0;
        for (int i = 0; i < Math.min(10, ranking.size()); i++) {
            String docid = ranking.get(i).docid();
            int grade = qrels.grade(qid, docid);
            dcg += grade / log2(i + 2);
            if (grade > 0) {
                relevantIn10++;
                if (reciprocalRank == 0) {
                    reciprocalRank = 1.0 / (i + 1);
                }
            }
            if (qrels.isJudged(qid, docid)) {
                judgedIn10++;
            }
        }
        double ideal = 0;
        List<Integer> best = qrels.idealGrades(qid);
        for (int i = 0; i < Math.min(10, best.size()); i++) {
            ideal += best.get(i) / log2(i + 2);
        }
        int relevantIn100 = 0;
        for (int i = 0; i < Math.min(100, ranking.size()); i++) {
            if (qrels.grade(qid, ranking.get(i).docid()) > 0) {
                relevantIn100++;
            }
        }
        int relevant = qrels.relevantCount(qid);
        return new Measures(ideal == 0 ? 0 : dcg / ideal, relevant == 0 ? 0 : (double) relevantIn100 / relevant,
                relevantIn10 / 10.0, reciprocalRank,
                judgedIn10 / (double) Math.max(1, Math.min(10, ranking.size())));
    }

    /** The mean of each measure over several queries. */
    public static Measures mean(List<Measures> all) {
        if (all.isEmpty()) {
            return new Measures(0, 0, 0, 0, 0);
        }
        return new Measures(
                all.stream().mapToDouble(Measures::ndcg10).average().orElse(0),
                all.stream().mapToDouble(Measures::recall100).average().orElse(0),
                all.stream().mapToDouble(Measures::precision10).average().orElse(0),
                all.stream().mapToDouble(Measures::mrr10).average().orElse(0),
                all.stream().mapToDouble(Measures::judged10).average().orElse(0));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

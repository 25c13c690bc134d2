package newssearch.relevance;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's scores against the judgments: each judged topic's {@link Measures}, their means overall and per kind
 * of query, and how many topics found nothing. Topics without judgments are left out, as trec_eval leaves them.
 */
public final class RelevanceReport {

    /** The kind of the row that takes every topic. */
    public static final String ALL = "all";

    private final TopicRun run;
    private final Map<String, List<Measures>> byKind = new LinkedHashMap<>();
    private final Map<String, Integer> noHit = new LinkedHashMap<>();

    public RelevanceReport(TopicRun run, List<Topic> topics, Qrels qrels) {
        this.run = run;
        byKind.put(ALL, new ArrayList<>());
        noHit.put(ALL, 0);
        for (Topic topic : topics) {
            if (!qrels.judged(topic.id())) {
                continue;
            }
            List<RankedDoc> ranking = run.rankings().getOrDefault(topic.id(), List.of());
            Measures measures = Measures.of(topic.id(), ranking, qrels);
            for (String kind : List.of(ALL, topic.kind())) {
                byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(measures);
                noHit.merge(kind, ranking.isEmpty() ? 1 : 0, Integer::sum);
            }
        }
    }

    /** The mean measures over the topics of a kind ({@link #ALL} for every topic). */
    public Measures mean(String kind) {
        return Measures.mean(byKind.getOrDefault(kind, List.of()));
    }

    /** How many judged topics of a kind found no item at all. */
    public int noHit(String kind) {
        return noHit.getOrDefault(kind, 0);
    }

    /** The table's header, the same for every mode's rows. */
    public static void printHeader(PrintWriter out) {
        out.printf("%-9s %-9s %7s %8s %10s %6s %7s %9s %7s%n", "mode", "kind", "queries", "nDCG@10", "recall@100",
                "P@10", "MRR@10", "judged@10", "no hit");
    }

    /** One row a kind, {@code all} first. */
    public void printRows(PrintWriter out) {
        byKind.forEach((kind, measures) -> {
            Measures mean = Measures.mean(measures);
            out.printf(Locale.ROOT, "%-9s %-9s %7d %8.3f %10.3f %6.3f %7.3f %9.3f %7d%n", run.system(), kind,
                    measures.size(), mean.ndcg10(), mean.recall100(), mean.precision10(), mean.mrr10(),
                    mean.judged10(), noHit(kind));
        });
    }

    /**
     * One line for scripts: {@code relevance: mode=M queries=N ndcg@10=... recall@100=... p@10=... mrr@10=...
     * nohit=K}.
     */
    public String summaryLine() {
        Measures all = mean(ALL);
        return String.format(Locale.ROOT, "relevance: mode=%s queries=%d ndcg@10=%.4f recall@100=%.4f p@10=%.4f "
                        + "mrr@10=%.4f nohit=%d", run.system(), byKind.get(ALL).size(), all.ndcg10(),
                all.recall100(), all.precision10(), all.mrr10(), noHit(ALL));
    }
}

package newssearch.relevance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded judgments in TREC's qrels format, {@code qid 0 docid grade} a line: 3 squarely what the query asks, 2
 * substantially, 1 in part, 0 not relevant. A document without a judgment counts as 0.
 */
public record Qrels(Map<String, Map<String, Integer>> grades) {

    public Qrels {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        grades.forEach((qid, docs) -> copy.put(qid, Map.copyOf(docs)));
        grades = Collections.unmodifiableMap(copy);
    }

    /** @throws IOException when the file cannot be read or a line is not four fields with a whole-number grade */
    public static Qrels read(Path file) throws IOException {
        Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            int grade;
            try {
                grade = fields.length == 4 ? Integer.parseInt(fields[3]) : -1;
            } catch (NumberFormatException e) {
                grade = -1;
            }
            if (grade < 0) {
                throw new IOException(file + " line " + (i + 1) + " is not 'qid 0 docid grade' with a grade of 0 "
                        + "or more: '" + line + "'");
            }
            grades.computeIfAbsent(fields[0], q -> new HashMap<>()).put(fields[2], grade);
        }
        return new Qrels(grades);
    }

    /** Whether the query has judgments at all: trec_eval scores only those. */
    public boolean judged(String qid) {
        return grades.containsKey(qid);
    }

    /** The document's grade for the query; 0 when it was not judged. */
    public int grade(String qid, String docid) {
        return grades.getOrDefault(qid, Map.of()).getOrDefault(docid, 0);
    }

    /** Whether the document was judged for the query, whatever its grade. */
    public boolean isJudged(String qid, String docid) {
        return grades.getOrDefault(qid, Map.of()).containsKey(docid);
    }

    /** The query's grades, best first: the ideal ranking of nDCG. */
    public List<Integer> idealGrades(String qid) {
        return grades.getOrDefault(qid, Map.of()).values().stream().filter(g -> g > 0)
                .sorted(Collections.reverseOrder()).toList();
    }

    /** How many documents are relevant (grade 1 or more) to the query. */
    public int relevantCount(String qid) {
        return (int) grades.getOrDefault(qid, Map.of()).values().stream().filter(g -> g > 0).count();
    }
}

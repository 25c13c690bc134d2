package newssearch.index;

import java.util.List;

/**
 * What a reindex did: how many pages it added, replaced, kept and deleted, what it skipped and why, and how
 * many documents the index holds afterwards.
 *
 * @param duplicates files whose content equals an earlier file's, said here and indexed once
 * @param warnings   pages indexed on a best guess (no content-type line, say)
 * @param vectors    whether the index holds an embedding of every item (for semantic search)
 * @param embedded   items embedded in this run
 * @param reusedVectors items of a full rebuild whose page was unchanged, their vector taken from the old index
 */
public record IndexReport(
        int added, int updated, int unchanged, int deleted, List<SkippedPage> skipped, List<SkippedPage> duplicates,
        List<PageWarning> warnings, int documents, long elapsedMillis, boolean vectors, int embedded,
        int reusedVectors) {

    public IndexReport {
        skipped = List.copyOf(skipped);
        duplicates = List.copyOf(duplicates);
        warnings = List.copyOf(warnings);
    }

    /** A report of a run without vectors. */
    public IndexReport(int added, int updated, int unchanged, int deleted, List<SkippedPage> skipped,
                       List<SkippedPage> duplicates, List<PageWarning> warnings, int documents, long elapsedMillis) {
        this(added, updated, unchanged, deleted, skipped, duplicates, warnings, documents, elapsedMillis, false, 0, 0);
    }

    /** One line for people and for the index's commit data. */
    public String summary() {
        String vectorPart = !vectors ? "; no vectors"
                : reusedVectors > 0 ? String.format("; vectors: %d embedded, %d reused", embedded, reusedVectors)
                : String.format("; vectors: %d embedded", embedded);
        return String.format("%d documents: %d added, %d updated, %d unchanged, %d deleted, %d skipped, "
                        + "%d duplicates in %.1f s%s", documents, added, updated, unchanged, deleted, skipped.size(),
                duplicates.size(), elapsedMillis / 1000.0, vectorPart);
    }
}

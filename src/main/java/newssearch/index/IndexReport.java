package newssearch.index;

import java.util.List;

/**
 * What a reindex did: how many pages it added, replaced, kept and deleted, what it skipped and why, and how
 * many documents the index holds afterwards.
 *
 * @param duplicates files whose content equals an earlier file's, said here and indexed once
 * @param warnings   pages indexed on a best guess (no content-type line, say)
 */
public record IndexReport(
        int added, int updated, int unchanged, int deleted, List<SkippedPage> skipped, List<SkippedPage> duplicates,
        List<PageWarning> warnings, int documents, long elapsedMillis) {

    public IndexReport {
        skipped = List.copyOf(skipped);
        duplicates = List.copyOf(duplicates);
        warnings = List.copyOf(warnings);
    }

    /** One line for people and for the index's commit data. */
    public String summary() {
        return String.format("%d documents: %d added, %d updated, %d unchanged, %d deleted, %d skipped, "
                        + "%d duplicates in %.1f s", documents, added, updated, unchanged, deleted, skipped.size(),
                duplicates.size(), elapsedMillis / 1000.0);
    }
}

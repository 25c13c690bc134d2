package newssearch.index;

/**
 * How a reindex runs, whichever engine holds the index.
 *
 * @param full    rebuild from nothing instead of touching only what changed (the vectors of unchanged pages are
 *                still taken from the old index)
 * @param vectors embed each new or changed item for semantic search; without, the index has no vectors
 */
public record IndexSettings(boolean full, boolean vectors) {
}

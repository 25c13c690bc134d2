/**
 * The embedded engine, the default: the search contract of {@code newssearch.search} answered from a Lucene
 * index on disk. {@link newssearch.lucene.LuceneIndexSink} writes a reindex through one IndexWriter that commits
 * once; {@link newssearch.lucene.LuceneSearch} renders the parsed user query with the index's analysis
 * ({@link newssearch.lucene.LuceneQueries}), counts facets drill-sideways over sorted-set doc values, highlights
 * with the UnifiedHighlighter, suggests spellings and completions, and follows reindexing done by another process
 * through a SearcherManager. {@link newssearch.lucene.LuceneBackend} is the entry point.
 */
package newssearch.lucene;

/**
 * Turns {@link newssearch.item.NewsItem}s into Lucene documents and keeps the index on disk in step with the
 * corpus folder. {@link newssearch.index.NewsSchema} owns every field name, facet dimension and analyzer;
 * {@link newssearch.index.Indexer} adds, replaces and deletes documents by content hash and commits once, so a
 * reader sees the old index or the new one, never a mix. Searching is left to {@code newssearch.search}.
 */
package newssearch.index;
